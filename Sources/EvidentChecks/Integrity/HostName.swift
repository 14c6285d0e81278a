import EvidentCore

/// Compares host names as file-integrity monitors and audit exports write them against the `hosts`
/// of `systems.yaml`, and decides which systems run on the practice's own hosts.
enum HostName {
    /// Returns whether two names denote the same host: equal ignoring case, or one is a bare name (no dot) equal
    /// to the first label of the other, so `pm-srv01` matches `pm-srv01.riverside.local`.
    static func matches(_ first: String, _ second: String) -> Bool {
        let a = first.comparisonKey
        let b = second.comparisonKey
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        guard !HostIndex.isIPAddress(a), !HostIndex.isIPAddress(b) else { return false }
        if !a.contains(".") { return b.split(separator: ".").first.map(String.init) == a }
        if !b.contains(".") { return a.split(separator: ".").first.map(String.init) == b }
        return false
    }

    /// Returns the hosts of a system to judge one by one: its names, or its addresses when it lists no name,
    /// because `systems.yaml` often lists a server's name and address for the same machine.
    static func judgedHosts(of system: InformationSystem) -> [String] {
        let hosts = system.hosts.map(\.trimmedWhitespace).filter { !$0.isEmpty }
        let names = hosts.filter { !HostIndex.isIPAddress($0) }
        return names.isEmpty ? hosts : names
    }

    /// Returns whether a system runs on the practice's own hosts: its declared `hosting`, else whether any host
    /// is a private IPv4 address (10/8, 172.16/12, 192.168/16) or a bare name without a domain.
    static func isOnPremises(_ system: InformationSystem) -> Bool {
        if let hosting = system.hosting { return hosting == .onPremises }
        return system.hosts.contains { host in
            let name = host.comparisonKey
            guard HostIndex.isIPAddress(name) else { return !name.isEmpty && !name.contains(".") }
            let octets = name.split(separator: ".").compactMap { Int($0) }
            guard octets.count == 4 else { return false }
            return octets[0] == 10 || (octets[0] == 172 && (16...31).contains(octets[1]))
                || (octets[0] == 192 && octets[1] == 168)
        }
    }
}
