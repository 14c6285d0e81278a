import EvidentCore

/// The assets in the scope of a risk analysis, taken from the inventory: every ePHI system, every
/// class of devices, and every vendor with ePHI access.
///
/// Devices are grouped by operating system, taken from a device's own report (osquery `os_version`)
/// before the management export, so hosts that only osquery reports are in a class too.
public struct AssetScope: Sendable {
    /// The assets, systems first, then device classes, then vendors, each sorted by id.
    public let assets: [RiskAsset]
    /// Host names and addresses of every ePHI system, lowercased, so a host finding can be told apart
    /// from one about a host no ePHI system claims.
    let ephiHosts: Set<String>
    /// Scanned addresses mapped to the host names the scan found for them, lowercased.
    let scannedNames: [String: [String]]

    /// Builds the scope of an inventory.
    public init(_ inventory: Inventory) {
        let ephiSystems = inventory.systems.filter(\.handlesEPHI).sorted { $0.id < $1.id }
        let systems = ephiSystems.map(AssetScope.asset(for:))
        let devices = DeviceOperatingSystems(devices: inventory.devices, reports: inventory.operatingSystems).devices
        let classes = AssetScope.deviceClasses(devices)
        let vendors = AssetScope.vendors(inventory, ephiSystems: ephiSystems)

        self.assets = systems + classes + vendors
        self.ephiHosts = Set(ephiSystems.flatMap(\.hosts).map { $0.lowercased() })
        var names: [String: [String]] = [:]
        for host in inventory.scannedHosts {
            names[host.address.lowercased(), default: []] += host.hostnames.map { $0.lowercased() }
        }
        self.scannedNames = names
    }

    /// Returns the operating system family a device belongs to, for example `windows` or `ios`.
    public static func family(of device: Device) -> String {
        DeviceOperatingSystems.family(of: device.operatingSystem)
    }

    // MARK: - Private

    private static func asset(for system: InformationSystem) -> RiskAsset {
        let channels =
            system.transmission.isEmpty ? "no channels declared" : system.transmission.joined(separator: ", ")
        var asset = RiskAsset(
            kind: .system, id: system.id, name: system.name, detail: "ePHI system; transmits over \(channels)",
            evidence: [system.evidence])
        asset.systems = [system.id]
        asset.hosts = system.hosts
        asset.vendor = system.vendor
        return asset
    }

    private static func deviceClasses(_ devices: [Device]) -> [RiskAsset] {
        let byFamily = Dictionary(grouping: devices, by: family(of:))
        return byFamily.keys.sorted().map { family in
            let members = byFamily[family, default: []]
            let title = [
                "windows": "Windows", "ios": "iOS and iPadOS", "macos": "macOS", "android": "Android",
                "linux": "Linux", "chromeos": "ChromeOS",
            ][family, default: "Other"]
            var asset = RiskAsset(
                kind: .deviceClass, id: family, name: "\(title) devices",
                detail: members.count == 1 ? "1 managed device" : "\(members.count) managed devices",
                evidence: Array(Set(members.map { EvidenceReference(path: $0.evidence.path) })).sorted())
            asset.devices = members.map(\.name).sorted()
            return asset
        }
    }

    private static func vendors(_ inventory: Inventory, ephiSystems: [InformationSystem]) -> [RiskAsset] {
        var assets: [String: RiskAsset] = [:]
        for vendor in inventory.vendors where vendor.hasEPHIAccess {
            let agreement =
                vendor.isBAASigned
                ? "BAA signed" + (vendor.baaExpires.map { ", expires \($0)" } ?? "") : "no signed BAA"
            assets[vendor.name.lowercased()] = RiskAsset(
                kind: .vendor, id: vendor.name, name: vendor.name, detail: "\(vendor.service); \(agreement)",
                evidence: [vendor.evidence])
        }
        for system in ephiSystems {
            guard let name = system.vendor else { continue }
            let registered = inventory.vendors.first { $0.name.lowercased() == name.lowercased() }
            let place =
                registered == nil
                ? "not in inventory/vendors.csv" : "marked without ePHI access in inventory/vendors.csv"
            var asset =
                assets[name.lowercased()]
                ?? RiskAsset(
                    kind: .vendor, id: name, name: name, detail: "vendor of ePHI system \(system.id); \(place)",
                    evidence: [system.evidence] + (registered.map { [$0.evidence] } ?? []))
            asset.systems.append(system.id)
            asset.hosts += system.hosts
            assets[name.lowercased()] = asset
        }
        return assets.values.sorted { $0.id < $1.id }
    }
}
