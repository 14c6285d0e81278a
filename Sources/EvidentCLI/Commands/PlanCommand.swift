import EvidentCore
import EvidentReport
import Foundation

/// `evident plan`: lists the remediation plan in the order that removes the most risk first, and
/// `evident plan set` updates an item's status, owner or due day.
enum PlanCommand: Command {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "List the remediation plan by risk reduced, or set an item's status, owner or due day.",
        usage: "plan [DIR] [options]\n       evident plan set ITEM [DIR] [--status STATUS] [--owner NAME] [--due DATE]"
            + "\n       evident plan show ITEM [DIR] [--format text|json]",
        discussion: """
            Lists the remediation plan of the organization of the workspace DIR (default: the current
            folder). 'evident assess' keeps the plan: each run opens one item per check and subject with
            open findings, due by severity (plan.due_days in evident.yaml), verifies items whose finding
            a later run no longer has, and reopens verified items whose finding comes back. Items are
            listed with the work that removes the most risk first, each with its fix, owner, due day and
            the evidence that will prove it done. Verified items are left out unless --all is given.

            'evident plan set ITEM' changes the item with id ITEM: --status open, in-progress or done,
            --owner NAME (an empty NAME clears it), --due YYYY-MM-DD. Only a later assessment can set
            verified.

            'evident plan show ITEM' prints the item with every recorded change to it, oldest first.

            --workspace DIR names the workspace as DIR does, as in 'evident diff' and 'evident review'.
            """,
        options: [
            .value(
                "format", short: "f", placeholder: "FORMAT", allowed: ["text", "json", "csv"],
                help: "Output format of the listing. Default text."),
            .value(
                "database", placeholder: "PATH|URL",
                help:
                    "SQLite file or postgres:// URL that keeps the history. Default EVIDENT_DATABASE_URL, else DIR/.evident/evident.db."
            ),
            .value(
                "workspace", short: "w", placeholder: "DIR",
                help: "Workspace whose organization and database to use, in place of DIR. Default the current folder."),
            .flag("all", help: "Also list verified items."),
            .value(
                "status", placeholder: "STATUS",
                help: "With set: the item's new status, one of open, in-progress, done."),
            .value("owner", placeholder: "NAME", help: "With set: the person responsible; an empty NAME clears it."),
            .value("due", placeholder: "DATE", help: "With set: the day the fix is due (YYYY-MM-DD)."),
        ],
        maximumPositionals: 3
    )

    static func run(_ arguments: ParsedArguments, console: Console) async throws -> ExitStatus {
        if arguments.positionals.first == "set" {
            return try PlanSetCommand.run(arguments, console: console)
        }
        if arguments.positionals.first == "show" {
            return try PlanSetCommand.show(arguments, console: console)
        }
        for option in ["status", "owner", "due"] where arguments.values[option] != nil {
            throw UsageError.invalidArgument("--\(option) changes an item; use it with 'evident plan set ITEM'.")
        }
        guard arguments.positionals.count <= 1 else {
            throw UsageError.unexpectedArgument(arguments.positionals[1], command: "plan")
        }

        let location = try workspaceLocation(arguments, folderPath: arguments.positionals.first)
        let current = try CurrentAnalysis(location, asOf: nil, console: console)
        let organization = current.workspace.settings.organization
        let store = try StoredPlan.requirePlanStore(try location.openExistingStore())
        let (items, reductions) = StoredPlan.ordered(
            try store.planItems(organizationID: organization.id), by: current.riskAnalysis())
        let ordering = StoredPlan.orderingDescription(asOf: current.workspace.settings.asOf)
        let riskRemoved = reductions.mapValues(\.explanation)
        let listed = arguments.has("all") ? items : items.filter(\.isOutstanding)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(
                try PlanListing.renderJSON(
                    listed, organization: organization.id, ordering: ordering, riskRemoved: riskRemoved))
        case "csv":
            console.writeOutput(PlanListing.renderCSV(listed))
        default:
            console.writeOutput(
                PlanListing.renderText(
                    listed, organization: "\(organization.name) (\(organization.id))",
                    ordering: ordering, hiddenVerified: items.count - listed.count, riskRemoved: riskRemoved))
        }
        return .success
    }

    /// Resolves the workspace from `--workspace` or the positional DIR, which name the same thing, so
    /// giving both is a usage error.
    static func workspaceLocation(_ arguments: ParsedArguments, folderPath: String?) throws -> WorkspaceLocation {
        let option = arguments.values["workspace"]
        if let option, let folderPath {
            throw UsageError.invalidArgument(
                "both DIR '\(folderPath)' and --workspace '\(option)' name a workspace; give only one.")
        }
        return WorkspaceLocation(folderPath: option ?? folderPath, database: arguments.values["database"])
    }
}
