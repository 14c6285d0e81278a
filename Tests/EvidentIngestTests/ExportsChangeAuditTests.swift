import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Linux audit rules and Windows audit policy importers")
struct ExportsChangeAuditTests {
    @Test("CIS-style audit rules record both kinds of change")
    func auditRulesFull() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            ## /etc/audit/rules.d/50-cis.rules
            -D
            -b 8192
            -w /etc/group -p wa -k identity
            -w /etc/passwd -p wa -k identity
            -a always,exit -F arch=b64 -S chmod,fchmod,fchmodat -F auid>=1000 -F auid!=unset -k perm_mod
            -a always,exit -F path=/etc/ssh/sshd_config -F perm=wa -k sshd
            this line is not a rule
            -e 2
            """
        try workspace.writeUTF8(text, to: "evidence/ehr-db01.audit.rules")

        let scan = try workspace.scan()

        let file = try #require(scan.files.first)
        #expect(file.format == .auditdRules)
        #expect(file.records == 4)
        #expect(file.warnings.contains { $0.hasPrefix("line 8:") })
        let coverage = try #require(scan.facts.changeAuditCoverage.first)
        #expect(coverage.host == "ehr-db01")
        #expect(coverage.recordsConfigurationChanges)
        #expect(coverage.recordsPermissionChanges)
    }

    @Test("read-only watches and auditctl without rules record nothing")
    func auditRulesNone() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8("-w /etc/passwd -p r -k reads\n-w /var/log/app -p wa\n", to: "evidence/a.rules")
        try workspace.writeUTF8("No rules\n", to: "evidence/b.rules")

        let scan = try workspace.scan()

        #expect(scan.files.map(\.format) == [.auditdRules, .auditdRules])
        for coverage in scan.facts.changeAuditCoverage {
            #expect(!coverage.recordsConfigurationChanges, "\(coverage.host)")
            #expect(!coverage.recordsPermissionChanges, "\(coverage.host)")
        }
    }

    @Test("secedit legacy audit policy")
    func seceditEventAudit() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            [Unicode]\r
            Unicode=yes\r
            [System Access]\r
            MinimumPasswordLength = 14\r
            [Event Audit]\r
            AuditPolicyChange = 3\r
            AuditAccountManage = 2\r
            [Version]\r
            signature="$CHICAGO$"\r

            """
        try workspace.writeUTF16LittleEndian(text, to: "evidence/PM-SRV01.inf")

        let scan = try workspace.scan()

        let coverage = try #require(scan.facts.changeAuditCoverage.first)
        #expect(coverage.host == "PM-SRV01")
        #expect(coverage.recordsConfigurationChanges)
        #expect(!coverage.recordsPermissionChanges)
        #expect(coverage.evidence.line == 6)
        #expect(scan.facts.endpointPolicies.first?.minimumPasswordLength == 14)
    }

    @Test("auditpol /r in German is read by subcategory GUID")
    func auditPolicy() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            Machine Name,Policy Target,Subcategory,Subcategory GUID,Inclusion Setting,Exclusion Setting\r
            SRV01,System,Überwachungsrichtlinienänderung,{0CCE922F-69AE-11D9-BED3-505054503030},Success,\r
            SRV01,System,Benutzerkontenverwaltung,{0CCE9235-69AE-11D9-BED3-505054503030},No Auditing,\r
            SRV02,System,Security Group Management,,Success and Failure,\r

            """
        try workspace.writeUTF8(text, to: "evidence/auditpol.csv", byteOrderMark: true)

        let scan = try workspace.scan()

        #expect(scan.files.first?.format == .auditpolCSV)
        let coverage = scan.facts.changeAuditCoverage
        #expect(coverage.map(\.host) == ["SRV01", "SRV02"])
        #expect(coverage.map(\.recordsConfigurationChanges) == [true, false])
        #expect(coverage.map(\.recordsPermissionChanges) == [false, true])
    }
}
