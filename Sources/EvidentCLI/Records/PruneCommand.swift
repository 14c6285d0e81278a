import EvidentStore
import Foundation

/// `evident prune`: removes evidence files from the evidence store once their retention period ends.
enum PruneCommand: Command {
    /// The retention 45 CFR 164.316(b)(2)(i) sets for documentation: six years from creation or from
    /// when it was last in effect, whichever is later.
    static let minimumRetentionYears = 6

    static let spec = CommandSpec(
        name: "prune",
        abstract: "Remove stored evidence files that no run of the retention period used.",
        usage: "prune [DIR] [options]",
        discussion: """
            Removes from the evidence store of the history database each file that was stored before
            the retention period began and that no run recorded within the period used. Files a
            retained run used are never removed, and runs are never removed. Each removal is recorded
            in the ledger, so 'evident verify' tells a pruned file from a deleted one. The retention
            period is 6 years by default, the minimum 45 CFR 164.316(b)(2)(i) sets for documentation.
            """,
        options: [
            .value(
                "retention-years", placeholder: "YEARS",
                help: "How many years back from now evidence is kept; 6 or more. Default 6."),
            .flag("dry-run", help: "List the files that would be removed, and remove nothing."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let years = try retentionYears(arguments.values["retention-years"])
        let now = Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let retainedSince = calendar.date(byAdding: .year, value: -years, to: now) else {
            throw UsageError.invalidArgument("invalid value '\(years)' for '--retention-years'.")
        }

        let store = try WorkspaceLocation(arguments).openExistingLedgerStore()
        let dryRun = arguments.has("dry-run")
        let files = try store.pruneEvidence(retainedSince: retainedSince, now: now, dryRun: dryRun)

        let verb = dryRun ? "Would remove" : "Removed"
        let since = Date.ISO8601FormatStyle().format(retainedSince)
        console.print("\(verb) \(files.count) evidence file(s) that no run since \(since) used.")
        for file in files {
            console.print("  \(file.sha256)  \(file.bytes) bytes, stored \(file.storedAt)")
        }
        return .success
    }

    // MARK: - Private

    private static func retentionYears(_ text: String?) throws -> Int {
        guard let text else { return minimumRetentionYears }
        guard let years = Int(text), years > 0, years <= 100 else {
            throw UsageError.invalidArgument(
                "invalid value '\(text)' for '--retention-years'; expected a whole number of years, 6 or more.")
        }
        guard years >= minimumRetentionYears else { throw LedgerError.retentionTooShort(years: years) }
        return years
    }
}
