import EvidentCore

/// Reads a row of osquery's Windows `programs` table into the installation of an endpoint protection
/// product, which shows the product is there but not whether it is on or current.
enum OsqueryProgramRow {
    /// Returns whether a row is one of the `programs` table: a `name` with the `publisher`,
    /// `uninstall_string` or `identifying_number` that only installed programs have.
    static func isProgram(_ row: [String: Any]) -> Bool {
        row["name"] != nil && row["platform"] == nil
            && (row["publisher"] != nil || row["uninstall_string"] != nil || row["identifying_number"] != nil)
    }

    /// Returns the installation of a protection product, or `nil` for any other program.
    static func protection(_ row: [String: Any], host: String, evidence: EvidenceReference) -> AntivirusStatus? {
        guard let name = LenientJSON.text(row["name"]), let product = EndpointProtectionProducts.product(named: name)
        else { return nil }

        let version = LenientJSON.text(row["version"]).map { $0.isEmpty ? "" : " \($0)" } ?? ""
        var status = AntivirusStatus(
            device: host, isEnabled: nil, state: "programs: \(name)\(version) installed (\(product))",
            evidence: evidence)
        status.isInstallationOnly = true
        return status
    }

    /// Returns the key of a row's installation: every column and its value. A removed row repeats the
    /// row it removes column for column, so it finds it, and an upgrade, logged as the new row added
    /// and the old one removed in either order, keeps the new one.
    static func key(_ row: [String: Any]) -> String? {
        guard row["name"] != nil else { return nil }
        return row.keys.sorted().map { "\($0)=\(LenientJSON.text(row[$0]) ?? "")" }.joined(separator: "\u{1F}")
    }
}
