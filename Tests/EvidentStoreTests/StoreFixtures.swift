import EvidentCore
import Foundation

/// Hand-built assessments and temporary database paths for the store tests.
enum StoreFixtures {
    /// A fresh folder under the system temporary folder; each test gets its own.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// An assessment with a failing, an insufficient, a passing and a not-applicable check,
    /// findings of three severities, a warning, and two evidence files (one unreadable).
    static func assessment(
        organization: Organization = Organization(name: "Riverside Family Practice", kind: .coveredEntity),
        asOf: CalendarDay = CalendarDay(year: 2026, month: 3, day: 1)!
    ) -> Assessment {
        let devices = "evidence/DevicesWithInventory_2026-02-28.csv"
        let mfa = CheckResult(
            checkID: "auth.mfa-coverage",
            title: "MFA for every account that reaches ePHI",
            status: .fail,
            citations: ["164.312(d)"],
            lifecycle: Lifecycle(implemented: false),
            summary: "2 of 14 enabled accounts have no MFA method registered.",
            findings: [
                Finding(
                    checkID: "auth.mfa-coverage", severity: .critical,
                    subject: Subject(kind: .user, id: "ava@example.org"),
                    message: "ava@example.org has no MFA method registered.",
                    remediation: "Require MFA registration in Entra ID.",
                    evidence: [EvidenceReference(path: "evidence/mfa.csv", line: 4)], touchesEPHI: true),
                Finding(
                    checkID: "auth.mfa-coverage", severity: .high, subject: Subject(kind: .user, id: "ben@example.org"),
                    message: "ben@example.org has no MFA method registered.",
                    remediation: "Require MFA registration in Entra ID.",
                    evidence: [EvidenceReference(path: "evidence/mfa.csv", line: 9)]),
            ])
        let encryption = CheckResult(
            checkID: "device.encryption",
            title: "Disk encryption on managed devices",
            status: .insufficientEvidence,
            citations: ["164.312(a)(2)(iv)", "164.310(d)(1)"],
            lifecycle: Lifecycle(maintained: false, evidenced: false),
            summary: "The Intune export could not be read.",
            findings: [
                Finding(
                    checkID: "device.encryption", kind: .missingEvidence, severity: .medium,
                    subject: Subject(kind: .evidence, id: "intune-devices"),
                    message: "The Intune device export is unreadable.",
                    remediation: "Export All devices from Intune again.",
                    evidence: [EvidenceReference(path: devices)])
            ])
        let baa = CheckResult(
            checkID: "vendor.baa-current",
            title: "Business associate agreements in force",
            status: .pass,
            citations: ["164.308(b)(1)", "164.314(a)(1)"],
            lifecycle: Lifecycle(),
            summary: "3 vendors handle ePHI and each has a BAA in force.",
            findings: [
                Finding(
                    checkID: "vendor.baa-current", kind: .warning, severity: .low,
                    subject: Subject(kind: .vendor, id: "Acme Billing"),
                    message: "The BAA with Acme Billing expires on 2026-04-10.",
                    remediation: "Renew the agreement before it lapses.")
            ])
        let scan = CheckResult(
            checkID: "network.open-ports", title: "No unexpected services", status: .notApplicable,
            citations: ["164.308(a)(1)(ii)(A)"], lifecycle: Lifecycle(), summary: "No scan is declared.", findings: [])

        return Assessment(
            organization: organization,
            asOf: asOf,
            profile: "hipaa-security-rule",
            evidence: [
                EvidenceFile(
                    path: devices, sha256: String(repeating: "ab", count: 32), format: .intuneDevices,
                    error: "line 1: the header lacks the column Encrypted"),
                EvidenceFile(
                    path: "evidence/mfa.csv", sha256: String(repeating: "0f", count: 32),
                    format: .entraMFARegistrationCSV, records: 14,
                    dateRange: DateRange(
                        earliest: Date(timeIntervalSince1970: 1_767_225_600.125),
                        latest: Date(timeIntervalSince1970: 1_772_236_800.5)),
                    warnings: ["line 7: the date '31/02/2026' does not exist"]),
            ],
            results: [mfa, encryption, baa, scan],
            posture: [
                CategoryPosture(
                    category: .administrative, passed: 1, failed: 0, insufficientEvidence: 0, notApplicable: 1),
                CategoryPosture(category: .technical, passed: 0, failed: 1, insufficientEvidence: 1, notApplicable: 0),
            ]
        )
    }
}
