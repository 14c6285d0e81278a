import EvidentCore

/// Joins hosts found by a network scan to managed devices and to the hosts of declared systems.
///
/// Names are compared by their first label, case-insensitively, so `ehr-db01.clinic.local` matches
/// a device named `EHR-DB01`. IP addresses are compared whole.
public struct HostIndex: Sendable {
    private let deviceKeys: Set<String>
    private let systemIDsByHostKey: [String: [String]]

    /// Creates an index over device names and the `hosts` of every declared system.
    public init(devices: [Device], systems: [InformationSystem]) {
        self.deviceKeys = Set(devices.compactMap { HostIndex.key($0.name) })

        var systemIDs: [String: [String]] = [:]
        for system in systems {
            for host in system.hosts {
                guard let key = HostIndex.key(host) else { continue }
                if !(systemIDs[key] ?? []).contains(system.id) {
                    systemIDs[key, default: []].append(system.id)
                }
            }
        }
        self.systemIDsByHostKey = systemIDs
    }

    /// Returns whether a scanned host is a managed device or a host of any declared system.
    public func isKnown(_ host: ScannedHost) -> Bool {
        let keys = HostIndex.keys(of: host)
        return !deviceKeys.isDisjoint(with: keys) || keys.contains { systemIDsByHostKey[$0] != nil }
    }

    /// Returns whether a scanned host is one of a system's hosts, by address or host name.
    public func host(_ host: ScannedHost, belongsTo system: InformationSystem) -> Bool {
        HostIndex.keys(of: host).contains { systemIDsByHostKey[$0]?.contains(system.id) ?? false }
    }

    /// Returns the keys of a scanned host: its address and the first label of each host name.
    static func keys(of host: ScannedHost) -> [String] {
        ([host.address] + host.hostnames).compactMap(key)
    }

    /// Returns the comparison key of a host name or address: an IP address whole, a name by its
    /// first label, both lowercased, or `nil` for empty text.
    static func key(_ name: String) -> String? {
        let trimmed = name.trimmedWhitespace.lowercased()
        guard !trimmed.isEmpty else { return nil }
        if isIPAddress(trimmed) {
            return trimmed
        }
        return trimmed.split(separator: ".", maxSplits: 1).first.map(String.init)
    }

    /// Returns whether text is an IPv4 address (digits and dots) or an IPv6 address (contains `:`).
    static func isIPAddress(_ text: String) -> Bool {
        text.contains(":") || text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
