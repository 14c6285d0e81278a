import EvidentCore
import Foundation

/// Reads Wazuh `alerts.json` (one alert object per line) into file-integrity activity per agent.
///
/// Only alerts whose `rule.groups` include `syscheck` are used and counted as records. Other alerts
/// are skipped without a warning. Each syscheck alert is one changed, added or deleted file (`syscheck.event`, `syscheck.path`)
/// on `agent.name`, at `timestamp` (`2026-11-29T03:00:01.123+0000`). A syscheck alert without
/// `syscheck.event` (a scan notice) shows the agent is monitored without flagging a file. UTF-8 files,
/// which Wazuh writes, are read in place line by line; a re-encoded file is decoded first.
///
/// NOTE: Wazuh raises alerts only for changes, so an agent whose files never changed has no alert in
/// the export. Its coverage then shows only through scan notices or another monitor.
struct WazuhAlertImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        var reader = AlertReader(collector: ImportCollector(context: context))
        if let offset = UTF8Input.bodyOffset(of: bytes) {
            ByteLines.forEach(in: bytes, from: offset) { line, number in
                reader.read(Data(line), number: number)
            }
        } else {
            TextLines.forEach(in: TextDecoder.decode(bytes).text) { line, number in
                reader.read(Data(line.utf8), number: number)
            }
        }

        guard reader.validLines > 0 else {
            throw .malformed(
                path: context.path, line: 1, column: nil,
                reason: "no line is a Wazuh alert object; copy /var/ossec/logs/alerts/alerts.json as written")
        }
        reader.collector.facts.fileIntegrity = reader.folder.activity
        return reader.collector.finish()
    }

    /// The counts and activity gathered while one file is read.
    private struct AlertReader {
        var collector: ImportCollector
        var folder = FileIntegrityFolder()
        var validLines = 0

        mutating func read(_ line: Data, number: Int) {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
            guard let alert = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] else {
                collector.warn(line: number, "not a JSON object (a line cut short?); skipped")
                return
            }
            validLines += 1
            let rule = alert["rule"] as? [String: Any]
            let groups = (rule?["groups"] as? [Any])?.compactMap(LenientJSON.text) ?? []
            guard groups.contains("syscheck") else { return }

            collector.records += 1
            let agent = alert["agent"] as? [String: Any]
            guard let host = LenientJSON.text(agent?["name"]), !host.isEmpty else {
                collector.skip(line: number, "skipped a syscheck alert without agent.name")
                return
            }
            let timeText = LenientJSON.text(alert["timestamp"]) ?? ""
            guard let instant = ZonedTimestamp.parse(timeText) else {
                collector.skip(
                    line: number, "skipped a syscheck alert of \(host): timestamp '\(timeText)' could not be read")
                return
            }

            let syscheck = alert["syscheck"] as? [String: Any]
            let event = LenientJSON.text(syscheck?["event"])
            let path = LenientJSON.text(syscheck?["path"]) ?? LenientJSON.text(syscheck?["value_name"]) ?? "?"
            collector.include(instant)
            folder.add(
                host: host, tool: .wazuh, at: instant, changes: event == nil ? 0 : 1,
                example: event.map { "\($0) \(path)" }, evidence: collector.reference(line: number))
        }
    }
}
