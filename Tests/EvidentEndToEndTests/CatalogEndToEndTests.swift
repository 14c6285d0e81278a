import Foundation
import Testing

@Suite struct CatalogEndToEndTests {
    @Test func listShowsEveryRequirement() throws {
        let result = try EvidentProcess.run(["catalog"])
        let rows = result.output.split(separator: "\n").filter { $0.hasPrefix("  164.3") }

        #expect(result.status == 0)
        #expect(rows.count == 69)
        #expect(rows.filter { $0.contains("part of 164.308(b)(1)") }.count == 1)
        #expect(result.output.contains("68 requirements: 22 standards and 46 implementation specifications."))
    }

    @Test(arguments: ["164.312(a)(2)(iv)", "45 CFR 164.312(a)(2)(iv)", "§ 164.312(a)(2)(iv)"])
    func showAcceptsWrittenForms(citation: String) throws {
        let result = try EvidentProcess.run(["catalog", "show", citation])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("45 CFR 164.312(a)(2)(iv) Encryption and decryption\n"))
        #expect(result.output.contains("addressable implementation specification"))
        #expect(result.output.contains("Checks: encryption.at-rest-devices"))
        #expect(result.output.contains("SP 800-53 Rev. 5: SC-13"))
        #expect(result.output.contains("Needs a decision under decisions in attestations.yaml"))
    }

    @Test func showMapsTheLegacyContractCitation() throws {
        let result = try EvidentProcess.run(["catalog", "show", "164.308(b)(4)"])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("45 CFR 164.308(b)(3) Written contract or other arrangement\n"))
        #expect(result.output.contains("164.308(b)(4) is the number before the 2013 Omnibus Rule"))
    }

    @Test func showRejectsUnknownCitation() throws {
        let result = try EvidentProcess.run(["catalog", "show", "164.999(a)"])

        #expect(result.status == 2)
        #expect(result.error.contains("'164.999(a)' is not a citation"))
    }

    @Test func exportWritesJSONAndCSV() throws {
        let json = try EvidentProcess.run(["catalog", "export", "--format", "json"])
        let csv = try EvidentProcess.run(["catalog", "export", "--format", "csv"])

        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["resource_version"] as? Int == 2)
        #expect((document["requirements"] as? [Any])?.count == 69)
        #expect(csv.status == 0)
        let lines = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 70)
        #expect(lines.first?.hasPrefix("citation,title,designation,category,") == true)
    }

    @Test func exportRejectsTextFormat() throws {
        let result = try EvidentProcess.run(["catalog", "export", "--format", "text"])

        #expect(result.status == 2)
    }
}

@Suite struct ProposedCatalogEndToEndTests {
    @Test func listLabelsEveryItemProposed() throws {
        let result = try EvidentProcess.run(["catalog", "--profile", "hipaa-nprm-2025"])
        let rows = result.output.split(separator: "\n").filter { $0.hasPrefix("  nprm.") }

        #expect(result.status == 0)
        #expect(rows.count == 18)
        #expect(result.output.contains("(January 6, 2025): 18 proposed"))
        #expect(result.output.contains("not in force"))
    }

    @Test func showNamesTheConfirmationOfItsCitation() throws {
        let result = try EvidentProcess.run(["catalog", "show", "nprm.mfa", "--profile", "hipaa-nprm-2025"])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("nprm.mfa Multi-factor authentication [proposed, not in force]\n"))
        #expect(result.output.contains("proposed 164.312(f)(2)(ii), reported, not confirmed"))
    }

    @Test func showRejectsUnknownID() throws {
        let result = try EvidentProcess.run(["catalog", "show", "nprm.none", "--profile", "hipaa-nprm-2025"])

        #expect(result.status == 2)
        #expect(result.error.contains("'nprm.none' is not a proposed requirement of hipaa-nprm-2025"))
    }

    @Test func exportMarksEveryRowProposed() throws {
        let csv = try EvidentProcess.run(["catalog", "export", "--profile", "hipaa-nprm-2025", "--format", "csv"])
        let json = try EvidentProcess.run(["catalog", "export", "--profile", "hipaa-nprm-2025"])

        let rows = csv.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 18)
        #expect(rows.allSatisfy { $0.split(separator: ",")[1] == "proposed" })
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["status"] as? String == "proposed")
        #expect((document["requirements"] as? [Any])?.count == 18)
    }

    @Test func profileInSettingsSelectsReadiness() throws {
        let workspace = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let settings = workspace.appendingPathComponent("evident.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "profile: hipaa-security-rule", with: "profile: hipaa-nprm-2025")
            .write(to: settings, atomically: true, encoding: .utf8)

        let result = try EvidentProcess.run(["assess", workspace.path, "--format", "json", "--no-store"])

        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["profile"] as? String == "hipaa-nprm-2025")
        #expect((document["readiness"] as? [String: Any])?["proposed"] as? Bool == true)
        #expect(document["requirements"] is NSNull)
    }
}
