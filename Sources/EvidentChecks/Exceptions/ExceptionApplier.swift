import EvidentCore

/// Marks the findings that an active exception accepts, leaving every other finding and every
/// check status as the checks computed them.
///
/// A check whose violations are all excepted still fails: an exception accepts a gap for a time,
/// it does not show the safeguard in place. Excepted findings stay in the results so every report
/// shows them, and they leave the exit status and the remediation plan. Exceptions of
/// `risk.exceptions-current` are ignored, so an expired exception cannot be excepted away.
struct ExceptionApplier {
    /// The exceptions recorded in `attestations.yaml`, active or not.
    let exceptions: [FindingException]
    /// The day assessed; an exception applies only from its approval day to the day before it expires.
    let asOf: CalendarDay

    /// Returns the results with each finding that an active exception covers carrying that exception.
    /// When several cover a finding, the first in the file applies.
    func apply(to results: [CheckResult]) -> [CheckResult] {
        let active = exceptions.filter { $0.isActive(on: asOf) && $0.checkID != ExceptionExpiryCheck.checkID }
        guard !active.isEmpty else { return results }

        return results.map { result in
            var result = result
            for index in result.findings.indices {
                result.findings[index].exception = active.first { $0.covers(result.findings[index]) }
            }
            return result
        }
    }
}
