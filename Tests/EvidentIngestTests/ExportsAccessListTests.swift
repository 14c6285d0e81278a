import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("AccessListImporter")
struct ExportsAccessListTests {
    static func system(_ id: String, accessList: String?) -> InformationSystem {
        InformationSystem(
            id: id, name: id.uppercased(), handlesEPHI: true, accessList: accessList,
            evidence: EvidenceReference(path: "inventory/systems.yaml", line: 3))
    }

    static let list = """
        username,role,enabled,last_login
        dr.patel,physician,true,2025-03-14T16:20:00Z
        front.desk2,scheduler,yes,3/12/2025
        old.locum,physician,false,
        mystery,,maybe,2025-03-01
        badday,nurse,1,13/13/2025

        """

    @Test("accounts of the declaring system")
    func accountsOfSystem() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.list, to: "evidence/access/ehr.csv")

        let scan = try workspace.scan(systems: [Self.system("ehr", accessList: "evidence/access/ehr.csv")])

        let file = try #require(ExportsFixtureWorkspace.file("evidence/access/ehr.csv", in: scan))
        #expect(file.format == .accessList)
        #expect(file.records == 5)
        #expect(file.skippedRecords == 1)
        try #require(scan.accounts.map(\.username) == ["dr.patel", "front.desk2", "old.locum", "badday"])
        #expect(scan.accounts.allSatisfy { $0.source == .system("ehr") })
        #expect(scan.accounts.map(\.role) == ["physician", "scheduler", "physician", "nurse"])
        #expect(scan.accounts.map(\.isEnabled) == [true, true, false, true])
        #expect(
            scan.accounts.map(\.lastSignIn) == [
                .at(ExportsFixtureDate.utc(2025, 3, 14, 16, 20)), .at(ExportsFixtureDate.utc(2025, 3, 12)), .never,
                .unknown,
            ])
        try #require(file.warnings.count == 2)
        #expect(file.warnings[0].hasPrefix("line 5:"))
        #expect(file.warnings[0].contains("'maybe'"))
        #expect(file.warnings[1].hasPrefix("line 6:"))
        #expect(file.warnings[1].contains("'13/13/2025'"))
        #expect(scan.accounts[0].lastSignInProblem == nil)
        #expect(scan.accounts[3].lastSignInProblem?.contains("'13/13/2025'") == true)
    }

    @Test("locale settles last_login")
    func localeDates() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.list, to: "evidence/access/ehr.csv")

        let scan = try workspace.scan(
            systems: [Self.system("ehr", accessList: "./evidence//access/ehr.csv")], locale: .enGB)

        try #require(scan.accounts.count == 4)
        #expect(scan.accounts[1].lastSignIn == .at(ExportsFixtureDate.utc(2025, 12, 3)))
    }

    @Test("list that no system declares")
    func undeclaredList() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(Self.list, to: "evidence/access/pacs.csv")

        let scan = try workspace.scan(systems: [Self.system("ehr", accessList: nil)])

        let file = try #require(ExportsFixtureWorkspace.file("evidence/access/pacs.csv", in: scan))
        #expect(file.format == .accessList)
        #expect(file.warnings.first?.contains("no system in inventory/systems.yaml names this access list") == true)
        #expect(scan.accounts.isEmpty)
    }

    @Test("declared list with other columns")
    func declaredListWithExtraColumns() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "username,email,enabled\nkim,kim@riverside.example,TRUE\n", to: "inventory/pacs-users.csv")
        try workspace.writeUTF8("user,active\nkim,1\n", to: "evidence/access/lab.csv")

        let scan = try workspace.scan(systems: [
            Self.system("pacs", accessList: "inventory/pacs-users.csv"),
            Self.system("lab", accessList: "evidence/access/lab.csv"),
        ])

        #expect(scan.files.map(\.path) == ["evidence/access/lab.csv", "inventory/pacs-users.csv"])
        #expect(scan.accounts.map(\.username) == ["kim"])
        #expect(scan.accounts.first?.lastSignIn == .unknown)
        let lab = try #require(ExportsFixtureWorkspace.file("evidence/access/lab.csv", in: scan))
        #expect(lab.format == .accessList)
        #expect(
            lab.error
                == "evidence/access/lab.csv: missing column(s) 'username', 'enabled'; export the file again with these columns"
        )
    }
}
