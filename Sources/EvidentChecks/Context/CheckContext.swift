import EvidentCatalog
import EvidentCore
import FoundationEssentials

/// Everything a check may read: the inventory, the settings, the catalog, and indexes built once
/// per assessment so each check stays a short loop over the records it judges.
public struct CheckContext: Sendable {
    /// The facts read from the workspace.
    public let inventory: Inventory
    /// The workspace settings, including `asOf` and the thresholds.
    public let settings: WorkspaceSettings
    /// The Security Rule catalog assessed against.
    public let catalog: SecurityRuleCatalog
    /// The reference instant for timestamps: the end of `settings.asOf`, midnight UTC after it.
    public let asOfEnd: Date
    /// Accounts joined to workforce members and service account declarations.
    public let identities: IdentityIndex
    /// Scanned hosts joined to devices and system hosts.
    public let hosts: HostIndex
    /// Managed devices joined to the operating systems devices report about themselves, followed by
    /// the hosts only such a report names.
    public let operatingSystems: DeviceOperatingSystems

    private let systemsByID: [String: InformationSystem]

    /// Creates a context and builds its indexes.
    public init(inventory: Inventory, settings: WorkspaceSettings, catalog: SecurityRuleCatalog) {
        self.inventory = inventory
        self.settings = settings
        self.catalog = catalog
        self.asOfEnd = settings.asOf.end
        self.identities = IdentityIndex(
            workforce: inventory.workforce, serviceAccounts: inventory.attestations.serviceAccounts)
        // Hosts that report their own operating system (osquery) are inventoried even without a
        // management record, so they count as known hosts.
        self.operatingSystems = DeviceOperatingSystems(devices: inventory.devices, reports: inventory.operatingSystems)
        self.hosts = HostIndex(devices: operatingSystems.devices, systems: inventory.systems)

        var systemsByID: [String: InformationSystem] = [:]
        for system in inventory.systems where systemsByID[system.id] == nil {
            systemsByID[system.id] = system
        }
        self.systemsByID = systemsByID
    }

    /// The configurable limits.
    public var thresholds: Thresholds {
        settings.thresholds
    }

    /// The systems that create, receive, maintain or transmit ePHI, in declaration order.
    public var ephiSystems: [InformationSystem] {
        inventory.systems.filter(\.handlesEPHI)
    }

    /// Returns the system declared with an id, the first one when the id repeats.
    public func system(id: String) -> InformationSystem? {
        systemsByID[id]
    }

    /// Returns the ePHI system whose access list an account comes from, or `nil` for directory
    /// accounts and accounts of systems that do not handle ePHI.
    public func ephiSystem(of account: Account) -> InformationSystem? {
        guard case .system(let id) = account.source, let system = systemsByID[id], system.handlesEPHI else {
            return nil
        }
        return system
    }

    /// Returns the whole days from a day-valued record to `asOf`, negative when the record is later.
    public func days(since day: CalendarDay) -> Int {
        day.days(to: settings.asOf)
    }

    /// Returns the seconds from an instant to the end of `asOf`, negative when the instant is later.
    public func seconds(since instant: Date) -> Double {
        asOfEnd.timeIntervalSince(instant)
    }
}
