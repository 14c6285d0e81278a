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

        #expect(overall["passed"] as? Int == 11)
        #expect(overall["failed"] as? Int == 31)
        #expect(overall["insufficient_evidence"] as? Int == 18)
        #expect(overall["not_applicable"] as? Int == 8)
        #expect(overall["score"] as? Int == 18)
        let scores = Dictionary(
            uniqueKeysWithValues: categories.map { ($0["category"] as? String ?? "", $0["score"] as? Int ?? -1) })
        #expect(
            scores == ["administrative": 17, "physical": 25, "technical": 8, "organizational": 0, "documentation": 40])
        #expect((section["score_formula"] as? String ?? "").contains("floor"))
    }
}
