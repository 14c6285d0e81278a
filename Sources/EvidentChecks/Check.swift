import EvidentCore

/// One safeguard test: a pure function from a workspace's facts to a result with findings.
///
/// Checks read only their `CheckContext`, never files or the clock, so the same inventory and
/// `asOf` always give the same result.
public protocol Check: Sendable {
    /// The stable, dotted, lowercase id users reference in exceptions and scripts, for example
    /// `auth.mfa-coverage`.
    var id: String { get }
    /// A short title for reports.
    var title: String { get }
    /// The Security Rule citations the check evidences, for example `164.312(d)`.
    var citations: [String] { get }

    /// Evaluates the check over a whole inventory.
    func evaluate(_ context: CheckContext) -> CheckResult
}
