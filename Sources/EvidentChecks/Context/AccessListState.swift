import EvidentCore

/// Whether an ePHI system's access list can be used to judge who has access to it.
enum AccessListState: Equatable {
    /// `systems.yaml` names no access list for the system.
    case undeclared
    /// The file was not found in the workspace, or was found and could not be read.
    case unreadable(path: String, reason: String)
    /// The accounts of the system come from a readable file.
    case read

    /// Returns the state of a system's access list in an inventory.
    ///
    /// A declared list counts as read when a usable evidence file has its path, or when the
    /// inventory contains accounts of the system without a file record for the list.
    static func of(_ system: InformationSystem, in inventory: Inventory) -> AccessListState {
        guard let declared = system.accessList?.trimmedWhitespace, !declared.isEmpty else {
            return .undeclared
        }
        let path = declared.hasPrefix("./") ? String(declared.dropFirst(2)) : declared

        if let file = inventory.evidenceFiles.first(where: { $0.path == path }) {
            guard file.isUsable else {
                return .unreadable(path: path, reason: file.error ?? "its format was not recognized as an access list")
            }
            return .read
        }
        let hasAccounts = inventory.accounts.contains { $0.source == .system(system.id) }
        return hasAccounts ? .read : .unreadable(path: path, reason: "the file was not found in the workspace")
    }
}
