import EvidentCore
import EvidentReport
import EvidentStore
import Foundation

/// `evident plan set ITEM [DIR]`, which changes the status, owner or due day of one plan item, and
/// `evident plan show ITEM [DIR]`, which prints it with its history.
enum PlanSetCommand {
    /// Prints one item and every recorded change to it.
    static func show(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        for option in ["status", "owner", "due"] where arguments.values[option] != nil {
            throw UsageError.invalidArgument("--\(option) changes an item; use it with 'evident plan set ITEM'.")
        }
        let (item, store, organization) = try locate(arguments, verb: "show")
        let history = try store.planHistory(itemID: item.id)

        switch arguments.values["format"] ?? "text" {
        case "json":
            console.writeOutput(try PlanHistoryListing.renderJSON(item, history: history))
        case "text":
            console.writeOutput(
                PlanHistoryListing.renderText(
                    item, history: history, organization: "\(organization.name) (\(organization.id))"))
        default:
            throw UsageError.invalidValue(
                option: "--format", value: arguments.values["format"] ?? "", allowed: ["text", "json"])
        }
        return .success
    }

    /// Applies the change and prints the item as it is after the change.
    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        // The item comes first on the command line, so a missing item is reported before missing options.
        _ = try itemID(arguments, verb: "set")
        guard ["status", "owner", "due"].contains(where: { arguments.values[$0] != nil }) else {
            throw UsageError.invalidArgument("'evident plan set' needs at least one of --status, --owner and --due.")
        }
        let (item, store, organization) = try locate(arguments, verb: "set")
        let itemID = item.id

        let now = Date()
        let (updated, reason) = try change(item, arguments, at: now)
        let stored = try store.apply([PlanChange(item: updated, reason: reason, recordedAt: now)])

        guard let changed = stored.first(where: { $0.id == itemID }) else {
            throw StoreError.planItemNotFound(id: itemID, organizationID: organization.id)
        }
        console.writeOutput(
            PlanListing.renderItemText(
                changed, organization: "\(organization.name) (\(organization.id))",
                heading: "Item #\(itemID) after the change: \(reason)."))
        return .success
    }

    // MARK: - Private

    /// Finds the item named by the second positional argument in the workspace's organization.
    private static func locate(_ arguments: ParsedArguments, verb: String) throws
        -> (PlanItem, any PlanStore, Organization)
    {
        let itemID = try itemID(arguments, verb: verb)
        let location = try PlanCommand.workspaceLocation(
            arguments, folderPath: arguments.positionals.dropFirst(2).first)
        let organization = try location.declarations().settings.organization
        let store = try StoredPlan.requirePlanStore(try location.openExistingStore())
        guard let item = try store.planItems(organizationID: organization.id).first(where: { $0.id == itemID }) else {
            throw StoreError.planItemNotFound(id: itemID, organizationID: organization.id)
        }
        return (item, store, organization)
    }

    /// Reads the item id, the second positional argument after `set` or `show`.
    private static func itemID(_ arguments: ParsedArguments, verb: String) throws -> Int64 {
        guard arguments.positionals.count >= 2 else {
            throw UsageError.invalidArgument(
                "'evident plan \(verb)' needs the item id, for example 'evident plan \(verb) 12'.")
        }
        let itemText = arguments.positionals[1]
        guard let itemID = Int64(itemText), itemID > 0 else {
            throw UsageError.invalidArgument(
                "invalid item id '\(itemText)'; expected the number 'evident plan' shows after #.")
        }
        return itemID
    }

    private static func change(_ item: PlanItem, _ arguments: ParsedArguments, at now: Date) throws -> (
        PlanItem, String
    ) {
        var updated = item
        var parts: [String] = []

        if let text = arguments.values["status"] {
            if text == PlanItemStatus.verified.rawValue {
                throw UsageError.invalidArgument(
                    "--status verified cannot be set by hand; an assessment recorded after the fix that no longer has "
                        + "the finding verifies the item. Use open, in-progress or done.")
            }
            guard let status = PlanItemStatus(rawValue: text), PlanItemStatus.settable.contains(status) else {
                throw UsageError.invalidValue(
                    option: "--status", value: text, allowed: PlanItemStatus.settable.map(\.rawValue))
            }
            guard item.status != .verified else {
                throw UsageError.invalidArgument(
                    "item #\(item.id) was verified by run \(item.verifiedRunID.map(String.init) ?? "?"), so its status "
                        + "stays verified; a later run that finds the gap again reopens it.")
            }
            updated.status = status
            parts.append("status \(status.rawValue)")
        }
        if let owner = arguments.values["owner"] {
            let trimmed = owner.trimmingCharacters(in: .whitespaces)
            updated.owner = trimmed.isEmpty ? nil : trimmed
            parts.append(trimmed.isEmpty ? "owner cleared" : "owner \(trimmed)")
        }
        if let text = arguments.values["due"] {
            guard let day = CalendarDay(iso8601: text) else {
                throw UsageError.invalidArgument(
                    "invalid value '\(text)' for '--due'; expected \(CalendarDay.expectation(forInvalid: text)).")
            }
            updated.due = day
            parts.append("due \(day)")
        }

        updated.updatedAt = now
        return (updated, "set by a person: " + parts.joined(separator: ", "))
    }
}
