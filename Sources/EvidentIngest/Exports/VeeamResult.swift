import EvidentCore

/// Maps the `Result` values Veeam writes (`Success`, `Warning`, `Failed`, `None`) to backup results.
enum VeeamResult {
    /// Returns the result, or `nil` for a value Veeam does not write.
    static func backupResult(_ text: String) -> BackupResult? {
        switch text.lowercased() {
        case "success": .success
        case "warning": .warning
        case "failed": .failed
        case "none": .unknown
        default: nil
        }
    }

    /// Returns a session row's job name and result, or `nil` after recording the row as skipped when
    /// either is missing or the result is not a value Veeam writes.
    ///
    /// - Parameter missingResult: The result text to assume when the row has none.
    static func jobAndResult(
        of record: CSVRecord, missingResult: String, collector: inout ImportCollector
    ) -> (jobName: String, result: BackupResult)? {
        guard let jobName = record.value("JobName") else {
            collector.skip(line: record.line, "skipped a session without a JobName")
            return nil
        }
        let resultText = record.value("Result") ?? missingResult
        guard let result = backupResult(resultText) else {
            collector.skip(
                line: record.line,
                "skipped a session of \(jobName): Result '\(resultText)' is not Success, Warning, Failed or None")
            return nil
        }
        return (jobName, result)
    }
}
