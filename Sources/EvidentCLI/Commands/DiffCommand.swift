import EvidentCore
import EvidentReport
import EvidentStore
import Foundation

/// `evident diff`: what changed between two stored runs of one organization.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Show what changed between two stored runs: findings, statuses, inventory, BAAs, evidence.",
        usage: "diff [RUN_A] [RUN_B] [options]",
        discussion: """
            Compares run RUN_B with the earlier run RUN_A, both ids from 'evident history'. With one id,
            compares that run with the newest run of its organization. With none, compares the two
            newest runs of the organization of the workspace (--workspace, default the current
            folder), or of --organization. Lists new findings (regressions), resolved findings,
            findings of the same check and subject whose severity, kind or message changed,
            requirements whose status changed, accounts, devices, hosts, systems, vendors and
            workforce members added, removed or changed, BAAs that expired in between, evidence files
            that went stale (past the evidence age limit in RUN_B but not in RUN_A), and evidence files
            added, removed or changed (by SHA-256). Files with the same SHA-256 in both runs are not
            listed unless they went stale. Needs no workspace files: the runs keep their inventory and
            evidence hashes.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"],
                help: "Output format. Default text."),
            .value(
                "workspace", short: "w", placeholder: "DIR",
                help: "Workspace whose organization and database to use. Default the current folder."),
            .value(
                "organization", placeholder: "ID",
                help: "Organization id whose two newest runs to compare, instead of the workspace's."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
        ],
        maximumPositionals: 2
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        let runIDs = try arguments.positionals.map(runID)
        let location = WorkspaceLocation(
            folderPath: arguments.values["workspace"], database: arguments.values["database"])
        let store = try location.openExistingStore()

        let (before, after) = try runPair(runIDs, arguments: arguments, location: location, store: store)
        let comparison = try store.compare(before, after)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try ComparisonListing.renderJSON(comparison))
        default:
            console.writeOutput(ComparisonListing.renderText(comparison))
        }
        return .success
    }

    // MARK: - Private

    private static func runID(_ text: String) throws(UsageError) -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw .invalidArgument("invalid run id '\(text)'; expected a run number from 'evident history'.")
        }
        return id
    }

    /// The two runs to compare, earlier first.
    private static func runPair(
        _ runIDs: [Int64], arguments: ParsedArguments, location: WorkspaceLocation, store: any Store
    ) throws -> (Int64, Int64) {
        if runIDs.count == 2 { return (runIDs[0], runIDs[1]) }

        let organizationID: String
        if let first = runIDs.first {
            guard let run = try store.run(id: first) else { throw StoreError.runNotFound(runID: first) }
            organizationID = run.organizationID
        } else {
            organizationID = try arguments.values["organization"] ?? location.organizationID()
        }

        let runs = try store.runs(organizationID: organizationID)
        if let first = runIDs.first {
            guard let newest = runs.first, newest.id != first else {
                throw UsageError.invalidArgument(
                    "run \(first) is the newest run of '\(organizationID)'; give a second run id to compare it with.")
            }
            return (first, newest.id)
        }
        guard runs.count >= 2 else {
            throw UsageError.invalidArgument(
                "'\(organizationID)' has \(runs.count) stored run(s); diff needs two. Run evident assess again later.")
        }
        return (runs[1].id, runs[0].id)
    }
}
