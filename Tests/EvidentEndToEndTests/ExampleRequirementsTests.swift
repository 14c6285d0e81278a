import Foundation
import Testing

/// Holds the requirement posture of the bundled example to the table in its EXPECTED.md, so every
/// one of the 68 requirements keeps the status the document gives it.
@Suite struct ExampleRequirementsTests {
    /// Reads citation and status from each row of the requirements table in EXPECTED.md.
    private func expectedStatuses() throws -> [(citation: String, status: String)] {
        let text = try String(
            contentsOf: EvidentProcess.example.appendingPathComponent("EXPECTED.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Requirements").dropFirst().first)
        let table = section.components(separatedBy: "\n## ").first ?? section
        return table.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7, Int(cells[1]) != nil else { return nil }
            return (cells[2], cells[4])
        }
    }

    /// Runs the example and returns its `requirements` section.
    private func requirementsSection() throws -> [String: Any] {
        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--format", "json", "--no-store",
        ])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return try #require(document["requirements"] as? [String: Any])
    }

    @Test func everyRequirementHasTheExpectedStatus() throws {
        let expected = try expectedStatuses()
        let section = try requirementsSection()
        let requirements = try #require(section["requirements"] as? [[String: Any]])

        #expect(expected.count == 68)
        #expect(requirements.count == 68)
        let actual = requirements.map { ($0["citation"] as? String ?? "", $0["status"] as? String ?? "") }
        for (row, pair) in zip(expected, actual) {
            #expect(row.citation == pair.0, "EXPECTED.md lists \(row.citation) where the JSON has \(pair.0)")
            #expect(row.status == pair.1, "\(row.citation) is \(pair.1), expected \(row.status)")
        }
        for requirement in requirements {
            #expect(!(requirement["reason"] as? String ?? "").isEmpty, "\(requirement["citation"] ?? "") has no reason")
        }
    }

    @Test func exampleScoresMatchTheDocument() throws {
        let section = try requirementsSection()
        let overall = try #require(section["overall"] as? [String: Any])
        let categories = try #require(section["categories"] as? [[String: Any]])

        #expect(overall["passed"] as? Int == 10)
        #expect(overall["failed"] as? Int == 35)
        #expect(overall["insufficient_evidence"] as? Int == 15)
        #expect(overall["not_applicable"] as? Int == 8)
        #expect(overall["score"] as? Int == 16)
        let scores = Dictionary(
            uniqueKeysWithValues: categories.map { ($0["category"] as? String ?? "", $0["score"] as? Int ?? -1) })
        #expect(
            scores == ["administrative": 13, "physical": 25, "technical": 8, "organizational": 0, "documentation": 40])
        #expect((section["score_formula"] as? String ?? "").contains("floor"))
    }
}

/// Holds the readiness of the bundled example for the 2025 proposed rule to its EXPECTED.md table.
@Suite struct ExampleReadinessTests {
    private func expectedStatuses() throws -> [(id: String, status: String)] {
        let text = try String(
            contentsOf: EvidentProcess.example.appendingPathComponent("EXPECTED.md"), encoding: .utf8)
        let section = try #require(
            text.components(separatedBy: "## Readiness for the 2025 proposed rule").dropFirst().first)
        let table = section.components(separatedBy: "\n## ").first ?? section
        return table.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, Int(cells[1]) != nil else { return nil }
            return (cells[2], cells[3])
        }
    }

    private func document(_ arguments: [String]) throws -> [String: Any] {
        let result = try EvidentProcess.run(
            ["assess", EvidentProcess.example.path, "--format", "json", "--no-store"] + arguments)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test func proposedProfileGivesTheExpectedReadiness() throws {
        let expected = try expectedStatuses()
        let document = try document(["--profile", "hipaa-nprm-2025"])
        let readiness = try #require(document["readiness"] as? [String: Any])
        let requirements = try #require(readiness["requirements"] as? [[String: Any]])

        #expect(document["profile"] as? String == "hipaa-nprm-2025")
        #expect(document["requirements"] is NSNull)
        #expect(readiness["proposed"] as? Bool == true)
        #expect(expected.count == 18)
        #expect(requirements.map { $0["citation"] as? String ?? "" } == expected.map(\.id))
        #expect(requirements.map { $0["status"] as? String ?? "" } == expected.map(\.status))
        #expect(requirements.allSatisfy { $0["proposed"] as? Bool == true })
        #expect((readiness["overall"] as? [String: Any])?["score"] as? Int == 5)
    }

    @Test func compareKeepsProposedItemsOutOfTheCurrentPosture() throws {
        let document = try document(["--compare", "hipaa-nprm-2025"])
        let current = try #require(document["requirements"] as? [String: Any])
        let requirements = try #require(current["requirements"] as? [[String: Any]])

        #expect(document["profile"] as? String == "hipaa-security-rule")
        #expect(document["readiness"] != nil)
        #expect(requirements.count == 68)
        #expect(requirements.allSatisfy { $0["proposed"] as? Bool == false })
        #expect((current["overall"] as? [String: Any])?["score"] as? Int == 16)
    }
}
