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

            Exit status: 0 when everything matches, 1 when something does not, 2 when the database or
            file cannot be read.
            """,
        options: [
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            )
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        var isFolder: ObjCBool = false
        if let path = arguments.positionals.first,
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
        {
            guard arguments.values["database"] == nil else {
                throw UsageError.invalidArgument("a binder is checked offline; leave out --database.")
            }
            return try verifyBinder(at: path, console: console)
        }

        let location = WorkspaceLocation(arguments)
        let report = try location.openExistingLedgerStore().verifyRecords()
        console.print("Ledger: \(report.ledgerEntries) entries")
        console.print("Runs: \(report.runs) checked against their ledger entries")
        console.print("Log reviews: \(report.logReviews) checked against their ledger entries")
        console.print(
            "Evidence store: \(report.evidenceFiles) files hashed again, \(report.prunedEvidenceFiles) pruned "
                + "after their retention period")
        return finish(report.problems.map(\.description), console: console)
    }

    // MARK: - Private

    private static func verifyBinder(at path: String, console: Console) throws -> ExitStatus {
        let result = BinderVerifier.verify(try BinderFile.read(path), name: path)

        console.print("Binder: \(result.folder.isEmpty ? path : result.folder)")
        console.print("Files: \(result.matchedFiles) match MANIFEST")
        console.print("Ledger entries: \(result.matchedLedgerEntries) match their hashes")
        if let fingerprint = result.keyFingerprint {
            console.print("Signing key SHA-256: \(fingerprint)")
        }
        return finish(result.problems, console: console)
    }

    private static func finish(_ problems: [String], console: Console) -> ExitStatus {
        guard let first = problems.first else {
            console.print("Everything matches.")
            return .success
        }
        console.print("")
        console.print("FAILED: \(problems.count) mismatch(es); the first is \(first)")
        for problem in problems {
            console.print("  \(problem)")
        }
        return .findings
    }
}
