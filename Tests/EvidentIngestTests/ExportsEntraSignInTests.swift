import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Entra ID sign-in log importers")
struct ExportsEntraSignInTests {
    /// The portal's 56-column header, with its duplicated and space-padded names.
    static let portalHeader =
        "Date (UTC),Request ID,User agent,Correlation ID,User ID,User,Username,User type,Cross tenant access type,"
        + "Incoming token type,Authentication Protocol,Unique token identifier,Original transfer method,"
        + "Client credential type,Token Protection - Sign In Session,Token Protection - Sign In Session StatusCode,"
        + "Application,Application ID ,App owner tenant ID,Resource,Resource ID ,Resource tenant ID,"
        + "Resource owner tenant ID,Home tenant ID,Home tenant name,IP address,Location,Status,Sign-in error code,"
        + "Failure reason,Client app,Device ID,Browser,Operating System,Compliant,Managed,Join Type,"
        + "Multifactor authentication result,Multifactor authentication auth method,"
        + "Multifactor authentication auth detail,Authentication requirement,Sign-in identifier,Session ID,"
        + "IP address (seen by resource),Through Global Secure Access,Global Secure Access IP address,"
        + "Autonomous system  number,Flagged for review,Token issuer type,Incoming token type,Token issuer name,"
        + "Latency,Conditional Access,Managed Identity type,Associated Resource Id,Federated Token Id,"
        + "Federated Token Issuer"

    /// Returns one portal row; the fields the importer reads are set, the others are plausible filler.
    static func portalRow(_ date: String, _ user: String, status: String, requirement: String, mfa: String = "")
        -> String
    {
        var fields = Array(repeating: "", count: 57)
        fields[0] = date
        fields[1] = "7d1c0e8a-0000-4000-8000-000000000001"
        fields[5] = "Synthetic User"
        fields[6] = user
        fields[16] = "Office 365 Exchange Online"
        fields[26] = "\"Millbrook, OR, US\""
        fields[27] = status
        fields[28] = status == "Success" ? "0" : "50126"
        fields[37] = mfa
        fields[40] = requirement
        return fields.joined(separator: ",")
    }

