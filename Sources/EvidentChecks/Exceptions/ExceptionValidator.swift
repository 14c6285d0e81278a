import EvidentCore

/// Warns about exceptions that cannot apply: ones whose check id matches no check, ones of
/// `risk.exceptions-current`, ones approved after the day assessed, and active ones that cover no
/// finding of the assessment.
///
/// Ingest cannot judge check ids because it does not know the checks, so this runs after the
/// assessment. The command prints the warnings beside the workspace's other warnings.
public enum ExceptionValidator {
    /// Returns one `path:line: message` warning per exception that excepts nothing in this assessment.
    ///
    /// - Parameters:
    ///   - exceptions: The exceptions from `attestations.yaml`.
    ///   - assessment: The assessment they were applied to.
    ///   - checkIDs: The ids of every check that ran.
    public static func warnings(
        for exceptions: [FindingException], in assessment: Assessment, checkIDs: [String]
    ) -> [String] {
        let known = Set(checkIDs)
        let excepted = assessment.results.flatMap(\.findings).compactMap(\.exception)

        var warnings: [String] = []
        for exception in exceptions {
            if exception.checkID == ExceptionExpiryCheck.checkID {
                warnings.append(
                    "\(exception.evidence): exception check \"\(exception.checkID)\" cannot be excepted, because it "
                        + "reports expired exceptions; remove this exception and renew or close the expired one.")
            } else if !known.contains(exception.checkID) {
                let family = exception.checkID.split(separator: ".").first.map(String.init) ?? ""
                let similar = checkIDs.filter { $0.hasPrefix(family + ".") }
                let hint =
                    similar.isEmpty
                    ? "use a check id listed in docs/checks.md"
                    : "use one of \(similar.joined(separator: ", ")) or another id listed in docs/checks.md"
                warnings.append(
                    "\(exception.evidence): exception check \"\(exception.checkID)\" matches no check, so it excepts "
                        + "nothing; \(hint).")
            } else if exception.approved > assessment.asOf {
                warnings.append(
                    "\(exception.evidence): exception for \(exception.checkID) was approved on \(exception.approved), "
                        + "after the day assessed (as_of \(assessment.asOf)), so it does not apply to this "
                        + "assessment; set as_of in evident.yaml to \(exception.approved) or later, or correct the "
                        + "approved day.")
            } else if exception.isActive(on: assessment.asOf) && !excepted.contains(exception) {
                let scope = exception.subjects.isEmpty ? "" : " for \(exception.subjects.joined(separator: ", "))"
                warnings.append(
                    "\(exception.evidence): exception for \(exception.checkID)\(scope) matches no finding of this "
                        + "assessment; check the subject ids against the report, or remove the exception if the "
                        + "gap is fixed.")
            }
        }
        return warnings
    }
}
