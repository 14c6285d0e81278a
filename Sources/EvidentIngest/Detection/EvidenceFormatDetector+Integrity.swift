import EvidentCore

extension EvidenceFormatDetector {
    /// Recognizes the text output of integrity tools: AIDE reports, `restic check`, `borg check` and
    /// Linux audit rules. Wrappers may prefix lines with timestamps, so the words are searched
    /// anywhere. Audit rules are the exception: their first rule line starts with its flag.
    static func detectIntegrityText(_ head: Substring) -> EvidenceFormat? {
        if head.contains("AIDE found") || head.contains("All files match AIDE database")
            || (head.contains("Start timestamp:") && head.contains("AIDE"))
        {
            return .aideCheck
        }
        if head.contains("no errors were found") || head.contains("check snapshots, trees and blobs")
            || head.contains("repository contains errors")
        {
            return .resticCheck
        }
        if head.contains("Starting repository check") || head.contains("Repository check complete")
            || head.contains("archive consistency check")
        {
            return .borgCheck
        }
        return isAuditRules(head) ? .auditdRules : nil
    }

    /// Recognizes JSON-lines output of integrity tools: Wazuh alerts, `restic check --json` and
    /// `borg check --log-json`.
    static func detectIntegrityJSON(_ head: Substring) -> EvidenceFormat? {
        if head.contains("\"rule\"") && head.contains("\"agent\"")
            && (head.contains("\"decoder\"") || head.contains("\"location\""))
        {
            return .wazuhAlerts
        }
        if head.contains("\"message_type\"") && (head.contains("\"num_errors\"") || head.contains("\"exit_error\"")) {
            return .resticCheck
        }
        if head.contains("\"log_message\"")
            && (head.contains("check complete") || head.contains("Starting repository check"))
        {
            return .borgCheck
        }
        return nil
    }

    /// Returns whether the first line that is not blank or a comment is an audit rule or control line.
    private static func isAuditRules(_ head: Substring) -> Bool {
        for line in head.split(whereSeparator: \.isNewline) {
            let text = line.drop { $0 == " " || $0 == "\t" }
            if text.isEmpty || text.hasPrefix("#") { continue }
            return text == "No rules"
                || ["-w ", "-a ", "-A ", "-D", "-b ", "-e ", "-f "].contains { text.hasPrefix($0) }
        }
        return false
    }
}
