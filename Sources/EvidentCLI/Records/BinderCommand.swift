import EvidentBinder
import EvidentCore
import EvidentStore
import Foundation

/// `evident binder`: writes the signed archive an auditor receives for one run.
enum BinderCommand: Command {
    static let spec = CommandSpec(
        name: "binder",
        abstract: "Write one run's report, evidence and ledger entries as a signed archive for an auditor.",
        usage: "binder [DIR] --output FILE [options]",
        discussion: """
            Writes FILE, a tar archive with the run's report (report.html, report.txt), its assessment
            JSON, findings CSV, the evidence files it read (from the evidence store, so the original
            exports need not exist any more), the run's ledger entries, and a MANIFEST of SHA-256 sums
            signed with an Ed25519 key. The key is created on first use with mode 0600; its public half
            is in the binder. The run is the newest of the workspace DIR's organization, or --run ID.
            The binder is recorded in the ledger. Check it with 'evident verify FILE', or with openssl
            and sha256sum alone as docs/verify.md shows.
            """,
        options: [
            .value("output", short: "o", placeholder: "FILE", help: "The archive to write, for example binder.tar."),
            .value(
                "run", placeholder: "ID", help: "The run to bind, as 'evident history' lists it. Default the newest."),
            .value(
                "key", placeholder: "FILE",
                help: "Ed25519 private key in PEM. Default EVIDENT_SIGNING_KEY, else "
                    + "~/.config/evident/binder-signing-key.pem."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
        ],
        maximumPositionals: 1
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        guard let output = arguments.values["output"] else {
            throw UsageError.invalidArgument("name the archive to write with --output FILE.")
        }
        let location = WorkspaceLocation(arguments)
        let store = try location.openExistingLedgerStore()
        let run = try chosenRun(arguments, location: location, store: store)
        let key = try SigningKey.loadOrCreate(at: keyPath(arguments))
        if key.wasCreated {
            console.warning("created the binder signing key \(key.path); keep it, and give auditors its fingerprint")
        }

        let input = try BinderGathering.input(for: run, store: store)
        let binder = try BinderWriter.build(input, key: key)
        try BinderFile.write(binder.archive, to: output)
        _ = try store.appendLedgerEntry(
            try LedgerDraft(
                action: .binderIssued, actor: LedgerActor.current(), organizationID: run.organizationID,
                runID: run.id, subject: String(run.id),
                encoding: ["manifest_sha256": binder.manifestSHA256, "key_sha256": key.fingerprint]),
            recordedAt: Date())

        for missing in binder.missingEvidence {
            console.warning("the binder lacks an evidence file: \(missing)")
        }
        console.print("Binder of run \(run.id) written to \(output)")
        console.print("MANIFEST SHA-256: \(binder.manifestSHA256)")
        console.print("Signing key SHA-256: \(key.fingerprint)")
        return .success
    }

    // MARK: - Private

    private static func chosenRun(_ arguments: ParsedArguments, location: WorkspaceLocation, store: any LedgerStore)
        throws -> RunSummary
    {
        if let text = arguments.values["run"] {
            guard let id = Int64(text), id > 0 else {
                throw UsageError.invalidArgument(
                    "invalid value '\(text)' for '--run'; expected a run id from 'evident history'.")
            }
            guard let run = try store.run(id: id) else { throw StoreError.runNotFound(runID: id) }
            return run
        }
        guard let newest = try store.runs(organizationID: try location.organizationID()).first else {
            throw UsageError.invalidArgument("the history has no run of this workspace; run 'evident assess' first.")
        }
        return newest
    }

    private static func keyPath(_ arguments: ParsedArguments) -> String {
        arguments.values["key"]
            ?? ProcessInfo.processInfo.environment["EVIDENT_SIGNING_KEY"].flatMap { $0.isEmpty ? nil : $0 }
            ?? SigningKey.defaultPath()
    }
}
