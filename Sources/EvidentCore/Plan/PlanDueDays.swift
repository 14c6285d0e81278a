/// How many days after the assessment day a new plan item is due, by the severity of its finding.
///
/// HIPAA sets no remediation deadlines. The defaults take the remediation windows of the FedRAMP
/// RA-5 (vulnerability monitoring and scanning) parameters, 30 days for high, 90 for moderate and 180
/// for low findings, and the 15 days the 2025 proposed Security Rule amendment gives critical patches.
/// `plan.due_days` in `evident.yaml` overrides any of them.
public struct PlanDueDays: Hashable, Sendable, Codable {
    /// Days to fix a critical finding. Default 15.
    public var critical: Int = 15
    /// Days to fix a high finding. Default 30.
    public var high: Int = 30
    /// Days to fix a medium finding. Default 90.
    public var medium: Int = 90
    /// Days to fix a low finding. Default 180.
    public var low: Int = 180

    /// Creates the defaults.
    public init() {}

    /// Returns the number of days allowed for a severity.
    public func days(for severity: Severity) -> Int {
        switch severity {
        case .critical: critical
        case .high: high
        case .medium: medium
        case .low: low
        }
    }

    /// Returns the suggested due day for a finding of a severity found on a day.
    public func due(for severity: Severity, foundOn day: CalendarDay) -> CalendarDay {
        day.adding(days: days(for: severity))
    }
}
