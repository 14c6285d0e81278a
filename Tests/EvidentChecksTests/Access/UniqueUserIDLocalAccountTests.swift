import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

/// Local accounts of machines, from osquery, judged by the unique user id check.
@Suite struct UniqueUserIDLocalAccountTests {
    typealias Build = InventoryBuilder
    let check = UniqueUserIDCheck()

    private func inventory(_ usernames: [String], serviceAccounts: [String] = []) -> Inventory {
        var inventory = Inventory(
            attestations: Attestations(serviceAccounts: serviceAccounts), accounts: [Build.directoryAccount("asilva")])
        inventory.localAccounts = usernames.enumerated().map { index, name in
            LocalAccount(
                device: "WS-01", username: name, uid: 1_001 + index,
                evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: index + 1))
        }
        return inventory
    }

    @Test func genericLocalAccountFails() throws {
        let result = evaluate(check, inventory(["asilva", "frontdesk2"]))

        let finding = try #require(result.findings(.violation).first)
        #expect(result.findings.count == 1)
        #expect(finding.severity == .high)
        #expect(finding.subject.id == "WS-01\\frontdesk2")
        #expect(finding.message.contains("on WS-01"))
        #expect(finding.evidence.first?.line == 2)
    }

    @Test func declaredServiceAccountPasses() {
        let result = evaluate(check, inventory(["kiosk"], serviceAccounts: ["kiosk"]))

        #expect(result.status == .pass)
    }
}
