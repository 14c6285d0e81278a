import Foundation
import Testing

/// One finding of `evident assess --format json`, reduced to what the end-to-end tests compare.
struct AssessedFinding {
    let check: String
    let kind: String
    let subject: String
    let message: String

    /// Assesses a workspace with the real binary, without storing the run, and returns every finding.
    static func assess(_ workspace: URL) throws -> [AssessedFinding] {
        let result = try EvidentProcess.run(["assess", workspace.path, "--format", "json", "--no-store"])
        #expect(result.status == 1)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        return results.flatMap { result in
            (result["findings"] as? [[String: Any]] ?? []).map { finding in
                let subject = finding["subject"] as? [String: Any]
                return AssessedFinding(
                    check: result["check"] as? String ?? "", kind: finding["kind"] as? String ?? "",
                    subject: subject?["id"] as? String ?? "", message: finding["message"] as? String ?? "")
            }
        }
    }
}
