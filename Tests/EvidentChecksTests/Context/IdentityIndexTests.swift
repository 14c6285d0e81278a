import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct IdentityIndexTests {
    typealias Build = InventoryBuilder

    @Test func currentMemberIsPreferredOverTerminatedOne() {
        let old = Build.member("Ana Silva", email: "asilva@maple.example", status: .terminated, endDate: "2025-01-31")
        let rehired = Build.member("Ana Silva", email: "asilva@maple.example", line: 3)
        let index = IdentityIndex(workforce: [old, rehired], serviceAccounts: [])

        let account = Build.entraAccount("asilva@maple.example")

        #expect(index.members(matching: account).count == 2)
        #expect(index.member(matching: account) == rehired)
    }

    @Test func usernameDoesNotMatchAnEmail() {
        let index = IdentityIndex(
            workforce: [Build.member("Ana Silva", email: "asilva@maple.example")], serviceAccounts: [])

        #expect(index.member(matching: Build.directoryAccount("asilva")) == nil)
    }

    @Test func serviceAccountMatchesByUPNLocalPart() {
        let index = IdentityIndex(workforce: [], serviceAccounts: [" SVC-Backup "])

        #expect(index.isServiceAccount(Build.entraAccount("svc-backup@maple.example")))
        #expect(!index.isServiceAccount(Build.entraAccount("svc-other@maple.example")))
    }
}
