import EvidentCore
import Foundation

/// Reads testssl.sh results into TLS endpoints: `--jsonfile` (a flat array of findings),
/// `--jsonfile-pretty` (`scanResult` with one object per target and findings grouped in sections) and
/// `--csvfile` (`"id","fqdn/ip","port","severity","finding","cve","cwe"`).
///
/// testssl.sh writes its JSON by hand and has written invalid files in several releases, mostly cut
/// short by an interrupted scan; a flat array that does not parse is read up to its last complete
/// finding, with a warning.
struct TestsslImporter {
    let context: ImportContext

    /// One testssl.sh finding.
    struct Row {
        var id: String
        var target: String
        var port: String
        var severity: String
        var finding: String
        var line: Int?
    }

    func readJSON(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let rows: [Row]
        if let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
            rows = Self.rows(fromJSON: root, lines: JSONRecordLocator.recordLines(in: text))
        } else if let repaired = Self.truncatedArray(text),
            let root = try? JSONSerialization.jsonObject(with: Data(repaired.utf8))
        {
            rows = Self.rows(fromJSON: root, lines: JSONRecordLocator.recordLines(in: repaired))
            collector.warn(
                line: rows.last?.line,
                "the file is not valid JSON after this finding (an interrupted scan?); the findings before it are used")
            collector.partialReason = "the JSON breaks off after line \(rows.last?.line ?? 1)"
        } else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "not valid testssl.sh JSON; run the scan again with --jsonfile")
        }
        return finish(rows, collector: &collector)
    }

    func readCSV(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["id"], ["fqdn/ip"], ["port"], ["severity"], ["finding"]])
        var collector = ImportCollector(context: context)
        let rows = table.records.map { record in
            Row(
                id: record.value("id") ?? "", target: record.value("fqdn/ip") ?? "", port: record.value("port") ?? "",
                severity: record.value("severity") ?? "", finding: record.value("finding") ?? "", line: record.line)
        }
        return finish(rows, collector: &collector)
    }

    // MARK: - Private

    private func finish(_ rows: [Row], collector: inout ImportCollector) -> ImportedExport {
        var builder = TestsslEndpointBuilder(context: context)
        for row in rows {
            collector.records += 1
            builder.add(row, collector: &collector)
        }
        // NOTE: testssl.sh rows carry no scan time, so the file has no date range and its freshness is not
        // judged; certificate expiry dates are not scan dates and are left out of the range.
        collector.facts.tlsEndpoints = builder.endpoints
        return collector.finish()
    }

    /// Returns the findings of a flat array or of a pretty file's `scanResult`.
    private static func rows(fromJSON root: Any, lines: [Int]) -> [Row] {
        if let findings = root as? [[String: Any]] {
            return findings.enumerated().map { index, finding in
                row(finding, target: nil, port: nil, line: index < lines.count ? lines[index] : nil)
            }
        }
        guard let targets = (root as? [String: Any])?["scanResult"] as? [[String: Any]] else { return [] }
        var rows: [Row] = []
        for target in targets {
            let host = LenientJSON.text(target["targetHost"]) ?? ""
            let address = LenientJSON.text(target["ip"]) ?? ""
            for (_, section) in target.sorted(by: { $0.key < $1.key }) {
                for finding in section as? [[String: Any]] ?? [] {
                    rows.append(
                        row(finding, target: "\(host)/\(address)", port: LenientJSON.text(target["port"]), line: nil))
                }
            }
        }
        return rows
    }

    private static func row(_ finding: [String: Any], target: String?, port: String?, line: Int?) -> Row {
        Row(
            id: LenientJSON.text(finding["id"]) ?? "",
            target: target ?? LenientJSON.text(finding["ip"]) ?? "",
            port: port ?? LenientJSON.text(finding["port"]) ?? "",
            severity: LenientJSON.text(finding["severity"]) ?? "",
            finding: LenientJSON.text(finding["finding"]) ?? "", line: line)
    }

    /// Closes a flat array cut short after its last complete object; `nil` when there is none.
    private static func truncatedArray(_ text: String) -> String? {
        guard text.first(where: { !$0.isWhitespace }) == "[", let end = text.range(of: "}", options: .backwards)
        else { return nil }
        return String(text[..<end.upperBound]) + "]"
    }
}
