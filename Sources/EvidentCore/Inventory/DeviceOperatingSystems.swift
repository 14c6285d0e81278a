/// Managed devices joined to the operating systems devices report about themselves, so each device
/// has one operating system whichever sources name it.
///
/// Names match without case and by their first label, so `WS-07.clinic.local` in osquery and `WS-07`
/// in Intune are one device. The device's own report takes precedence over the management export.
/// A disagreement is a conflict when the two name different operating system families, or versions
/// whose leading numbers differ: `10.0.22631` and `10.0.22631.4460` agree, `10.0.19045` and
/// `10.0.22631` do not.
public struct DeviceOperatingSystems: Sendable {
    /// The managed devices in export order, with the operating system and version of their own report
    /// where they have one, then the hosts that only a report names, in report order.
    public let devices: [Device]
    /// The devices whose export and own report disagree, in export order.
    public let conflicts: [Conflict]

    /// A managed device whose export names another operating system or version than its own report.
    public struct Conflict: Hashable, Sendable {
        /// The device as the management export has it.
        public let device: Device
        /// The device's own report.
        public let report: OperatingSystemReport
    }

    /// Joins devices to reports. Of several reports for one device, the last wins.
    public init(devices: [Device], reports: [OperatingSystemReport]) {
        var reportsByKey: [String: OperatingSystemReport] = [:]
        var reportOrder: [String] = []
        for report in reports {
            let key = DeviceName.key(report.device)
            if reportsByKey[key] == nil { reportOrder.append(key) }
            reportsByKey[key] = report
        }

        var merged: [Device] = []
        var conflicts: [Conflict] = []
        var managed = Set<String>()
        for device in devices {
            let key = DeviceName.key(device.name)
            managed.insert(key)
            guard let report = reportsByKey[key] else {
                merged.append(device)
                continue
            }
            if Self.disagree(device, report) { conflicts.append(Conflict(device: device, report: report)) }
            var joined = device
            joined.operatingSystem = report.operatingSystem
            joined.osVersion = report.osVersion ?? device.osVersion
            merged.append(joined)
        }
        for key in reportOrder where !managed.contains(key) {
            guard let report = reportsByKey[key] else { continue }
            merged.append(
                Device(
                    name: report.device, operatingSystem: report.operatingSystem, osVersion: report.osVersion,
                    isEncrypted: nil, lastCheckIn: nil, evidence: report.evidence))
        }
        self.devices = merged
        self.conflicts = conflicts
    }

    /// Returns the operating system family of a name as exports write it: `windows`, `ios` (iOS and
    /// iPadOS), `macos`, `android`, `linux`, `chromeos`, or `other` for anything else or no name.
    public static func family(of operatingSystem: String?) -> String {
        let system = (operatingSystem ?? "").lowercased()
        let families = [
            ("windows", "windows"), ("ipados", "ios"), ("ios", "ios"), ("mac", "macos"), ("android", "android"),
            ("linux", "linux"), ("chrome", "chromeos"),
        ]
        return families.first { system.contains($0.0) }?.1 ?? "other"
    }

    // MARK: - Private

    private static func disagree(_ device: Device, _ report: OperatingSystemReport) -> Bool {
        if let exported = device.operatingSystem, family(of: exported) != family(of: report.operatingSystem) {
            return true
        }
        guard let exported = device.osVersion.map(versionNumbers), let reported = report.osVersion.map(versionNumbers),
            !exported.isEmpty, !reported.isEmpty
        else { return false }
        return !exported.starts(with: reported) && !reported.starts(with: exported)
    }

    /// Returns the dot-separated numbers at the start of a version, so `14.6.1 (23G93)` gives 14, 6, 1.
    private static func versionNumbers(_ version: String) -> [Int] {
        let leading = version.prefix { $0.isNumber || $0 == "." }
        return leading.split(separator: ".").compactMap { Int($0) }
    }
}
