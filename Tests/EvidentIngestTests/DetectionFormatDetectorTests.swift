import EvidentCore
import Testing

@testable import EvidentIngest

@Suite("EvidenceFormatDetector")
struct DetectionFormatDetectorTests {
    private func detect(_ text: String) -> FormatDetection {
        EvidenceFormatDetector.detect(bytes: Array(text.utf8), text: text)
    }

    @Test("each CSV format by its header")
    func csvFormats() {
        let cases: [(String, EvidenceFormat)] = [
            ("\"Device ID\",\"Device name\",\"Enrollment date\",\"Last check-in\",\"Encrypted\"\n", .intuneDevices),
            ("id,deviceName,isEncrypted,lastSyncDateTime\n", .intuneDevices),
            ("DeviceName,EncryptionStatusString,LastContact\n", .intuneDevices),
            ("userPrincipalName,displayName,userType,accountEnabled\n", .entraUsers),
            ("id,userPrincipalName,userType,isAdmin,isMfaRegistered,methodsRegistered\n", .entraMFARegistrationCSV),
            (
                "#TYPE Microsoft.ActiveDirectory.Management.ADUser\n\"Enabled\",\"Name\",\"SamAccountName\"\n",
                .activeDirectoryUsers
            ),
            ("\"Enabled\",\"SamAccountName\",\"LastLogonDate\"\n", .activeDirectoryUsers),
            ("\"JobName\",\"Result\",\"DataSize(GB)\",\"Date\"\n", .veeamBackupSessions),
            (
                "\"RestorePointType\",\"BackupEndTime(UTC)\",\"VMName\",\"Result\",\"JobName\"\n",
                .veeamEnterpriseManagerSessions
            ),
            ("last_login,enabled,username,role\n", .accessList),
        ]
        for (text, format) in cases {
            #expect(detect(text).format == format, "\(text)")
            #expect(detect(text).warning == nil, "\(text)")
        }
    }

    @Test("access list needs exactly its columns")
    func accessListExactColumns() {
        #expect(detect("username,role,enabled,last_login,email\n").format == .unknown)
        #expect(detect("username,role,enabled\n").format == .unknown)
    }

    @Test("name of the file plays no part")
    func contentNotName() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.writeUTF8(
            "JobName,Result,Date\nNightly,Success,7/27/2020 1:05:49 PM\n", to: "evidence/intune.csv")
        try workspace.writeUTF8("Device name,Last check-in\nPC-1,\n", to: "evidence/veeam-report.xml")

        let scan = try workspace.scan()

        #expect(ExportsFixtureWorkspace.file("evidence/intune.csv", in: scan)?.format == .veeamBackupSessions)
        #expect(ExportsFixtureWorkspace.file("evidence/veeam-report.xml", in: scan)?.format == .intuneDevices)
    }

    @Test("MFA Graph JSON as page and as bare array")
    func mfaJSON() {
        let page =
            #"{"@odata.context":"x","value":[{"id":"1","userPrincipalName":"a@example.org","isMfaRegistered":true}]}"#
        let array = #"  [ {"userPrincipalName":"a@example.org","isMfaRegistered":false} ]"#
        #expect(detect(page).format == .entraMFARegistrationJSON)
        #expect(detect(array).format == .entraMFARegistrationJSON)
        #expect(detect(#"{"value":[{"displayName":"x"}]}"#).format == .unknown)
    }

    @Test("nmap XML by root element after the prolog")
    func nmapRoot() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nmaprun>
            <?xml-stylesheet href="file:///usr/share/nmap/nmap.xsl" type="text/xsl"?>
            <!-- Nmap 7.94 scan initiated -->
            <nmaprun scanner="nmap">
            """
        #expect(detect(text).format == .nmapXML)
    }

    @Test("unknown files name what was seen")
    func unknownFiles() throws {
        let csv = detect("Employee,Badge,Department\nAlex,17,Lab\n")
        #expect(csv.format == .unknown)
        #expect(try #require(csv.warning).contains("'Employee', 'Badge', 'Department'"))

        let xml = detect("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b>\">]><Events><Event/></Events>")
        #expect(xml.format == .unknown)
        #expect(try #require(xml.warning).contains("<Events>"))

        let zip = EvidenceFormatDetector.detect(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], text: "PK")
        #expect(zip.format == .unknown)
        #expect(try #require(zip.warning).contains("ZIP"))

        #expect(detect("  \n").warning == "the file is empty")
    }
}
