import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Google Workspace importer")
struct ExportsGoogleWorkspaceTests {
    @Test("Download users CSV with 2SV and sign-in columns")
    func downloadUsers() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],New Primary Email [UPLOAD ONLY],Status [READ ONLY],Last Sign In [READ ONLY],Recovery Email,Employee ID,2sv Enrolled [READ ONLY],2sv Enforced [READ ONLY],Email Usage [READ ONLY],Change Password at Next Sign-In
            Ana,Ruiz,ana.ruiz@clinic.example,****,,/Clinical,,Active,2026/11/27 15:02:11,,E1,True,True,0.04GB,False
            Ben,Ode,ben.ode@clinic.example,****,,/Front desk,,Active,Never logged in,,E2,False,False,0GB,False
            Cy,Lam,cy.lam@clinic.example,****,,/,,Suspended,2025/01/04 09:00:00,,E3,False,False,0GB,False
            """
        try workspace.writeUTF8(text, to: "evidence/User_Download_01122026_140316.csv")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .googleWorkspaceUsers)
        #expect(scan.accounts.map(\.source) == [.googleWorkspace, .googleWorkspace, .googleWorkspace])
        #expect(scan.accounts.map(\.isEnabled) == [true, true, false])
        #expect(
            scan.accounts.map(\.lastSignIn) == [
                .at(ExportsFixtureDate.utc(2026, 11, 27, 15, 2, 11)), .never,
                .at(ExportsFixtureDate.utc(2025, 1, 4, 9)),
            ])
        #expect(scan.accounts.first?.displayName == "Ana Ruiz")
        #expect(scan.mfaRegistrations.map(\.isRegistered) == [true, false, false])
        #expect(scan.mfaRegistrations.first?.userPrincipalName == "ana.ruiz@clinic.example")
    }
}
