import FoundationEssentials

/// One stored assessment run as `evident history` lists it: who, which day, and how it came out.
///
/// The store computes it from the rows of one run so that a history listing never decodes whole
/// assessments; reports render it without knowing where it came from.
public struct RunSummary: Hashable, Sendable {
    /// The run id the store assigned, increasing with each run recorded in one database.
    public var id: Int64
    /// The id of the organization assessed.
    public var organizationID: String
    /// The organization's name at the time of the run.
    public var organizationName: String
    /// The day assessed.
    public var asOf: CalendarDay
    /// The profile assessed against.
    public var profile: String
    /// When the run was recorded, to the millisecond.
    public var recordedAt: Date
    /// The number of checks with each status; statuses without checks are absent.
    public var checkCounts: [CheckStatus: Int]
    /// The number of findings of each severity, warnings included; severities without findings are absent.
    public var findingCounts: [Severity: Int]

    /// Creates a summary.
    public init(
        id: Int64,
        organizationID: String,
        organizationName: String,
        asOf: CalendarDay,
        profile: String,
        recordedAt: Date,
        checkCounts: [CheckStatus: Int],
        findingCounts: [Severity: Int]
    ) {
        self.id = id
        self.organizationID = organizationID
        self.organizationName = organizationName
        self.asOf = asOf
        self.profile = profile
        self.recordedAt = recordedAt
        self.checkCounts = checkCounts.filter { $0.value != 0 }
        self.findingCounts = findingCounts.filter { $0.value != 0 }
    }

    /// The number of checks with a status; 0 when none.
    public func checkCount(_ status: CheckStatus) -> Int {
        checkCounts[status, default: 0]
    }

    /// The number of findings of a severity; 0 when none.
    public func findingCount(_ severity: Severity) -> Int {
        findingCounts[severity, default: 0]
    }
}
