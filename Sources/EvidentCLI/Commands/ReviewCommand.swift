import EvidentCore
import EvidentIngest
import EvidentReport
import EvidentReview
import Foundation

/// `evident review`: reviews audit logs for snooping and suspicious access, and records the review.
enum ReviewCommand: Command {
    static let spec = CommandSpec(
        name: "review",
        abstract: "Review audit logs for snooping and suspicious access, and record the review.",
        usage: "review LOGS... [--workspace DIR] [options]",
        discussion: """
            Streams each log once: FHIR AuditEvent NDJSON or JSON (R4 or R5, Bundles too), IHE ATNA
            XML, Linux auth.log and auditd, Entra ID sign-ins (CSV or JSON), Microsoft 365 audit CSV,
            Windows Security events (XML or JSON lines), and EHR access CSV mapped by
            review.ehr_csv.columns in evident.yaml.
            Reports access outside working hours, bulk access above the user's own usual hour,
            activity after a member's end date, members opening their own, a co-worker's, a
            housemate's or a same-surname patient's record, flagged records, failed sign-in bursts and lockouts, new
            sign-in addresses, and account changes. Each finding cites its log lines.

            With --workspace, the roster, review settings and patient file come from the workspace,
            and the review is stored in its history, where it satisfies audit.log-review for the
            systems reviewed (--system or review.systems).

            Exit status: 0 when no finding is at or above --fail-on, 1 when there is one, 2 for usage
            or input errors.
            """,
        options: [
            .value("workspace", short: "w", placeholder: "DIR", help: "Workspace with evident.yaml and the roster."),
            .value(
                "since", placeholder: "DATE",
                help: "Review events from this day (YYYY-MM-DD, UTC) or instant (ISO 8601 with offset)."),
            .value(
                "until", placeholder: "DATE",
                help: "Review events up to and including this day, or before this instant."),
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output on standard output: text for people, json for programs. Default text."),
            .value(
                "output", short: "o", placeholder: "DIR",
                help: "Also write review.json, review-findings.csv and review.html into DIR (created if needed)."),
            .value(
                "system", placeholder: "IDS",
                help: "Comma-separated ids of the systems the logs come from, overriding review.systems."),
            .value("reviewer", placeholder: "NAME", help: "Who reviewed, kept with the stored review. Default $USER."),
            .value(
                "fail-on", placeholder: "SEVERITY", allowed: ["critical", "high", "medium", "low", "none"],
                help: "Lowest finding severity that makes the exit status 1. Default high."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else "
                    + "DIR/.evident/evident.db."),
            .flag("no-store", help: "Do not record this review in the history."),
            .flag("quiet", short: "q", help: "Do not show the progress bar."),
        ],
        maximumPositionals: Int.max
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        guard !arguments.positionals.isEmpty else {
            throw UsageError.invalidArgument("no log files given; name one or more logs to review.")
        }
        let failOn = failOnSeverity(arguments.values["fail-on"])
        var request = ReviewRequest(paths: arguments.positionals)
        request.since = try bound(arguments.values["since"], option: "--since", isEnd: false)
        request.until = try bound(arguments.values["until"], option: "--until", isEnd: true)
        if let since = request.since, let until = request.until, since >= until {
            throw UsageError.invalidArgument(
                "--since \(arguments.values["since"] ?? "") is not before --until \(arguments.values["until"] ?? ""); "
                    + "give the start of the period first.")
        }

        let workspace = try arguments.values["workspace"].map { try ReviewWorkspace.load($0, console: console) }
        if let workspace {
            request.settings = workspace.settings
            request.workforce = workspace.workforce
            request.patientsPath = workspace.patientsPath
        }

        let bar = console.isErrorTerminal && !arguments.has("quiet") ? ProgressBar(console: console) : nil
        let result = try LogReviewer.review(request) { progress in
            bar?.update(bytesRead: progress.bytesRead, bytesTotal: progress.bytesTotal, events: progress.events)
        }
        bar?.finish()
        for source in result.sources where source.events == 0 || source.skipped > 0 {
            let problem =
                source.events == 0
                ? "no audit event was read; the file may be cut short or in another shape than \(source.format)"
                : "\(source.skipped) line(s) or record(s) were not audit events and were skipped, starting "
                    + "at line \(source.skippedLines.map(String.init).joined(separator: ", "))"
            console.warning("\(source.path): \(problem).")
        }

        let systems = arguments.values["system"].map { $0.split(separator: ",").map(String.init) }
        if let workspace, let systems {
            let unknown = systems.filter { !workspace.systemIDs.contains($0) }
            guard unknown.isEmpty else {
                throw UsageError.invalidArgument(
                    "--system names \(unknown.joined(separator: ", ")), which inventory/systems.yaml does not declare; "
                        + "use one of: \(workspace.systemIDs.joined(separator: ", ")).")
            }
        }

        // A review that read no event shows nothing was reviewed, so it must not satisfy audit.log-review.
        if workspace != nil && !arguments.has("no-store") && result.eventCount == 0 {
            console.warning("no event was read from the logs in the period, so the review is not recorded.")
        } else if let workspace, !arguments.has("no-store") {
            let location = WorkspaceLocation(
                ParsedArguments(values: arguments.values, positionals: [workspace.folder.path]))
            let reviewer = arguments.values["reviewer"] ?? ProcessInfo.processInfo.environment["USER"]
            if reviewer?.isEmpty ?? true {
                console.warning("no reviewer is known; pass --reviewer NAME so the stored review names who did it.")
            }
            try workspace.record(
                result, systems: systems ?? workspace.settings.systems, reviewer: reviewer, location: location,
                console: console)
        }
        if let output = arguments.values["output"] {
            try ReviewReportWriter.write(result, to: URL(fileURLWithPath: output))
        }

        switch arguments.values["format"] ?? "text" {
        case "json": console.writeOutput(try ReviewJSON.render(result))
        default: console.writeOutput(ReviewTextReport.render(result))
        }

        guard let failOn else { return .success }
        return result.findings.contains { $0.severity >= failOn } ? .findings : .success
    }

    // MARK: - Private

    private static func bound(_ text: String?, option: String, isEnd: Bool) throws(UsageError) -> Int64? {
        guard let text else { return nil }
        guard let value = ReviewPeriod.bound(text, isEnd: isEnd) else {
            throw .invalidArgument(
                "invalid value '\(text)' for '\(option)'; expected a day as YYYY-MM-DD or an ISO 8601 time with offset."
            )
        }
        return value
    }

    private static func failOnSeverity(_ value: String?) -> Severity? {
        guard let value else { return .high }
        return Severity(rawValue: value)
    }
}
