import Foundation
import Testing

@Suite struct RiskEndToEndTests {
    /// NIST SP 800-30 Rev. 1 Table I-2: rows are likelihood and columns impact, Very Low first.
    static let tableI2 = [
        ["very-low", "very-low", "very-low", "low", "low"],
        ["very-low", "low", "low", "low", "moderate"],
        ["very-low", "low", "moderate", "moderate", "high"],
        ["very-low", "low", "moderate", "high", "very-high"],
        ["very-low", "low", "moderate", "high", "very-high"],
    ]
    static let scale = ["very-low", "low", "moderate", "high", "very-high"]

    /// Runs `evident risk --format json` and decodes the document.
    private func riskJSON(_ arguments: [String]) throws -> (document: [String: Any], error: String) {
        let result = try EvidentProcess.run(["risk"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "stderr: \(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return (document, result.error)
    }

    private func risks(_ document: [String: Any]) throws -> [[String: Any]] {
        try #require(document["risks"] as? [[String: Any]])
    }

    private func residualLevel(_ document: [String: Any], _ id: String) throws -> String? {
        try risks(document).first { $0["id"] as? String == id }?["residual_level"] as? String
    }

    @Test func exampleAnalysisIsComplete() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }

        let (document, error) = try riskJSON([folder.path])

        #expect(document["schema_version"] as? Int == 1)
        #expect(document["complete"] as? Bool == true)
        #expect((document["missing_elements"] as? [String]) == [])
        let elements = try #require(document["elements"] as? [[String: Any]])
        #expect(elements.count == 9)
        #expect(elements.allSatisfy { $0["present"] as? Bool == true })
        #expect(error.contains("recorded risk analysis 1 (complete)"))
    }

