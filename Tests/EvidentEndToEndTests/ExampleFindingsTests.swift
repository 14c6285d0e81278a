import Foundation
import Testing

/// Holds the assessment of the bundled example to the findings its EXPECTED.md lists, so the
/// document and the tool cannot drift apart.
@Suite struct ExampleFindingsTests {
    /// One finding reduced to what EXPECTED.md states: check, kind, severity, subject kind and id.
    private struct FindingKey: Hashable, Comparable, CustomStringConvertible {
        var check: String
        var kind: String
        var severity: String
        var subjectKind: String
        var subjectID: String

        static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
            lhs.description < rhs.description
        }

        var description: String {
            [check, kind, severity, subjectKind, subjectID].joined(separator: " | ")
        }
    }

    /// Reads the rows of the findings table in EXPECTED.md.
    private func expectedFindings() throws -> [FindingKey] {
        let text = try String(
            contentsOf: EvidentProcess.example.appendingPathComponent("EXPECTED.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Findings").dropFirst().first)
        let table = section.components(separatedBy: "\n## ").first ?? section
        return table.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 8, Int(cells[1]) != nil else { return nil }
            return FindingKey(
                check: cells[2], kind: cells[3], severity: cells[4], subjectKind: cells[5], subjectID: cells[6])
        }
    }

    /// Reads check and subject id from each row of the exceptions table in EXPECTED.md.
    private func expectedExcepted() throws -> [String] {
        let text = try String(
            contentsOf: EvidentProcess.example.appendingPathComponent("EXPECTED.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Exceptions").dropFirst().first)
        let table = section.components(separatedBy: "\n## ").first ?? section
        return table.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 7, Int(cells[1]) != nil else { return nil }
            return "\(cells[2]) \(cells[3]) until \(cells[5])"
        }
    }

    /// Runs the example and returns its findings and each check's status.
    private func actualFindings() throws -> (findings: [FindingKey], statuses: [String: String]) {
        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--format", "json", "--no-store",
        ])
        #expect(result.status == 1)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])

        var findings: [FindingKey] = []
        var statuses: [String: String] = [:]
        for check in results {
            let id = try #require(check["check"] as? String)
            statuses[id] = check["status"] as? String
            for finding in try #require(check["findings"] as? [[String: Any]]) {
                let subject = try #require(finding["subject"] as? [String: Any])
                findings.append(
                    FindingKey(
                        check: id, kind: finding["kind"] as? String ?? "",
                        severity: finding["severity"] as? String ?? "",
                        subjectKind: subject["kind"] as? String ?? "", subjectID: subject["id"] as? String ?? ""))
            }
        }
        return (findings, statuses)
    }

    @Test func exampleGivesExactlyTheExpectedFindings() throws {
        let expected = try expectedFindings()
        let actual = try actualFindings()

        #expect(expected.count == 69)
        let missing = Set(expected).subtracting(actual.findings).sorted()
        let unexpected = Set(actual.findings).subtracting(expected).sorted()
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected)")
        #expect(actual.findings.count == expected.count)
    }

    @Test func exampleExceptsExactlyTheExpectedFindings() throws {
        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--format", "json", "--no-store",
        ])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])

        var excepted: [String] = []
        var states: Set<String> = []
        for check in results {
            for finding in try #require(check["findings"] as? [[String: Any]]) {
                let state = try #require(finding["state"] as? String)
                states.insert(state)
                guard state == "excepted" else { continue }
                let subject = try #require(finding["subject"] as? [String: Any])
                let exception = try #require(finding["exception"] as? [String: Any])
                excepted.append(
                    "\(check["check"] as? String ?? "") \(subject["id"] as? String ?? "") until "
                        + "\(exception["expires"] as? String ?? "")")
            }
        }
        let summary = try #require(document["summary"] as? [String: Any])

        #expect(excepted == (try expectedExcepted()))
        #expect(states == ["open", "excepted"])
        #expect(summary["findings_excepted"] as? Int == excepted.count)
    }

    @Test func everyCheckOfTheExampleFails() throws {
        let actual = try actualFindings()

        #expect(actual.statuses.count == 27)
        for (check, status) in actual.statuses {
            #expect(status == "fail", "\(check) is \(status)")
        }
    }
}
