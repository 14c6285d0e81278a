/// The status of a remediation plan item.
///
/// People move an item between `open`, `inProgress` and `done`. Only the store's reconciliation with
/// a recorded assessment sets `verified`, when a run recorded later no longer has the finding, and
/// reopens a verified item when its finding comes back.
public enum PlanItemStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The finding is known and no work has started on it.
    case open
    /// Someone is working on the fix.
    case inProgress = "in-progress"
    /// The owner reports the fix made; a later assessment has yet to show the finding gone.
    case done
    /// A later recorded assessment no longer has the finding.
    case verified

    /// The statuses a person may set with `evident plan set`; `verified` comes only from evidence.
    public static let settable: [PlanItemStatus] = [.open, .inProgress, .done]
}
