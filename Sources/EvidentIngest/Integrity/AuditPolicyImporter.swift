import EvidentCore
import FoundationEssentials

/// Reads Windows audit policy from `auditpol /get /category:* /r` (`Machine Name,Policy Target,
/// Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting`) into change auditing coverage
/// per machine.
///
/// Subcategories are matched by GUID, which Windows does not translate, so a German or French export
/// is read too. Configuration changes are recorded when `Audit Policy Change` or `Authentication
/// Policy Change` audits success; permission changes when `User Account Management` or `Security
/// Group Management` does.
///
/// NOTE: the inclusion setting is matched in English (`Success`, `Success and Failure`); on a
/// translated Windows every subcategory reads as not audited, which errs toward a finding.
struct AuditPolicyImporter {
    let context: ImportContext

    /// Subcategory GUIDs, lowercased without braces, with their English names.
    static let configurationSubcategories = [
        "0cce922f-69ae-11d9-bed3-505054503030": "Audit Policy Change",
        "0cce9230-69ae-11d9-bed3-505054503030": "Authentication Policy Change",
    ]
    static let permissionSubcategories = [
        "0cce9235-69ae-11d9-bed3-505054503030": "User Account Management",
        "0cce9237-69ae-11d9-bed3-505054503030": "Security Group Management",
    ]

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["Machine Name"], ["Subcategory"], ["Inclusion Setting"]])
        var collector = ImportCollector(context: context)
        var coverage: [String: ChangeAuditCoverage] = [:]
        var order: [String] = []

        for record in table.records {
            collector.records += 1
            guard let machine = record.value("Machine Name"), let subcategory = record.value("Subcategory") else {
                collector.skip(line: record.line, "skipped a row without Machine Name or Subcategory")
                continue
            }
            let key = machine.lowercased()
            if coverage[key] == nil {
                order.append(key)
                coverage[key] = ChangeAuditCoverage(
                    host: machine, recordsConfigurationChanges: false, recordsPermissionChanges: false, rules: [],
                    evidence: collector.reference(line: record.line))
            }
            let setting = record.value("Inclusion Setting") ?? ""
            guard setting.lowercased().contains("success") else { continue }

            let guid = (record.value("Subcategory GUID") ?? "").lowercased().filter { $0 != "{" && $0 != "}" }
            let name = subcategory.lowercased()
            let rule = "\(subcategory): \(setting)"
            if Self.configurationSubcategories[guid] != nil
                || Self.configurationSubcategories.values.contains(where: { $0.lowercased() == name })
            {
                coverage[key]?.recordsConfigurationChanges = true
                coverage[key]?.rules.append(rule)
            }
            if Self.permissionSubcategories[guid] != nil
                || Self.permissionSubcategories.values.contains(where: { $0.lowercased() == name })
            {
                coverage[key]?.recordsPermissionChanges = true
                coverage[key]?.rules.append(rule)
            }
        }
        collector.facts.changeAuditCoverage = order.compactMap { coverage[$0] }
        return collector.finish()
    }
}
