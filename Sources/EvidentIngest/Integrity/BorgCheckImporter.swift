import EvidentCore
import Foundation

/// Reads the output of `borg check` into one backup verification of the repository the file is named
/// after (see `CheckFileName`).
///
/// borg ends its repository and archive checks with `... check complete, no problems found.`, or with
/// `problems found` when it finds damage. With `--show-rc` it also prints `terminating with success
/// status, rc 0`, and a problem found makes the rc 1 or more. With `--log-json` the same messages
/// arrive as `log_message` objects with a Unix `time`. A run without any of these lines, such as one
/// cut short, has no outcome and is rejected.
struct BorgCheckImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var log = CheckRunLog()
        var problems: (words: String, line: Int)?
        var clean: (words: String, line: Int)?

        TextLines.forEach(in: text) { rawLine, number in
            log.read(rawLine, number: number)
            var line = String(rawLine)
            if rawLine.hasPrefix("{"), let object = Self.jsonObject(rawLine) {
                line = LenientJSON.text(object["message"]) ?? ""
                if let seconds = Double(LenientJSON.text(object["time"]) ?? "") {
                    log.include(Date(timeIntervalSince1970: seconds))
                }
            }
            if line.contains("no problems found") {
                clean = clean ?? (line.trimmingCharacters(in: .whitespaces), number)
            } else if line.contains("problems found") || line.contains("error status")
                || line.contains("Data integrity error")
            {
                problems = problems ?? (String(line.trimmingCharacters(in: .whitespaces).prefix(120)), number)
            }
        }
        if let (code, line) = log.exitStatus, code != 0, problems == nil {
            problems = ("rc \(code)", line)
        }

        let outcome: (succeeded: Bool, words: String, line: Int)
        if let problems {
            outcome = (false, problems.words, problems.line)
        } else if let clean {
            outcome = (true, clean.words, clean.line)
        } else if let (code, line) = log.exitStatus {
            outcome = (true, "rc \(code)", line)
        } else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no outcome of borg check found (no 'problems found' line and no rc); run borg check with "
                    + "--info --show-rc and save the whole output")
        }

        let time = log.time(path: context.path)
        if time == nil {
            collector.warn(
                line: nil, "the output carries no time and the file name no date, so the check cannot be dated")
        }
        collector.records = 1
        collector.include(time)
        collector.facts.backupVerifications = [
            BackupVerification(
                target: CheckFileName.subject(of: context.path), tool: .borg, verifiedAt: time,
                succeeded: outcome.succeeded, outcome: outcome.words, evidence: collector.reference(line: outcome.line))
        ]
        return collector.finish()
    }

    private static func jsonObject(_ line: Substring) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
}
