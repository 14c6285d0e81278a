import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("ActiveDirectoryUserImporter")
struct ExportsActiveDirectoryTests {
    /// `Get-ADUser -Filter * -Properties LastLogonDate,EmailAddress | Export-Csv` in Windows PowerShell 5.1.
    static let windowsPowerShell = """
        #TYPE Microsoft.ActiveDirectory.Management.ADUser
        "DistinguishedName","EmailAddress","Enabled","GivenName","LastLogonDate","Name","ObjectClass","ObjectGUID","SamAccountName","SID","Surname","UserPrincipalName"
        "CN=Dana Whitfield,OU=Staff,DC=riverside,DC=local","dana.whitfield@riverside.example","True","Dana","3/12/2025 7:22:01 AM","Dana Whitfield","user","6f1c0a52-8d1e-4f3a-9b7e-2a4c5d6e7f80","dwhitfield","S-1-5-21-1000-2000-3000-1105","Whitfield","dwhitfield@riverside.local"
        "CN=Former Temp,OU=Staff,DC=riverside,DC=local","","False","Former","","Former Temp","user","7a2d1b63-9e2f-4a4b-8c8f-3b5d6e7f8091","ftemp","S-1-5-21-1000-2000-3000-1106","Temp",""
        "CN=Clock Skew,OU=Staff,DC=riverside,DC=local","","True","Clock","1/5/2031 10:00:00 AM","Clock Skew","user","8b3e2c74-af30-4b5c-9d90-4c6e7f8091a2","cskew","S-1-5-21-1000-2000-3000-1107","Skew",""
        "CN=Bad Flag,OU=Staff,DC=riverside,DC=local","","Yes","Bad","","Bad Flag","user","9c4f3d85-b041-4c6d-8ea1-5d7f8091a2b3","bflag","S-1-5-21-1000-2000-3000-1108","Flag",""
        "CN=Day First,OU=Staff,DC=riverside,DC=local","","True","Day","13/1/2025 9:00:00 AM","Day First","user","ad504e96-c152-4d7e-9fb2-6e8091a2b3c4","dfirst","S-1-5-21-1000-2000-3000-1109","First",""

        """

    @Test("Windows PowerShell 5.1 export in UTF-16LE")
    func windowsPowerShellExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF16LittleEndian(
            Self.windowsPowerShell.replacingOccurrences(of: "\n", with: "\r\n"), to: "evidence/ad-users.csv")

        // 13/1/2025 on line 7 is valid only day-first, so the whole file is read day-first under en-US.
        let scan = try workspace.scan(asOf: CalendarDay(year: 2026, month: 1, day: 31))

        let file = try #require(ExportsFixtureWorkspace.file("evidence/ad-users.csv", in: scan))
        #expect(file.format == .activeDirectoryUsers)
        #expect(file.error == nil)
        #expect(file.records == 5)
        try #require(scan.accounts.map(\.username) == ["dwhitfield", "ftemp", "cskew", "dfirst"])
        #expect(scan.accounts.allSatisfy { $0.source == .activeDirectory })

        let dana = scan.accounts[0]
        #expect(dana.userPrincipalName == "dwhitfield@riverside.local")
        #expect(dana.displayName == "Dana Whitfield")
        #expect(dana.email == "dana.whitfield@riverside.example")
        #expect(dana.isEnabled)
        #expect(dana.lastSignIn == .at(ExportsFixtureDate.utc(2025, 12, 3, 7, 22, 1)))
        #expect(dana.evidence == EvidenceReference(path: "evidence/ad-users.csv", line: 3))

        #expect(scan.accounts[1].isEnabled == false)
        #expect(scan.accounts[1].lastSignIn == .never)
        #expect(scan.accounts[2].lastSignIn == .unknown)
        let dfirst = scan.accounts[3].lastSignIn
        #expect(dfirst == .at(ExportsFixtureDate.utc(2025, 1, 13, 9)))
        #expect(dana.lastSignInProblem == nil)
        #expect(scan.accounts[1].lastSignInProblem == nil)
        #expect(scan.accounts[2].lastSignInProblem?.contains("after the assessment day") == true)
        #expect(scan.accounts[3].lastSignInProblem == nil)

        #expect(file.warnings.contains { $0.hasPrefix("line 5:") && $0.contains("after the assessment day") })
        #expect(file.warnings.contains { $0.hasPrefix("line 6:") && $0.contains("'Yes'") })
        #expect(file.warnings.contains { $0.contains("'13/1/2025 9:00:00 AM' on line 7") })
        #expect(file.dateRange == DateRange(earliest: dfirst.date!, latest: dana.lastSignIn.date!))
    }

    @Test("same export read as en-GB")
    func dayFirstLocale() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF16LittleEndian(Self.windowsPowerShell, to: "evidence/ad-users.csv")

        let scan = try workspace.scan(locale: .enGB, asOf: CalendarDay(year: 2026, month: 1, day: 31))

        try #require(scan.accounts.count == 4)
        #expect(scan.accounts[0].lastSignIn == .at(ExportsFixtureDate.utc(2025, 12, 3, 7, 22, 1)))
        #expect(scan.accounts[3].lastSignIn == .at(ExportsFixtureDate.utc(2025, 1, 13, 9)))
    }

    @Test("PowerShell 7 export with FILETIME")
    func powerShellSevenExport() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            "Enabled","lastLogonTimestamp","Name","SamAccountName","UserPrincipalName"
            "True","132604453230000000","Rui Okafor","rokafor","rokafor@riverside.local"
            "True","0","Never Used","nused","nused@riverside.local"
            "True","3/17/2021","Wrong Shape","wshape",""

            """
        try workspace.writeUTF8(text, to: "evidence/ad-ps7.csv")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/ad-ps7.csv", in: scan))
        #expect(file.format == .activeDirectoryUsers)
        #expect(
            scan.accounts.map(\.lastSignIn) == [.at(ExportsFixtureDate.utc(2021, 3, 17, 9, 2, 3)), .never, .unknown])
        #expect(scan.accounts[0].evidence.line == 2)
        #expect(file.warnings.count == 1)
        #expect(file.warnings.first?.contains("'3/17/2021'") == true)
    }
}

extension LastSignIn {
    fileprivate var date: Date? {
        if case .at(let date) = self { return date }
        return nil
    }
}
