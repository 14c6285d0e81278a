import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("secedit and gpresult importers")
struct ExportsWindowsPolicyTests {
    static let inf = """
        [Unicode]
        Unicode=yes
        [System Access]
        MinimumPasswordAge = 1
        MaximumPasswordAge = 0
        MinimumPasswordLength = 14
        PasswordComplexity = 0
        LockoutBadCount = 10
        [Registry Values]
        MACHINE\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Policies\\\\System\\\\InactivityTimeoutSecs=4,600
        [Version]
        signature="$CHICAGO$"
        Revision=1
        """

    @Test("secedit INF in UTF-16LE and in ANSI")
    func secedit() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF16LittleEndian(Self.inf, to: "evidence/WS-01.inf")
        let ansi = Self.inf.replacingOccurrences(of: "[Unicode]\nUnicode=yes\n", with: "") + "\n; café\n"
        try workspace.write(
            Array(ansi.utf8.map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }), to: "evidence/WS-02.inf")

        let scan = try workspace.scan()

        #expect(scan.files.map(\.format) == [.seceditINF, .seceditINF])
        try #require(scan.facts.endpointPolicies.count == 2)
        let policy = scan.facts.endpointPolicies[0]
        #expect(policy.device == "WS-01")
        #expect(policy.minimumPasswordLength == 14)
        #expect(policy.requiresComplexity == false)
        #expect(policy.maximumPasswordAgeDays == 0)
        #expect(policy.lockoutThreshold == 10)
        #expect(policy.inactivityTimeoutSeconds == 600)
        #expect(policy.evidence.line == 3)
        #expect(scan.facts.endpointPolicies[1].inactivityTimeoutSeconds == 600)
    }

    @Test("gpresult XML with arbitrary namespace prefixes")
    func gpresult() throws {
        let workspace = try ExportsFixtureWorkspace()
        let xml = """
            <?xml version="1.0" encoding="utf-16"?>
            <Rsop xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.microsoft.com/GroupPolicy/Rsop">
              <ReadTime>2026-11-29T09:00:00.0000000Z</ReadTime>
              <DataType>LoggingData</DataType>
              <ComputerResults>
                <Version>2752554</Version>
                <Name>RIVERSIDE\\RFP-WS-05</Name>
                <ExtensionData>
                  <Extension xmlns:q4="http://www.microsoft.com/GroupPolicy/Settings/Security" xsi:type="q4:SecuritySettings">
                    <q4:Account><q4:GPO><Identifier xmlns="http://www.microsoft.com/GroupPolicy/Types">{31B2F340-016D-11D2-945F-00C04FB984F9}</Identifier></q4:GPO>
                      <q4:Precedence>1</q4:Precedence><q4:Name>MinimumPasswordLength</q4:Name><q4:SettingNumber>12</q4:SettingNumber><q4:Type>Password</q4:Type></q4:Account>
                    <q4:Account><q4:Name>LockoutBadCount</q4:Name><q4:SettingNumber>0</q4:SettingNumber><q4:Type>Account Lockout</q4:Type></q4:Account>
                    <q4:Account><q4:Name>PasswordComplexity</q4:Name><q4:SettingBoolean>true</q4:SettingBoolean><q4:Type>Password</q4:Type></q4:Account>
                    <q4:SecurityOptions><q4:KeyName>MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\InactivityTimeoutSecs</q4:KeyName><q4:SettingNumber>900</q4:SettingNumber></q4:SecurityOptions>
                  </Extension>
                </ExtensionData>
              </ComputerResults>
              <UserResults><Name>RIVERSIDE\\ann</Name></UserResults>
            </Rsop>
            """
        try workspace.writeUTF16LittleEndian(xml, to: "evidence/gpresult.xml")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .gpresultXML)
        let policy = try #require(scan.facts.endpointPolicies.first)
        #expect(policy.device == "RFP-WS-05")
        #expect(policy.minimumPasswordLength == 12)
        #expect(policy.lockoutThreshold == 0)
        #expect(policy.requiresComplexity == true)
        #expect(policy.inactivityTimeoutSeconds == 900)
        #expect(policy.evidence.line == 10)
    }

    @Test("gpresult XML cut short is an error with its line")
    func truncatedGPResult() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("<?xml version=\"1.0\"?>\n<Rsop>\n<ComputerResults>\n<Name>X", to: "evidence/gp.xml")

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .gpresultXML)
        #expect(scan.files.first?.error?.contains("cut short") == true)
    }

    @Test("XML external entities are never resolved")
    func externalEntity() throws {
        let workspace = try ExportsFixtureWorkspace()
        let secret = workspace.folder.appendingPathComponent("secret.txt")
        try Data("TOPSECRET".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Rsop [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <Rsop><ComputerResults><Name>&leak;</Name></ComputerResults></Rsop>
            """
        try workspace.writeUTF8(xml, to: "evidence/gp.xml")

        let scan = try workspace.scan()

        #expect(scan.facts.endpointPolicies.first?.device.contains("TOPSECRET") != true)
    }
}
