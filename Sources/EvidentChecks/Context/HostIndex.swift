import EvidentCore

/// Joins hosts found by a network scan to managed devices and to the hosts of declared systems.
///
/// IP addresses are compared whole. Two host names match when they are equal, or when one of them is
/// a bare name (no dot) equal to the other's first label, so `ehr-db01.clinic.local` matches a device
/// named `EHR-DB01`. Two fully qualified names in different domains never match, so a scanned
/// `app.clinic.local` is not taken for a vendor's `app.vendor.example`. Comparisons ignore case.
public struct HostIndex: Sendable {
    /// Owners by IP address and by bare name (first label of a bare name is the name itself).
    private var ownersByAddressOrBareName: [String: Set<Owner>] = [:]
    /// Owners by fully qualified name.
    private var ownersByQualifiedName: [String: Set<Owner>] = [:]
    /// Owners by the first label of their fully qualified name.
    private var ownersByQualifiedFirstLabel: [String: Set<Owner>] = [:]

    /// What a host name belongs to: a managed device, or a declared system.
    private enum Owner: Hashable, Sendable {
        case device
        case system(String)
    }

    /// Creates an index over device names and the `hosts` of every declared system.
    public init(devices: [Device], systems: [InformationSystem]) {
        for device in devices {
            add(device.name, owner: .device)
        }
        for system in systems {
            for host in system.hosts {
                add(host, owner: .system(system.id))
            }
        }
    }

    /// Returns whether a scanned host is a managed device or a host of any declared system.
    public func isKnown(_ host: ScannedHost) -> Bool {
        !owners(of: host).isEmpty
    }

    /// Returns whether a scanned host is one of a system's hosts, by address or host name.
    public func host(_ host: ScannedHost, belongsTo system: InformationSystem) -> Bool {
        owners(of: host).contains(.system(system.id))
    }

    /// Returns the normalized form of a host name or address: trimmed and lowercased, or `nil` for
    /// empty text.
    static func normalize(_ name: String) -> String? {
        let trimmed = name.trimmedWhitespace.lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Returns whether text is an IPv4 address (digits and dots) or an IPv6 address (contains `:`).
    static func isIPAddress(_ text: String) -> Bool {
        text.contains(":") || text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    // MARK: - Private

    private mutating func add(_ name: String, owner: Owner) {
        guard let name = HostIndex.normalize(name) else { return }

        if HostIndex.isIPAddress(name) || !name.contains(".") {
            ownersByAddressOrBareName[name, default: []].insert(owner)
        } else {
            ownersByQualifiedName[name, default: []].insert(owner)
            ownersByQualifiedFirstLabel[HostIndex.firstLabel(of: name), default: []].insert(owner)
        }
    }

    private func owners(of host: ScannedHost) -> Set<Owner> {
        var owners: Set<Owner> = []
        for name in ([host.address] + host.hostnames).compactMap(HostIndex.normalize) {
            if HostIndex.isIPAddress(name) {
                owners.formUnion(ownersByAddressOrBareName[name] ?? [])
            } else if name.contains(".") {
                owners.formUnion(ownersByQualifiedName[name] ?? [])
                owners.formUnion(ownersByAddressOrBareName[HostIndex.firstLabel(of: name)] ?? [])
            } else {
                owners.formUnion(ownersByAddressOrBareName[name] ?? [])
                owners.formUnion(ownersByQualifiedFirstLabel[name] ?? [])
            }
        }
        return owners
    }

    private static func firstLabel(of name: String) -> String {
        String(name.prefix { $0 != "." })
    }
}
