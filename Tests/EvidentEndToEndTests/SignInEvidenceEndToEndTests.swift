import Foundation
import Testing

/// The example assessed by the real binary with a short Entra ID sign-in log added, or with its
/// exports read in the wrong locale: neither may turn into one finding per account.
@Suite struct SignInEvidenceEndToEndTests {
    /// The header of the portal's sign-in CSV download, `InteractiveSignIns_*.csv`.
    private static let header =
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

    private static func row(_ date: String, _ user: String) -> String {
        var fields = Array(repeating: "", count: 57)
        fields[0] = date
        fields[1] = "7d1c0e8a-0000-4000-8000-000000000001"
        fields[5] = "Synthetic User"
        fields[6] = user
        fields[16] = "Office 365 Exchange Online"
        fields[27] = "Success"
        fields[28] = "0"
        fields[37] = "MFA successfully completed"
        fields[40] = "Multifactor authentication"
        return fields.joined(separator: ",")
    }

    @Test func shortSignInLogAddsNoFindings() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let baseline = try AssessedFinding.assess(workspace)
        let rows = [
            Self.header,
            Self.row("2026-11-27T08:00:00Z", "maria.chen@riverside-fp.example"),
            Self.row("2026-11-28T09:30:00Z", "gregory.tanaka@riverside-fp.example"),
            Self.row("2026-11-29T10:00:00Z", "maria.chen@riverside-fp.example"),
        ]
        try Data((rows.joined(separator: "\r\n") + "\r\n").utf8)
            .write(to: workspace.appendingPathComponent("evidence/InteractiveSignIns_2026-11-27_2026-11-30.csv"))

        let all = try AssessedFinding.assess(workspace)

        let inactive = all.filter { $0.check == "access.inactive-account" }
        #expect(
            inactive.map(\.subject).sorted()
                == baseline.filter { $0.check == "access.inactive-account" }.map(\.subject).sorted())
        #expect(!inactive.contains { $0.message.contains("has no last sign-in time in its export") })
        let entra = try #require(inactive.first { $0.subject == "Entra ID" })
        #expect(entra.message.contains("29 accounts cannot be judged"))
    }

    @Test func unusableSignInDatesGiveOneFindingPerFile() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        // A logon a year after the assessment day cannot be used, as a clock set wrong would write it.
        let export = workspace.appendingPathComponent("evidence/ad-users.csv")
        let text = try String(contentsOf: export, encoding: .utf16)
        try text.replacingOccurrences(of: "\"6/12/2026 4:47:03 PM\"", with: "\"6/12/2027 4:47:03 PM\"")
            .write(to: export, atomically: true, encoding: .utf16)

        let all = try AssessedFinding.assess(workspace)

        let inactive = all.filter { $0.check == "access.inactive-account" }
        #expect(!inactive.contains { $0.message.contains("has no last sign-in time in its export") })
        let directory = inactive.filter { $0.subject == "evidence/ad-users.csv" }
        #expect(directory.count == 1)
        #expect(directory.first?.kind == "missing-evidence")
        #expect(directory.first?.message.contains("For lbrandt") == true)
        #expect(directory.first?.message.contains("after the assessment day") == true)
        // lbrandt joins the file's finding; the EHR access list writes ISO dates and keeps its violation.
        #expect(
            inactive.map(\.subject).sorted() == [
                "Entra ID", "evidence/ad-users.csv", "lbrandt", "rcastillo@riverside-fp.example",
            ])
    }
}
