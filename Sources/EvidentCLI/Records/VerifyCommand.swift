import EvidentBinder
import EvidentStore
import Foundation

/// `evident verify`: recomputes every hash of the history database, or checks a binder offline.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        name: "verify",
        abstract: "Check that no stored run, evidence file, ledger entry or binder has changed.",
        usage: "verify [DIR|BINDER] [options]",
        discussion: """
            Without a binder, checks the history database of the workspace DIR (default: the current
            folder): recomputes the hash chain of the ledger, the hashes of every run's rows against its
            ledger entry, and the SHA-256 of every file in the evidence store, and names each entry, run
            or file that does not match, the first one first.

            With BINDER, a file written by 'evident binder', checks it offline: the Ed25519 signature of
            its MANIFEST, the SHA-256 of every file against MANIFEST, and the hashes of its ledger
            entries. Compare the printed key fingerprint with the one the organization published.
            With BINDER and --database, also checks that the binder's ledger entries are those of the
            database and that the database records issuing this binder.

            The newest ledger entry is printed as SEQUENCE:HASH. Note it outside the database; a later
            'evident verify --anchor SEQUENCE:HASH' shows that no entry up to it was removed or changed.

            Exit status: 0 when everything matches, 1 when something does not, 2 when the database or
            file cannot be read.
            """,
        options: [
            .value(
                "anchor", placeholder: "SEQUENCE:HASH",
                help: "A ledger entry noted from an earlier 'evident verify'; fails unless that entry is unchanged."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
        ],
        maximumPositionals: 1
    )

    /// How many mismatches the output lists; a database changed wholesale would otherwise print thousands.
    static let maximumListed = 50

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        var isFolder: ObjCBool = false
        if let path = arguments.positionals.first,
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        {
            return try verifyBinder(at: path, arguments: arguments, console: console)
        }
        try rejectMissingPath(arguments.positionals.first, hasDatabase: arguments.values["database"] != nil)

        let anchor = try LedgerAnchor(arguments.values["anchor"])
        let location = WorkspaceLocation(arguments)
        let store = try location.openExistingLedgerStore()
        let report = try store.verifyRecords()
        console.print("Ledger: \(report.ledgerEntries) entries")
        if let newest = report.newestEntry {
            console.print("Newest entry: \(newest.sequence):\(newest.entryHash)")
        }
        console.print("Runs: \(report.runs) checked against their ledger entries")
        console.print("Log reviews: \(report.logReviews) checked against their ledger entries")
        console.print("Risk analyses: \(report.riskAnalyses) checked against their ledger entries")
        console.print("Plan items: \(report.planItems) checked with their history against their ledger entries")
        console.print(
            "Evidence store: \(report.evidenceFiles) files hashed again, \(report.prunedEvidenceFiles) pruned "
                + "after their retention period")
        let anchorProblems = try anchor.map { try $0.problems(in: store) } ?? []
        return finish(report.problems.map(\.description) + anchorProblems, console: console)
    }

    // MARK: - Private

    /// Rejects a DIR or BINDER argument that does not exist, because the database path derived from a
    /// missing binder file would otherwise be reported as the thing not found. A missing DIR is
    /// accepted with `--database`, which names the history without it.
    private static func rejectMissingPath(_ path: String?, hasDatabase: Bool) throws {
        guard let path, !FileManager.default.fileExists(atPath: path) else { return }
        if path.lowercased().hasSuffix(".tar") {
            throw UsageError.invalidArgument(
                "binder file \(path) not found; name the file that 'evident binder --output FILE' wrote.")
        }
        guard !hasDatabase else { return }
        throw UsageError.invalidArgument(
            "no workspace folder or binder file at \(path); name an existing workspace folder or binder file.")
    }

    private static func verifyBinder(at path: String, arguments: ParsedArguments, console: Console) throws
        -> ExitStatus
    {
        let result = BinderVerifier.verify(try BinderFile.read(path), name: path)
        console.print("Binder: \(result.folder.isEmpty ? path : result.folder)")
        console.print("Files: \(result.matchedFiles) match MANIFEST")
        console.print("Ledger entries: \(result.matchedLedgerEntries) match their hashes")
        if let fingerprint = result.keyFingerprint {
            console.print("Signing key SHA-256: \(fingerprint)")
        }
        guard let database = arguments.values["database"] else {
            return finish(result.problems, console: console)
        }

        let location = WorkspaceLocation(folderPath: nil, database: database)
        let ledgerProblems = try BinderLedgerCheck.problems(result, store: try location.openExistingLedgerStore())
        let databaseLabel = PostgreSQLStore.isURL(database) ? PostgreSQLStore.redacted(database) : database
        console.print("Compared with the ledger of \(databaseLabel)")
        return finish(result.problems + ledgerProblems, console: console)
    }

    private static func finish(_ problems: [String], console: Console) -> ExitStatus {
        guard let first = problems.first else {
            console.print("Everything matches.")
            return .success
        }
        console.print("")
        console.print("FAILED: \(problems.count) mismatch(es); the first is \(first)")
        for problem in problems.prefix(maximumListed) {
            console.print("  \(problem)")
        }
        if problems.count > maximumListed {
            console.print("  and \(problems.count - maximumListed) more")
        }
        return .findings
    }
}
