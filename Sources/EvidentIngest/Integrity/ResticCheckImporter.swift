import EvidentCore
import Foundation

/// Reads the output of `restic check` into one backup verification of the repository the file is
/// named after (see `CheckFileName`).
///
/// With `--json`, restic writes one `{"message_type":"summary","num_errors":0,...}` line, and fatal
/// errors as `{"message_type":"exit_error",...}`. Without it, the run ends in `no errors were found`,
/// or `Fatal: repository contains errors`. A wrapper's exit status other than 0 fails the run. Every
/// restic repository is encrypted, so the repository's encryption is recorded too.
struct ResticCheckImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var log = CheckRunLog()
        var outcome: (succeeded: Bool, words: String, line: Int)?

        TextLines.forEach(in: text) { line, number in
            log.read(line, number: number)
            if let found = Self.outcome(of: line) {
                // A failure stays a failure: a later success line cannot undo it.
                if outcome?.succeeded != false {
                    outcome = (found.succeeded, found.words, number)
                }
            }
        }
        if let (code, line) = log.exitStatus, code != 0, outcome?.succeeded != false {
            outcome = (false, "exit status \(code)", line)
        }

        guard let outcome else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no outcome of restic check found (no summary line, 'no errors were found' or 'Fatal:'); "
                    + "save the whole output of restic check")
        }
        let target = CheckFileName.subject(of: context.path)
        let reference = collector.reference(line: outcome.line)
        let time = log.time(path: context.path)
        if time == nil {
            collector.warn(
                line: nil, "the output carries no time and the file name no date, so the check cannot be dated")
        }
        collector.records = 1
        collector.include(time)
        collector.facts.backupVerifications = [
            BackupVerification(
                target: target, tool: .restic, verifiedAt: time, succeeded: outcome.succeeded, outcome: outcome.words,
                evidence: reference)
        ]
        collector.facts.backupEncryption = [
            BackupEncryptionStatus(
                target: target, isEncrypted: true, state: "restic repository (restic always encrypts)",
                evidence: reference, tool: .restic)
        ]
        return collector.finish()
    }

    /// Returns the outcome a line reports, or `nil` for a line that reports none.
    private static func outcome(of line: Substring) -> (succeeded: Bool, words: String)? {
        if line.contains("{"), let object = jsonObject(line) {
            switch LenientJSON.text(object["message_type"]) {
            case "summary":
                let errors = LenientJSON.integer(object["num_errors"]) ?? 0
                let broken = (object["broken_packs"] as? [Any])?.count ?? 0
                let failed = errors > 0 || broken > 0
                return (!failed, "num_errors \(errors), broken_packs \(broken)")
            case "exit_error":
                return (false, "exit_error: \(LenientJSON.text(object["message"]) ?? "no message")")
            default:
                return nil
            }
        }
        if line.contains("no errors were found") { return (true, "no errors were found") }
        if line.contains("Fatal:") || line.contains("repository contains errors") {
            return (false, String(line.trimmingCharacters(in: .whitespaces).prefix(120)))
        }
        return nil
    }

    private static func jsonObject(_ line: Substring) -> [String: Any]? {
        guard let start = line.firstIndex(of: "{") else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(line[start...].utf8))) as? [String: Any]
    }
}
