import FoundationEssentials

/// One piece of remediation work: the open findings of one check about one subject, with the fix,
/// the person who owns it, the day it is due and the evidence that will show it done.
///
/// The check id and subject are the item's identity, so the same gap keeps its item, status and
/// owner across assessment runs. The store assigns `id`, which people type in `evident plan set`.
public struct PlanItem: Hashable, Sendable {
    /// The store's id; 0 for an item not stored yet.
    public var id: Int64
    /// The organization whose plan it belongs to.
    public var organizationID: String
    /// The id of the check whose findings the item fixes.
    public var checkID: String
    /// The subject of those findings.
    public var subject: Subject
    /// The state of the work.
    public var status: PlanItemStatus
    /// The highest severity of the findings when last seen.
    public var severity: Severity
    /// The findings' messages when last seen, one sentence each.
    public var finding: String
    /// The fix, from the findings' remediation.
    public var fixSteps: String
    /// The evidence a later assessment must show for the item to be verified.
    public var proof: String
    /// The person responsible; `nil` until someone is assigned.
    public var owner: String?
    /// The day the fix is due: suggested from the severity, or set by a person.
    public var due: CalendarDay
    /// The run in which the findings were first seen, or seen again after verification.
    public var openedRunID: Int64?
    /// The run that showed the findings gone; set only while the item is verified.
    public var verifiedRunID: Int64?
    /// When the item last changed.
    public var updatedAt: Date

    /// Creates an item.
    public init(
        id: Int64 = 0,
        organizationID: String,
        checkID: String,
        subject: Subject,
        status: PlanItemStatus = .open,
        severity: Severity,
        finding: String,
        fixSteps: String,
        proof: String,
        owner: String? = nil,
        due: CalendarDay,
        openedRunID: Int64? = nil,
        verifiedRunID: Int64? = nil,
        updatedAt: Date
    ) {
        self.id = id
        self.organizationID = organizationID
        self.checkID = checkID
        self.subject = subject
        self.status = status
        self.severity = severity
        self.finding = finding
        self.fixSteps = fixSteps
        self.proof = proof
        self.owner = owner
        self.due = due
        self.openedRunID = openedRunID
        self.verifiedRunID = verifiedRunID
        self.updatedAt = updatedAt
    }

    /// The identity the item keeps across runs: its check and subject.
    public var key: PlanItemKey {
        PlanItemKey(checkID: checkID, subject: subject)
    }

    /// Whether the item still needs work: every status but `verified`.
    public var isOutstanding: Bool {
        status != .verified
    }
}

/// The identity of a plan item within one organization: a check id and a subject.
public struct PlanItemKey: Hashable, Sendable, Comparable {
    /// The check id.
    public var checkID: String
    /// The subject.
    public var subject: Subject

    /// Creates a key.
    public init(checkID: String, subject: Subject) {
        self.checkID = checkID
        self.subject = subject
    }

    public static func < (lhs: PlanItemKey, rhs: PlanItemKey) -> Bool {
        (lhs.checkID, lhs.subject) < (rhs.checkID, rhs.subject)
    }
}
