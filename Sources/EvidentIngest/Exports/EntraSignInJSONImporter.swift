import EvidentCore
import Foundation

/// Reads an Entra ID sign-in log in either JSON shape into one sign-in summary per user.
///
/// Graph (`auditLogs/signIns`) and the portal's JSON download give records with `createdDateTime`,
/// `userPrincipalName`, `status.errorCode` and `authenticationRequirement`, as `{"value": [...]}` or a
/// bare array. Azure Monitor diagnostic settings wrap the same fields in `properties` under an envelope
/// with `time`, `category` and `resultType`, as `{"records": [...]}`, a bare array or one JSON object
/// per line. Values are read whatever their JSON type, because exporters write error codes as numbers
/// or strings and Windows PowerShell 5.1 writes dates as `"\/Date(ms)\/"`.
struct EntraSignInJSONImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let (records, lines) = try Self.records(in: text, path: context.path)
        var collector = ImportCollector(context: context)
        var aggregator = SignInAggregator()

        for (index, record) in records.enumerated() {
            collector.records += 1
            let line = index < lines.count ? lines[index] : nil
            let properties = record["properties"] as? [String: Any] ?? record
            guard let user = LenientJSON.text(properties["userPrincipalName"]), !user.isEmpty else {
                collector.skip(line: line, "skipped a sign-in without a userPrincipalName")
                continue
            }
            let dateText = LenientJSON.text(properties["createdDateTime"]) ?? LenientJSON.text(record["time"]) ?? ""
            guard let date = context.timestamps.parse(dateText).date else {
                collector.skip(line: line, "skipped a sign-in of \(user): date '\(dateText)' could not be read")
                continue
            }

            collector.include(date)
            aggregator.add(
                userPrincipalName: user, at: date, succeeded: Self.succeeded(record, properties),
                authentication: SignInAggregator.authentication(
                    requirement: LenientJSON.text(properties["authenticationRequirement"]),
                    mfaResult: LenientJSON.text((properties["mfaDetail"] as? [String: Any])?["authDetail"])),
                evidence: collector.reference(line: line))
        }
        collector.facts.signInSummaries = aggregator.sortedSummaries
        return collector.finish()
    }

    // MARK: - Private

    /// A sign-in succeeded when its error code is 0: `status.errorCode` in Graph and in `properties`,
    /// or the envelope's `resultType`.
    private static func succeeded(_ record: [String: Any], _ properties: [String: Any]) -> Bool {
        let status = properties["status"] as? [String: Any]
        let code = LenientJSON.text(status?["errorCode"]) ?? LenientJSON.text(record["resultType"])
        return code == "0"
    }

    /// Returns the sign-in records and the line each starts on.
    static func records(in text: String, path: String) throws(EvidenceError) -> ([[String: Any]], [Int]) {
        do {
            let root = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            if let array = root as? [[String: Any]] {
                return (array, JSONRecordLocator.recordLines(in: text))
            }
            if let object = root as? [String: Any] {
                if let array = (object["value"] ?? object["records"]) as? [[String: Any]] {
                    return (array, JSONRecordLocator.recordLines(in: text))
                }
                return ([object], [1])
            }
        } catch {
            if let lines = jsonLines(text) { return lines }
            throw JSONSyntaxError.evidenceError(in: text, path: path, parserError: error)
        }
        throw .malformed(path: path, line: 1, column: nil, reason: "the JSON holds no sign-in records")
    }

    /// Reads one JSON object per line, as Event Hubs and storage accounts write diagnostic records;
    /// `nil` when any non-blank line is not an object.
    private static func jsonLines(_ text: String) -> ([[String: Any]], [Int])? {
        var records: [[String: Any]] = []
        var lines: [Int] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return nil
            }
            records.append(object)
            lines.append(index + 1)
        }
        return records.isEmpty ? nil : (records, lines)
    }
}
