import EvidentCore

extension AttestationsReader {
    /// The keys an item of `exceptions` may have.
    static let exceptionKeys = [
        "check", "subjects", "reason", "compensating_control", "approver", "approved", "expires",
    ]

    /// Reads one item of `exceptions`. Every key but `subjects` is required, and `expires` must fall
    /// after `approved`.
    ///
    /// The check id is not compared with the shipped checks here, because ingest does not know them;
    /// `ExceptionValidator` in EvidentChecks warns about ids that match no check.
    ///
    /// - Throws: `YAMLError.missingKey` for a missing key, `YAMLError.invalidValue` for a blank value
    ///   or an expiry on or before the approval day.
    static func readException(_ item: YAMLMapping) throws(YAMLError) -> FindingException {
        let approved = try item.requiredDate("approved")
        let expires = try item.requiredDate("expires")
        guard approved < expires else {
            throw .invalidValue(
                path: path, line: item.line(of: "expires"), key: item.qualified("expires"), found: "\(expires)",
                expected: "a day after approved (\(approved)); an exception must expire after it is approved")
        }

        return FindingException(
            checkID: try item.requiredString("check"),
            subjects: try item.strings("subjects"),
            reason: try item.requiredString("reason"),
            compensatingControl: try item.requiredString("compensating_control"),
            approver: try item.requiredString("approver"),
            approved: approved,
            expires: expires,
            evidence: EvidenceReference(path: path, line: item.line))
    }
}
