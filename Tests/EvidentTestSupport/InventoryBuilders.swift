import EvidentCore
import FoundationEssentials

/// Builders of synthetic inventory records for tests, with made-up names and evidence references in
/// the shape ingest produces.
///
/// Defaults describe a compliant record, so a test changes only the field it is about.
public enum InventoryBuilder {
    /// The `asOf` most tests use.
    public static let asOf = "2026-11-30"

    /// Returns the day of an ISO 8601 date such as `2026-11-30`, stopping the test on invalid text.
    public static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(iso8601: text) else { preconditionFailure("invalid test day \(text)") }
        return day
    }

    /// Returns the instant of `YYYY-MM-DDTHH:MM:SSZ` in UTC, stopping the test on invalid text.
    public static func instant(_ text: String) -> Date {
        let parts = text.dropLast().split(separator: "T")
        let time = parts.count == 2 ? parts[1].split(separator: ":").compactMap { Int($0) } : []
        guard text.hasSuffix("Z"), time.count == 3 else { preconditionFailure("invalid test instant \(text)") }
        let seconds = time[0] * 3600 + time[1] * 60 + time[2]
        return day(String(parts[0])).start.addingTimeInterval(Double(seconds))
    }

    /// Returns settings for a made-up clinic.
    public static func settings(
        asOf: String = InventoryBuilder.asOf, thresholds: Thresholds = Thresholds(),
        requiredPolicies: [String] = WorkspaceSettings.defaultRequiredPolicies
    ) -> WorkspaceSettings {
        WorkspaceSettings(
            organization: Organization(name: "Maple Street Clinic", kind: .coveredEntity), asOf: day(asOf),
            thresholds: thresholds, requiredPolicies: requiredPolicies)
    }

    /// Returns an Entra ID account whose username is its UPN.
    public static func entraAccount(
        _ upn: String, enabled: Bool = true, guest: Bool = false, lastSignIn: LastSignIn = .unknown, line: Int = 2
    ) -> Account {
        Account(
            source: .entraID, username: upn, userPrincipalName: upn, email: upn, isEnabled: enabled, isGuest: guest,
            lastSignIn: lastSignIn, evidence: EvidenceReference(path: "evidence/entra-users.csv", line: line))
    }

    /// Returns an Active Directory account identified by its `sAMAccountName`.
    public static func directoryAccount(
        _ username: String, upn: String? = nil, enabled: Bool = true, lastSignIn: LastSignIn = .never, line: Int = 2
    ) -> Account {
        Account(
            source: .activeDirectory, username: username, userPrincipalName: upn, isEnabled: enabled,
            lastSignIn: lastSignIn, evidence: EvidenceReference(path: "evidence/ad-users.csv", line: line))
    }

    /// Returns an account from the access list of a system, `evidence/access/<system>.csv`.
    public static func systemAccount(
        _ username: String, system: String = "ehr", role: String? = "clinician", enabled: Bool = true,
        lastSignIn: LastSignIn = .unknown, line: Int = 2
    ) -> Account {
        Account(
            source: .system(system), username: username, isEnabled: enabled, role: role, lastSignIn: lastSignIn,
            evidence: EvidenceReference(path: "evidence/access/\(system).csv", line: line))
    }

    /// Returns a workforce member from `inventory/workforce.csv`.
    public static func member(
        _ name: String, email: String? = nil, username: String? = nil, role: String = "clinician",
        status: WorkforceStatus = .active, endDate: String? = nil, line: Int = 2
    ) -> WorkforceMember {
        WorkforceMember(
            employeeID: "E\(line)", name: name, email: email, username: username, role: role, status: status,
            endDate: endDate.map(day), evidence: EvidenceReference(path: "inventory/workforce.csv", line: line))
    }

    /// Returns an ePHI system declared with every safeguard in place: MFA enforced, a 900-second
    /// timeout, audit logs kept 365 days, https, a backup job `<id>-backup`, clinicians allowed, and
    /// the access list `evidence/access/<id>.csv`.
    public static func ephiSystem(_ id: String = "ehr", hosts: [String] = [], vendor: String? = nil, line: Int = 1)
        -> InformationSystem
    {
        InformationSystem(
            id: id, name: "System \(id)", handlesEPHI: true, vendor: vendor, hosts: hosts, mfa: .enforced,
            sessionTimeoutSeconds: 900, auditLogging: true, logRetentionDays: 365, transmission: ["https"],
            encryptionAtRest: true, backupJob: "\(id)-backup", allowedRoles: ["clinician"],
            accessList: "evidence/access/\(id).csv",
            evidence: EvidenceReference(path: "inventory/systems.yaml", line: line))
    }

    /// Returns a device from the Intune export.
    public static func device(
        _ name: String, encrypted: Bool? = true, lastCheckIn: Date? = instant("2026-11-29T08:00:00Z"), line: Int = 2
    ) -> Device {
        Device(
            name: name, isEncrypted: encrypted, lastCheckIn: lastCheckIn,
            evidence: EvidenceReference(path: "evidence/intune-devices.csv", line: line))
    }

    /// Returns a host found up by nmap.
    public static func host(
        _ address: String, hostnames: [String] = [], services: [NetworkService] = [], isUp: Bool = true,
        line: Int = 10
    ) -> ScannedHost {
        ScannedHost(
            address: address, hostnames: hostnames, isUp: isUp, services: services,
            evidence: EvidenceReference(path: "evidence/network-scan.xml", line: line))
    }

    /// Returns a vendor from the BAA register with a signed, stored BAA that does not expire.
    public static func vendor(
        _ name: String, ephiAccess: Bool = true, signed: Bool = true, expires: String? = nil,
        document: String? = "evidence/baa/vendor.pdf", documentExists: Bool = true, line: Int = 2
    ) -> Vendor {
        Vendor(
            name: name, service: "hosting", hasEPHIAccess: ephiAccess, isBAASigned: signed,
            baaExpires: expires.map(day), baaDocument: document, baaDocumentExists: documentExists,
            evidence: EvidenceReference(path: "inventory/vendors.csv", line: line))
    }

    /// Returns a backup session from a Veeam report.
    public static func backupSession(_ job: String, _ result: BackupResult, endedAt: String, line: Int = 2)
        -> BackupSession
    {
        BackupSession(
            jobName: job, result: result, endedAt: instant(endedAt),
            evidence: EvidenceReference(path: "evidence/veeam-sessions.csv", line: line))
    }

    /// Returns an evidence file record, unreadable when `error` is set.
    public static func evidenceFile(_ path: String, _ format: EvidenceFormat, error: String? = nil) -> EvidenceFile {
        EvidenceFile(path: path, sha256: String(repeating: "0", count: 64), format: format, error: error)
    }

    /// Returns a reference to a line of `attestations.yaml`.
    public static func attestation(line: Int) -> EvidenceReference {
        EvidenceReference(path: "attestations.yaml", line: line)
    }
}
