import EvidentCore

/// Exceptions kept current (164.308(a)(1)(ii)(B), risk management): every exception recorded in
/// `attestations.yaml` is still within its approved period.
///
/// Fails with one finding per exception whose expiry day is on or before `as_of`, because an expired
/// exception no longer excepts anything and the risk it accepted has to be reviewed again: fixed,
/// or accepted anew by a fresh approval. Not applicable when no exception is recorded.
struct ExceptionExpiryCheck: Check {
    /// The check's id, which no exception may name, because an exception of it could hide expired ones.
    static let checkID = "risk.exceptions-current"

    let id = ExceptionExpiryCheck.checkID
    let title = "Exceptions within their approved period"
    let citations = ["164.308(a)(1)(ii)(B)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let exceptions = context.inventory.attestations.exceptions
        let asOf = context.settings.asOf

        for exception in exceptions where exception.expires <= asOf {
            let days = exception.expires.days(to: asOf)
            let since = days == 0 ? "the day assessed" : "\(Phrase.count(days, "day")) before the day assessed, \(asOf)"
            collector.violation(
                .medium, Subject(kind: .exception, id: exception.name),
                "The exception for \(exception.checkID) approved by \(exception.approver) on \(exception.approved) "
                    + "expired on \(exception.expires), \(since), so its findings are reported as open again.",
                fix: "Fix the findings of \(exception.checkID) it covered, or have the risk reviewed and record a new "
                    + "approval with a later expires day under exceptions in attestations.yaml.",
                evidence: [exception.evidence], gaps: .maintained)
        }

        return collector.result(
            evaluated: exceptions.count, "exceptions", singular: "exception",
            notApplicable: "No exception is recorded in attestations.yaml.")
    }
}
