import EvidentCore
import FoundationEssentials

/// Hand-built assessments for the renderer tests.
enum ReportFixtures {
    /// The day every fixture is assessed on.
    static let asOf = CalendarDay(year: 2026, month: 3, day: 1)!

    /// An assessment with one check of each status, findings of every severity and kind, seven MFA
    /// findings that share one fix, and two evidence files (one unreadable).
    static func assessment() -> Assessment {
        let mfaFindings = (1...7).map { index in
            Finding(
                checkID: "auth.mfa-coverage", severity: index == 1 ? .critical : .high,
                subject: Subject(kind: .user, id: "user\(index)@example.org"),
                message: "user\(index)@example.org has no MFA method registered.",
                remediation: "Require MFA registration in Entra ID.",
                evidence: [EvidenceReference(path: "evidence/mfa.csv", line: index + 1)], touchesEPHI: index <= 2)
        }
        let mfa = CheckResult(
            checkID: "auth.mfa-coverage", title: "MFA for every account that reaches ePHI", status: .fail,
            citations: ["164.312(d)"], lifecycle: Lifecycle(implemented: false),
            summary: "7 of 20 enabled accounts have no MFA method registered.", findings: mfaFindings)
        let encryption = CheckResult(
            checkID: "device.encryption", title: "Disk encryption on managed devices", status: .insufficientEvidence,
            citations: ["164.312(a)(2)(iv)", "164.310(d)(1)"],
            lifecycle: Lifecycle(maintained: false, evidenced: false),
            summary: "The Intune export could not be read.",
            findings: [
                Finding(
                    checkID: "device.encryption", kind: .missingEvidence, severity: .critical,
                    subject: Subject(kind: .evidence, id: "intune-devices"),
                    message: "The Intune device export is unreadable.",
                    remediation: "Export All devices from Intune again.",
                    evidence: [EvidenceReference(path: "evidence/devices.csv")])
            ])
        let baa = CheckResult(
            checkID: "vendor.baa-current", title: "Business associate agreements in force", status: .pass,
            citations: ["164.308(b)(1)"], lifecycle: Lifecycle(),
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
            organization: Organization(name: "Riverside Family Practice", kind: .coveredEntity),
            asOf: asOf,
            profile: "hipaa-security-rule",
            evidence: [
                EvidenceFile(
                    path: "evidence/devices.csv", sha256: String(repeating: "ab", count: 32), format: .intuneDevices,
                    error: "line 1: the header lacks the column Encrypted"),
                EvidenceFile(
                    path: "evidence/mfa.csv", sha256: String(repeating: "0f", count: 32),
                    format: .entraMFARegistrationCSV, records: 20,
                    dateRange: DateRange(
                        earliest: Date(timeIntervalSince1970: 1_767_225_600.75),
                        latest: Date(timeIntervalSince1970: 1_772_236_800)),
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

    /// An assessment whose values try to break out of HTML and run as spreadsheet formulas.
    static func hostile() -> Assessment {
        let finding = Finding(
            checkID: "access.review", severity: .high,
            subject: Subject(kind: .user, id: "<script>alert('id')</script>"),
            message: "=HYPERLINK(\"http://example.invalid\",\"click\")",
            remediation: "+1 call the \"help desk\", then fix",
            evidence: [EvidenceReference(path: "evidence/<b>.csv", line: 3)])
        let result = CheckResult(
            checkID: "access.review", title: "Access <em>review</em>", status: .fail,
            citations: ["164.308(a)(4)(ii)(C)"],
            lifecycle: Lifecycle(documented: false), summary: "@SUM(A1:A2) & more", findings: [finding])
        return Assessment(
            organization: Organization(id: "evil", name: "<script>alert(1)</script> Clinic", kind: .businessAssociate),
            asOf: asOf, profile: "hipaa-security-rule",
            evidence: [
                EvidenceFile(path: "evidence/\"quoted\".csv", sha256: "00", format: .unknown, warnings: ["<i>"])
            ],
            results: [result],
            posture: [
                CategoryPosture(
                    category: .administrative, passed: 0, failed: 1, insufficientEvidence: 0, notApplicable: 0)
            ])
    }
}
