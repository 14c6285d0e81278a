import EvidentCore

extension AssetScope {
    /// Returns whether a finding concerns an asset, so that it raises the likelihood of threats to
    /// that asset.
    ///
    /// Findings about accounts, policies, citations and missing evidence concern every asset, because
    /// accounts and policies cover the whole organization. A finding about a system, vendor, device
    /// or host concerns only the asset it belongs to, with two exceptions. A device finding concerns
    /// every ePHI system, because workstations are how people and malware reach those systems. A host
    /// that no ePHI system declares concerns every system and device class on the network.
    public func isRelevant(_ finding: Finding, to asset: RiskAsset) -> Bool {
        let subject = finding.subject
        switch subject.kind {
        case .user, .policy, .citation, .evidence, .exception:
            return true
        case .system:
            return asset.systems.contains { $0.lowercased() == subject.id.lowercased() }
        case .vendor:
            switch asset.kind {
            case .system: return asset.vendor?.lowercased() == subject.id.lowercased()
            case .vendor: return asset.id.lowercased() == subject.id.lowercased()
            case .deviceClass: return false
            }
        case .device:
            switch asset.kind {
            case .system: return true
            case .deviceClass: return asset.devices.contains { $0.lowercased() == subject.id.lowercased() }
            case .vendor: return false
            }
        case .host:
            let names = hostNames(subject.id)
            if asset.hosts.contains(where: { AssetScope.matches($0, names) }) { return true }
            let claimed = ephiHosts.contains { AssetScope.matches($0, names) }
            return !claimed && asset.kind != .vendor
        }
    }

    // MARK: - Private

    /// Returns the address without a `:port` suffix, and every name the scan found for it, lowercased.
    ///
    /// TLS findings name `host:port`; an IPv6 address, which has colons but no dot, is kept whole.
    private func hostNames(_ subjectID: String) -> [String] {
        var address = subjectID.lowercased()
        if address.contains("."), let colon = address.lastIndex(of: ":"),
            address[address.index(after: colon)...].allSatisfy(\.isNumber)
        {
            address = String(address[..<colon])
        }
        return [address] + scannedNames[address, default: []]
    }

    /// Returns whether a declared host is one of the names: equal, or a bare name equal to the first label of
    /// a qualified one, as `inventory.unmanaged-hosts` matches them.
    private static func matches(_ declared: String, _ names: [String]) -> Bool {
        let declared = declared.lowercased()
        return names.contains { name in
            if name == declared { return true }
            let nameLabel = name.split(separator: ".").first.map(String.init) ?? name
            let declaredLabel = declared.split(separator: ".").first.map(String.init) ?? declared
            let oneIsBare = !name.contains(".") || !declared.contains(".")
            let isAddress = name.allSatisfy { $0.isNumber || $0 == "." }
            return oneIsBare && !isAddress && nameLabel == declaredLabel
        }
    }
}
