import EvidentCore
import FoundationEssentials

/// Brings an organization's remediation plan in line with a newly recorded assessment run.
///
/// One item stands for the open findings of one check about one subject. Open findings are
/// violations and missing evidence that no active exception accepts; warnings do not fail a check
/// and excepted findings are accepted risks, so neither needs work. Reconciling a run:
///
/// - creates an `open` item for each open finding without one, due on the assessment day plus the
///   days its severity allows;
/// - reopens a `verified` item whose finding is open again, with a new due day;
/// - verifies an outstanding item whose finding the run no longer has, provided the run was recorded
///   after the item's last change and the check reached a conclusion (`pass` or `fail`). A check
///   that lacked evidence or did not run cannot show the finding gone, and neither can a finding
///   that is still there but excepted;
/// - refreshes the severity, message and fix of an outstanding item whose finding changed, keeping
///   the owner, status and due day a person set.
///
/// Reconciling is pure: it returns the changes, and the caller applies them through the store.
public struct PlanReconciler: Sendable {
    /// The days allowed per severity.
    public let dueDays: PlanDueDays

    /// Creates a reconciler.
    public init(dueDays: PlanDueDays) {
        self.dueDays = dueDays
    }

    /// Returns the changes that bring `items` in line with a run, ordered by check and subject.
    ///
    /// - Parameters:
    ///   - items: The organization's stored plan items.
    ///   - assessment: The run's assessment.
    ///   - runID: The run's id in the store.
    ///   - recordedAt: When the run was recorded.
    public func changes(
        to items: [PlanItem], for assessment: Assessment, runID: Int64, recordedAt: Date
    ) -> [PlanChange] {
        let findings = assessment.results.flatMap(\.findings).filter { $0.kind != .warning }
        let open = Dictionary(grouping: findings.filter { !$0.isExcepted }) {
            PlanItemKey(checkID: $0.checkID, subject: $0.subject)
        }
        let excepted = Set(findings.filter(\.isExcepted).map { PlanItemKey(checkID: $0.checkID, subject: $0.subject) })
        let concluded = Set(assessment.results.filter { [.pass, .fail].contains($0.status) }.map(\.checkID))
        let existing = Dictionary(items.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        var changes: [PlanChange] = []
        for (key, group) in open {
            let sorted = group.sorted(by: Finding.isHigherPriority)
            if let item = existing[key] {
                if let change = update(item, with: sorted, assessment: assessment, runID: runID, at: recordedAt) {
                    changes.append(change)
                }
            } else {
                let item = newItem(key, sorted, assessment: assessment, runID: runID, at: recordedAt)
                changes.append(
                    PlanChange(item: item, reason: "run \(runID) found it", runID: runID, recordedAt: recordedAt))
            }
        }

        for item in items where item.isOutstanding && open[item.key] == nil {
            guard !excepted.contains(item.key), concluded.contains(item.checkID), item.updatedAt < recordedAt else {
                continue
            }
            var verified = item
            verified.status = .verified
            verified.verifiedRunID = runID
            verified.updatedAt = recordedAt
            changes.append(
                PlanChange(
                    item: verified, reason: "run \(runID) no longer has the finding", runID: runID,
                    recordedAt: recordedAt))
        }

        return changes.sorted { $0.item.key < $1.item.key }
    }

    // MARK: - Private

    private func newItem(
        _ key: PlanItemKey, _ findings: [Finding], assessment: Assessment, runID: Int64, at recordedAt: Date
    ) -> PlanItem {
        let severity = findings[0].severity
        return PlanItem(
            organizationID: assessment.organization.id, checkID: key.checkID, subject: key.subject,
            severity: severity, finding: Self.distinct(findings.map(\.message)),
            fixSteps: Self.distinct(findings.map(\.remediation)), proof: Self.proof(key, findings),
            due: dueDays.due(for: severity, foundOn: assessment.asOf), openedRunID: runID, updatedAt: recordedAt)
    }

    /// Returns the change for an item whose finding is open in the run, or `nil` when nothing changed.
    private func update(
        _ item: PlanItem, with findings: [Finding], assessment: Assessment, runID: Int64, at recordedAt: Date
    ) -> PlanChange? {
        var updated = item
        updated.severity = findings[0].severity
        updated.finding = Self.distinct(findings.map(\.message))
        updated.fixSteps = Self.distinct(findings.map(\.remediation))
        updated.proof = Self.proof(item.key, findings)

        let reason: String
        if item.status == .verified {
            updated.status = .open
            updated.verifiedRunID = nil
            updated.openedRunID = runID
            updated.due = dueDays.due(for: updated.severity, foundOn: assessment.asOf)
            reason = "run \(runID) found it again after it was verified"
        } else if updated != item {
            reason = "run \(runID) found it changed"
        } else {
            return nil
        }
        updated.updatedAt = recordedAt
        return PlanChange(item: updated, reason: reason, runID: runID, recordedAt: recordedAt)
    }

    /// Joins distinct sentences in their first order.
    private static func distinct(_ sentences: [String]) -> String {
        var seen: Set<String> = []
        return sentences.filter { seen.insert($0).inserted }.joined(separator: " ")
    }

    /// Describes the evidence that will show the item done: a later assessment without the finding,
    /// from fresh copies of the files the finding rests on.
    private static func proof(_ key: PlanItemKey, _ findings: [Finding]) -> String {
        let files = Set(findings.flatMap(\.evidence).map(\.path)).sorted()
        let source =
            files.isEmpty
            ? ""
            : ", read from \(files.count == 1 ? "a fresh copy" : "fresh copies") of \(files.joined(separator: ", "))"
        return "An assessment recorded after the fix in which \(key.checkID) reports nothing about \(key.subject)"
            + "\(source)."
    }
}
