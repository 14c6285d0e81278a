import EvidentCore
import EvidentStore
import Foundation

/// Enters the exceptions and decisions of `attestations.yaml` in the ledger when a run first reads
/// them, reads them changed, or finds them removed, so an auditor can tell who approved what and when
/// even after the file was edited.
///
/// Each exception, addressable decision and risk treatment is one ledger subject. A run appends an
/// entry only when the subject's newest entry differs from what the file says now; an unchanged file
/// appends nothing.
struct AttestationLedger {
    /// The organization whose attestations these are.
    let organizationID: String
    /// The run that read the file.
    let runID: Int64

    /// Appends the entries that bring the ledger in line with `attestations`.
    ///
    /// - Returns: The number of entries appended.
    /// - Throws: `LedgerError` or `StoreError` when the ledger cannot be read or written.
    @discardableResult
    func record(_ attestations: Attestations, in store: any LedgerStore, recordedAt: Date) throws -> Int {
        let current = Self.records(of: attestations)
        var newest: [String: LedgerEntry] = [:]
        for entry in try store.ledgerEntries(actions: Self.actions, organizationID: organizationID) {
            newest[entry.subject] = entry
        }

        var appended = 0
        for record in current {
            let payload = try LedgerDraft.canonicalJSON(record.fields)
            guard newest[record.subject]?.payload != payload else { continue }
            try append(record.action, subject: record.subject, payload: payload, to: store, recordedAt: recordedAt)
            appended += 1
        }

        let removed = Self.removedPayload
        let subjects = Set(current.map(\.subject))
        for (subject, entry) in newest.sorted(by: { $0.key < $1.key })
        where !subjects.contains(subject) && entry.payload != removed {
            try append(entry.action, subject: subject, payload: removed, to: store, recordedAt: recordedAt)
            appended += 1
        }
        return appended
    }

    // MARK: - Private

    /// The actions this ledger writes.
    private static let actions: Set<LedgerAction> = [.exceptionRecorded, .decisionRecorded]

    /// The payload of a subject the file no longer has.
    private static let removedPayload = #"{"removed":"true"}"#

    /// One exception or decision as the ledger keeps it: its subject and its fields without the line
    /// it is on, so moving it in the file is no change.
    private struct Record {
        let action: LedgerAction
        let subject: String
        let fields: [String: String]
    }

    private static func records(of attestations: Attestations) -> [Record] {
        var records: [Record] = []
        for exception in attestations.exceptions {
            let subjects = exception.subjects.joined(separator: ",")
            records.append(
                Record(
                    action: .exceptionRecorded, subject: "exception \(exception.checkID) \(subjects)",
                    fields: [
                        "check": exception.checkID, "subjects": subjects, "reason": exception.reason,
                        "compensating_control": exception.compensatingControl, "approver": exception.approver,
                        "approved": exception.approved.description, "expires": exception.expires.description,
                    ]))
        }
        for decision in attestations.decisions {
            var fields = ["citation": decision.citation, "decision": decision.decision.rawValue]
            fields["rationale"] = decision.rationale
            fields["decided"] = decision.decided?.description
            fields["owner"] = decision.owner
            records.append(
                Record(action: .decisionRecorded, subject: "decision \(decision.citation)", fields: fields))
        }
        for treatment in attestations.riskTreatments {
            var fields = [
                "threat": treatment.threat, "asset": treatment.asset, "treatment": treatment.kind.rawValue,
                "owner": treatment.owner, "approver": treatment.approver,
            ]
            fields["due"] = treatment.due?.description
            fields["expires"] = treatment.expires?.description
            fields["rationale"] = treatment.rationale
            records.append(
                Record(
                    action: .decisionRecorded, subject: "risk-treatment \(treatment.threat) \(treatment.asset)",
                    fields: fields))
        }
        return records
    }

    private func append(
        _ action: LedgerAction, subject: String, payload: String, to store: any LedgerStore, recordedAt: Date
    ) throws {
        let draft = LedgerDraft(
            action: action, actor: LedgerActor.current(), organizationID: organizationID, runID: runID,
            subject: subject, payload: payload)
        _ = try store.appendLedgerEntry(draft, recordedAt: recordedAt)
    }
}
