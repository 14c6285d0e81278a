import EvidentCatalog
import EvidentCore
import EvidentTestSupport
import FoundationEssentials
import Testing

@testable import EvidentChecks

@Suite struct AssessorTests {
    typealias Build = InventoryBuilder

    /// A check with a fixed outcome, to test the roll-up without real evidence.
    struct FixedCheck: Check {
        let id: String
        let citations: [String]
        let status: CheckStatus
        var title: String { "Fixed \(id)" }

        func evaluate(_ context: CheckContext) -> CheckResult {
            CheckResult(
                checkID: id, title: title, status: status, citations: citations, lifecycle: Lifecycle(),
                summary: "Fixed.", findings: [])
        }
    }

    let inventory = Inventory(
        systems: [Build.ephiSystem(hosts: ["10.0.0.20"], vendor: "Acme")],
        vendors: [Build.vendor("Acme", expires: "2026-12-15")],
        workforce: [
            Build.member("Ana Silva", email: "asilva@maple.example", username: "asilva"),
            Build.member("J. Doe", email: "jdoe@maple.example", status: .terminated, endDate: "2026-09-30"),
        ],
        accounts: [
            Build.entraAccount("asilva@maple.example"), Build.entraAccount("jdoe@maple.example"),
            Build.systemAccount("asilva"), Build.directoryAccount("frontdesk"),
        ],
        devices: [Build.device("EXAM-01", encrypted: false)],
        scannedHosts: [Build.host("10.0.0.20", services: [NetworkService(port: 23, transport: "tcp", name: "telnet")])],
        evidenceFiles: [
            Build.evidenceFile("evidence/z.csv", .entraUsers), Build.evidenceFile("evidence/a.csv", .intuneDevices),
        ])

    @Test func runsEveryStandardCheckInOrder() {
        let assessment = Assessor().assess(inventory, settings: Build.settings())

        #expect(assessment.results.map(\.checkID) == Assessor.standardChecks.map(\.id))
        #expect(assessment.results.count == 27)
        #expect(assessment.evidence.map(\.path) == ["evidence/a.csv", "evidence/z.csv"])
        #expect(assessment.asOf == Build.day("2026-11-30"))
        #expect(assessment.profile == "hipaa-security-rule")
    }

    @Test func checkIDsAreStableDottedLowercase() {
        for check in Assessor.standardChecks {
            #expect(check.id == check.id.lowercased())
            #expect(check.id.split(separator: ".").count == 2)
            #expect(!check.citations.isEmpty)
        }
    }

    /// 164.306 is outside the catalog, which covers 164.308 through 164.316.
    @Test func everySafeguardCitationIsInTheCatalog() {
        for check in Assessor.standardChecks {
            for citation in check.citations where !citation.hasPrefix("164.306") {
                #expect(SecurityRuleCatalog.shipped.requirement(citation: citation) != nil, "\(check.id) \(citation)")
            }
        }
    }

    @Test func findingsAreInPriorityOrder() {
        let assessment = Assessor().assess(inventory, settings: Build.settings())

        for result in assessment.results {
            #expect(result.findings == result.findings.sorted(by: Finding.isHigherPriority))
        }
    }

    @Test func assessmentIsDeterministic() throws {
        let first = Assessor().assess(inventory, settings: Build.settings())
        let second = Assessor().assess(inventory, settings: Build.settings())

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(first == second)
        #expect(try encoder.encode(first) == encoder.encode(second))
    }

    @Test func rollUpCountsEachCheckOncePerCategory() {
        let checks: [any Check] = [
            FixedCheck(id: "a.one", citations: ["164.312(a)(2)(iv)", "164.310(d)(1)"], status: .pass),
            FixedCheck(id: "a.two", citations: ["164.312(e)(1)", "164.312(e)(2)(ii)"], status: .fail),
            FixedCheck(id: "a.three", citations: ["164.308(b)(1)"], status: .insufficientEvidence),
            FixedCheck(id: "a.four", citations: ["164.308(a)(7)(ii)(D)"], status: .notApplicable),
        ]

        let posture = Assessor(checks: checks).assess(Inventory(), settings: Build.settings()).posture

        #expect(posture.map(\.category) == [.administrative, .physical, .technical])
        #expect(
            posture[0]
                == CategoryPosture(
                    category: .administrative, passed: 0, failed: 0, insufficientEvidence: 1, notApplicable: 1))
        #expect(
            posture[1]
                == CategoryPosture(category: .physical, passed: 1, failed: 0, insufficientEvidence: 0, notApplicable: 0)
        )
        #expect(
            posture[2]
                == CategoryPosture(
                    category: .technical, passed: 1, failed: 1, insufficientEvidence: 0, notApplicable: 0))
    }

    /// 23 checks, of which three cite two categories each.
    @Test func standardPostureCoversAllCategoriesWithChecks() {
        let posture = Assessor().assess(inventory, settings: Build.settings()).posture

        #expect(
            posture.map(\.category) == [
                .general, .administrative, .physical, .technical, .organizational, .documentation,
            ])
        #expect(posture.map { $0.applicable + $0.notApplicable }.reduce(0, +) == 32)
    }

    @Test func sampleInventoryFailsTheExpectedChecks() {
        let results = Assessor().assess(inventory, settings: Build.settings()).results
        let status = Dictionary(uniqueKeysWithValues: results.map { ($0.checkID, $0.status) })

        #expect(status["access.terminated-workforce"] == .fail)
        #expect(status["access.unique-user-id"] == .fail)
        #expect(status["encryption.at-rest-devices"] == .fail)
        #expect(status["transmission.encryption"] == .fail)
        #expect(status["vendors.baa-coverage"] == .pass)
    }
}
