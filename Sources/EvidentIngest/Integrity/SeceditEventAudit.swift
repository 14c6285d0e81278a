import EvidentCore

/// The `[Event Audit]` values of a `secedit /export` INF, which give the change auditing coverage of
/// the machine the file is named after.
///
/// Each key sets the legacy audit policy of a category: 0 none, 1 success, 2 failure, 3 both.
/// Configuration changes are recorded when `AuditPolicyChange` audits success, and permission changes
/// when `AuditAccountManage` does.
///
/// NOTE: where "Force audit policy subcategory settings" is on, Windows applies the advanced
/// (`auditpol`) settings instead of these, so an `auditpol /get /category:* /r` export is the better
/// evidence for such machines.
struct SeceditEventAudit {
    private var values: [String: Int] = [:]
    private var line: Int?

    /// Records one `key = value` line of the section.
    mutating func read(key: String, value: String, line number: Int) {
        line = line ?? number
        values[key.lowercased()] = Int(value)
    }

    /// Returns the coverage, or `nil` when the file has no `[Event Audit]` values.
    func coverage(host: String, path: String) -> ChangeAuditCoverage? {
        guard let line else { return nil }
        let policyChange = values["auditpolicychange"] ?? 0
        let accountManagement = values["auditaccountmanage"] ?? 0
        let rules = [
            policyChange & 1 == 1 ? "AuditPolicyChange = \(policyChange)" : nil,
            accountManagement & 1 == 1 ? "AuditAccountManage = \(accountManagement)" : nil,
        ].compactMap { $0 }
        return ChangeAuditCoverage(
            host: host, recordsConfigurationChanges: policyChange & 1 == 1,
            recordsPermissionChanges: accountManagement & 1 == 1, rules: rules,
            evidence: EvidenceReference(path: path, line: line))
    }
}
