import FoundationEssentials

/// The posture per safeguard category of one stored run: one point of `evident history
/// --by-category` and of the trend chart in the HTML report.
public struct PostureSnapshot: Hashable, Sendable {
    /// The run id.
    public var runID: Int64
    /// The day the run assessed.
    public var asOf: CalendarDay
    /// When the run was recorded.
    public var recordedAt: Date
    /// The roll-up per category, in category order, as the run's assessment had it.
    public var posture: [CategoryPosture]

    /// Creates a snapshot.
    public init(runID: Int64, asOf: CalendarDay, recordedAt: Date, posture: [CategoryPosture]) {
        self.runID = runID
        self.asOf = asOf
        self.recordedAt = recordedAt
        self.posture = posture
    }

    /// Returns the posture of one category, or `nil` when no check of the run cites it.
    public func posture(of category: SafeguardCategory) -> CategoryPosture? {
        posture.first { $0.category == category }
    }
}