    @Test("portal CSV with duplicated and padded headers")
    func portalCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        let rows = [
            Self.portalHeader,
            Self.portalRow(
                "2026-11-20T08:00:00Z", "ann@clinic.example", status: "Success",
                requirement: "Multifactor authentication", mfa: "MFA successfully completed"),
            Self.portalRow(
                "2026-11-25T09:30:00Z", "Ann@Clinic.example", status: "Success",
                requirement: "Single-factor authentication"),
            Self.portalRow(
                "2026-11-28T10:00:00Z", "bob@clinic.example", status: "Failure",
                requirement: "Single-factor authentication"),
            Self.portalRow("not a date", "carl@clinic.example", status: "Success", requirement: ""),
        ]
        try workspace.writeUTF8(
            rows.joined(separator: "\r\n") + "\r\n", to: "evidence/InteractiveSignIns_2026.csv",
            byteOrderMark: true)

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/InteractiveSignIns_2026.csv", in: scan))
        #expect(file.format == .entraSignInsCSV)
        #expect(file.records == 4)
        #expect(
            file.warnings == ["line 5: skipped a sign-in of carl@clinic.example: date 'not a date' could not be read"])
        try #require(scan.facts.signInSummaries.count == 2)
        let ann = scan.facts.signInSummaries[0]
        #expect(ann.lastSuccessfulSignIn == ExportsFixtureDate.utc(2026, 11, 25, 9, 30))
        #expect(ann.successfulSignIns == 2)
        #expect(ann.multifactorSignIns == 1)
        #expect(ann.singleFactorSignIns == 1)
        #expect(ann.evidence.line == 3)
        let bob = scan.facts.signInSummaries[1]
        #expect(bob.lastSuccessfulSignIn == nil)
        #expect(bob.successfulSignIns == 0)
        #expect(file.dateRange?.earliest == ExportsFixtureDate.utc(2026, 11, 20, 8))
    }

    @Test("legacy CSV with culture dates in UTF-16")
    func legacyCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            CreatedDateTime,UserPrincipalName,AppDisplayName,Status,ErrorCode,ConditionalAccessStatus,AuthenticationRequirement
            3/12/2026 7:22:01 AM,dee@clinic.example,Outlook,Success,0,success,multiFactorAuthentication
            """
        try workspace.writeUTF16LittleEndian(text, to: "evidence/signins-legacy.csv")

        let scan = try workspace.scan(locale: .enAU)

        #expect(ExportsFixtureWorkspace.file("evidence/signins-legacy.csv", in: scan)?.format == .entraSignInsCSV)
        let dee = try #require(scan.facts.signInSummaries.first)
        #expect(dee.lastSuccessfulSignIn == ExportsFixtureDate.utc(2026, 12, 3, 7, 22, 1))
        #expect(dee.multifactorSignIns == 1)
    }

    @Test("truncated portal CSV is an error with its line")
    func truncatedCSV() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = Self.portalHeader + "\n" + "2026-11-20T08:00:00Z,\"cut here"
        try workspace.writeUTF8(text, to: "evidence/signins.csv")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/signins.csv", in: scan))
        #expect(file.error?.hasPrefix("evidence/signins.csv:2:") == true)
        #expect(scan.facts.signInSummaries.isEmpty)
    }

    @Test("Graph JSON with numbers as strings and PowerShell dates")
    func graphJSON() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
             "value": [
              {"createdDateTime": "2026-11-21T10:00:00Z", "userPrincipalName": "eve@clinic.example",
               "status": {"errorCode": 0}, "authenticationRequirement": "multiFactorAuthentication",
               "conditionalAccessStatus": "success"},
              {"createdDateTime": "\\/Date(1795600800000)\\/", "userPrincipalName": "eve@clinic.example",
               "status": {"errorCode": "0"}, "authenticationRequirement": "singleFactorAuthentication"},
              {"createdDateTime": "2026-11-22T10:00:00Z", "userPrincipalName": "fay@clinic.example",
               "status": {"errorCode": 50126, "failureReason": "Invalid password"},
               "authenticationRequirement": "singleFactorAuthentication"}
             ]}
            """
        try workspace.writeUTF8(text, to: "evidence/signins.json")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/signins.json", in: scan))
        #expect(file.format == .entraSignInsJSON)
        #expect(file.records == 3)
        let eve = try #require(scan.facts.signInSummaries.first)
        #expect(eve.successfulSignIns == 2)
        #expect(eve.singleFactorSignIns == 1)
        #expect(eve.lastSuccessfulSignIn == Date(timeIntervalSince1970: 1_795_600_800))
        #expect(eve.evidence.line == 6)
        #expect(scan.facts.signInSummaries.last?.successfulSignIns == 0)
    }

    @Test("Azure Monitor diagnostic records as JSON lines")
    func diagnosticJSONLines() throws {
        let workspace = try ExportsFixtureWorkspace()
        let text = """
            {"time": "2026-11-23T07:00:00.6816663Z", "category": "SignInLogs", "resultType": "0", "durationMs": "0", "properties": {"userPrincipalName": "gil@clinic.example", "createdDateTime": "2026-11-23T07:00:00.6816663+00:00", "authenticationRequirement": "singleFactorAuthentication"}}

            {"time": "2026-11-24T07:00:00Z", "category": "NonInteractiveUserSignInLogs", "resultType": 0, "durationMs": 12, "properties": {"userPrincipalName": "gil@clinic.example", "authenticationRequirement": "multiFactorAuthentication"}}
            """
        try workspace.writeUTF8(text, to: "evidence/PT1H.json")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/PT1H.json", in: scan))
        #expect(file.format == .entraSignInsDiagnosticJSON)
        let gil = try #require(scan.facts.signInSummaries.first)
        #expect(gil.successfulSignIns == 2)
        #expect(gil.lastSuccessfulSignIn == ExportsFixtureDate.utc(2026, 11, 24, 7))
        #expect(gil.evidence.line == 3)
    }
}
