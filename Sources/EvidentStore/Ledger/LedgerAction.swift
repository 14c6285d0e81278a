/// The kind of event a ledger entry records, as a stable dotted name such as `run.recorded`.
///
/// The names are part of the ledger's hashed content and of the binder, so they never change once
/// released. Features add actions by creating new values; the ones below are those Evident writes or
/// expects other features to write.
public struct LedgerAction: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The dotted name.
    public let rawValue: String

    /// Creates an action from its dotted name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// An assessment run was recorded; the payload contains the hashes of its rows.
    public static let runRecorded = LedgerAction(rawValue: "run.recorded")
    /// A run recorded before the ledger existed was entered into it when the database was upgraded.
    public static let runAdopted = LedgerAction(rawValue: "run.adopted")
    /// An evidence file was added to the content-addressed evidence store.
    public static let evidenceStored = LedgerAction(rawValue: "evidence.stored")
    /// An evidence file past its retention period was removed from the evidence store.
    public static let evidencePruned = LedgerAction(rawValue: "evidence.pruned")
    /// A log review of `evident review` was recorded; the payload contains the hashes of its rows.
    public static let logReviewRecorded = LedgerAction(rawValue: "log-review.recorded")
    /// A log review recorded before the ledger existed was entered into it when the database was upgraded.
    public static let logReviewAdopted = LedgerAction(rawValue: "log-review.adopted")
    /// A binder was written for a run; the payload contains the SHA-256 of its signed manifest.
    public static let binderIssued = LedgerAction(rawValue: "binder.issued")
    /// A decision about an addressable specification or a risk was recorded.
    public static let decisionRecorded = LedgerAction(rawValue: "decision.recorded")
    /// An exception to a check was recorded or changed.
    public static let exceptionRecorded = LedgerAction(rawValue: "exception.recorded")
    /// An item of the remediation plan was added, changed or closed.
    public static let planChanged = LedgerAction(rawValue: "plan.changed")
    /// A plan item whose entries carried no row hashes was entered into the ledger with the hashes of
    /// its rows when the database was upgraded to schema version 8.
    public static let planAdopted = LedgerAction(rawValue: "plan.adopted")
    /// A risk analysis of `evident risk` was recorded; the payload contains the hashes of its rows.
    public static let riskAnalysisRecorded = LedgerAction(rawValue: "risk-analysis.recorded")
    /// A risk analysis recorded without a ledger entry was entered into it when the database was
    /// upgraded to schema version 8.
    public static let riskAnalysisAdopted = LedgerAction(rawValue: "risk-analysis.adopted")
}