    @Test func levelsFollowTableI2() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }

        let risks = try risks(riskJSON([folder.path, "--no-store"]).document)

        #expect(risks.count > 50)
        for risk in risks {
            let impact = try #require(Self.scale.firstIndex(of: risk["impact"] as? String ?? ""))
            let residual = try #require(Self.scale.firstIndex(of: risk["residual_likelihood"] as? String ?? ""))
            let inherent = try #require(Self.scale.firstIndex(of: risk["inherent_likelihood"] as? String ?? ""))
            #expect(risk["residual_level"] as? String == Self.tableI2[residual][impact], "\(risk["id"] ?? "")")
            #expect(risk["inherent_level"] as? String == Self.tableI2[inherent][impact], "\(risk["id"] ?? "")")
        }
    }

    @Test func fixedRestoreTestLowersResidualRisk() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = "backup-failure@system:file-server"
        let before = try residualLevel(riskJSON([folder.path, "--no-store"]).document, id)

        let attestations = folder.appendingPathComponent("attestations.yaml")
        let text = try String(contentsOf: attestations, encoding: .utf8)
        let fixed = text.replacing(
            "performed: 2026-10-21\n    result: failed", with: "performed: 2026-11-20\n    result: success")
        #expect(fixed != text)
        try Data(fixed.utf8).write(to: attestations)
        let after = try residualLevel(riskJSON([folder.path, "--no-store"]).document, id)

        #expect(before == "very-high")
        #expect(after == "moderate")
    }

    @Test(arguments: HistoryDatabase.Backend.all)
    func storedAnalysisSatisfiesRiskCheck(_ backend: HistoryDatabase.Backend) throws {
        let folder = try EvidentProcess.copyOfExample()
        let database = try HistoryDatabase(backend)
        defer {
            try? FileManager.default.removeItem(at: folder)
            database.remove()
        }
        let assess = ["assess", folder.path, "--database", database.location, "--format", "json", "--fail-on", "none"]
        let before = try riskCheckStatus(EvidentProcess.run(assess).output)

        let risk = try EvidentProcess.run(["risk", folder.path, "--database", database.location])
        let after = try riskCheckStatus(EvidentProcess.run(assess).output)

        #expect(risk.status == 0)
        #expect(before == "fail")
        #expect(after == "pass")
        #expect(try database.query("SELECT complete FROM risk_analyses") == "1")
    }

    @Test func pastAsOfDayIsWarned() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }

        let risk = try EvidentProcess.run(["risk", folder.path, "--as-of", "2026-01-15"])

        #expect(risk.status == 0)
        #expect(risk.error.contains("is dated 2026-01-15, the as-of day,"))
        #expect(risk.error.contains("days before it was recorded"))
    }

    @Test func csvHasOneRowPerRisk() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = try risks(riskJSON([folder.path, "--no-store"]).document).count

        let result = try EvidentProcess.run(["risk", folder.path, "--no-store", "--format", "csv"])

        let lines = result.output.split(separator: "\r\n")
        #expect(lines.count == count + 1)
        #expect(lines.first?.hasPrefix("residual_level,residual_likelihood,impact") == true)
    }

    @Test func textShowsElementsAndReasons() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try EvidentProcess.run(["risk", folder.path, "--no-store"])

        #expect(result.status == 0)
        #expect(result.output.contains("Complete: all nine elements HHS expects are recorded."))
        #expect(result.output.contains("[x] Periodic review"))
        #expect(result.output.contains("raised: backup.restore-test fails: 1 finding (system file-server), +2"))
    }

    @Test func treatmentsAreShownAndExpiryWarned() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let treatments = """

            risk_treatments:
              - threat: ransomware
                asset: system:ehr
                treatment: mitigate
                owner: Carol Jensen
                approver: Dr. Alan Reed
                due: 2027-02-28
              - threat: eavesdropping
                asset: vendor:ClearFax
                treatment: accept
                owner: Carol Jensen
                approver: Dr. Alan Reed
                expires: 2026-11-01
              - threat: ransomware
                asset: system:ehr-typo
                treatment: transfer
                owner: Carol Jensen
                approver: Dr. Alan Reed
                due: 2027-02-28
            """
        let attestations = folder.appendingPathComponent("attestations.yaml")
        try Data((try String(contentsOf: attestations, encoding: .utf8) + treatments).utf8).write(to: attestations)

        let (document, error) = try riskJSON([folder.path, "--no-store"])

        let ehr = try #require(try risks(document).first { $0["id"] as? String == "ransomware@system:ehr" })
        let treatment = try #require(ehr["treatment"] as? [String: Any])
        #expect(treatment["treatment"] as? String == "mitigate")
        #expect((document["expired_acceptances"] as? [Any])?.count == 1)
        #expect((document["unmatched_treatments"] as? [Any])?.count == 1)
        #expect(error.contains("the acceptance of eavesdropping on vendor:ClearFax expired on 2026-11-01"))
        #expect(error.contains("the treatment of ransomware on system:ehr-typo matches no risk"))
    }

    @Test func acceptanceWithoutExpiryIsRejected() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let treatments = """

            risk_treatments:
              - threat: ransomware
                asset: system:ehr
                treatment: accept
                owner: Carol Jensen
                approver: Dr. Alan Reed
            """
        let attestations = folder.appendingPathComponent("attestations.yaml")
        try Data((try String(contentsOf: attestations, encoding: .utf8) + treatments).utf8).write(to: attestations)

        let result = try EvidentProcess.run(["risk", folder.path, "--no-store"])

        #expect(result.status == 2)
        #expect(result.error.contains("expires"))
    }

    @Test func reportHasHeatMap() throws {
        let folder = try EvidentProcess.copyOfExample()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")

        _ = try EvidentProcess.run(["assess", folder.path, "--no-store", "--output", output.path])
        let html = try String(contentsOf: output.appendingPathComponent("report.html"), encoding: .utf8)

        #expect(html.contains("<svg class=\"heatmap\""))
        #expect(html.contains("<h2>Risk analysis</h2>"))
    }

    private func riskCheckStatus(_ output: String) throws -> String? {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        return results.first { $0["check"] as? String == "risk.analysis-current" }?["status"] as? String
    }
}
