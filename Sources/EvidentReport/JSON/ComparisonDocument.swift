import EvidentCore

/// The JSON layout of `evident diff --format json`.
struct ComparisonDocument: Encodable {
    let schemaVersion = Assessment.schemaVersion
    let before: RunReference
    let after: RunReference
    let newFindings: [FindingReference]
    let resolvedFindings: [FindingReference]
    let changedFindings: [FindingChangeDocument]
    let statusChanges: [StatusChangeDocument]
    let inventoryCompared: Bool
    let inventoryChanges: [InventoryChangeDocument]
    let expiredBAAs: [ExpiredBAADocument]
    let staleEvidence: [StaleEvidenceDocument]
    let evidenceChanges: [EvidenceChangeDocument]

    init(_ comparison: RunComparison) {
        before = RunReference(comparison.before)
        after = RunReference(comparison.after)
        newFindings = comparison.newFindings.map(FindingReference.init)
        resolvedFindings = comparison.resolvedFindings.map(FindingReference.init)
        changedFindings = comparison.changedFindings.map {
            FindingChangeDocument(before: FindingReference($0.before), after: FindingReference($0.after))
        }
        statusChanges = comparison.statusChanges.map {
            StatusChangeDocument(
                checkID: $0.checkID, title: $0.title, before: $0.before?.rawValue, after: $0.after?.rawValue)
        }
        inventoryCompared = comparison.inventoryCompared
        inventoryChanges = comparison.inventoryChanges.map {
            InventoryChangeDocument(
                change: $0.change.rawValue, kind: $0.item.kind.rawValue, key: $0.item.key, label: $0.item.label,
                state: $0.item.state, previousState: $0.previousState)
        }
        expiredBAAs = comparison.expiredBAAs.map {
            ExpiredBAADocument(vendor: $0.label, expires: $0.expires?.description)
        }
        staleEvidence = comparison.staleEvidence.map {
            StaleEvidenceDocument(
                path: $0.path, sha256: $0.sha256, reason: $0.reason.rawValue,
                newestRecord: $0.newestRecord?.description)
        }
        evidenceChanges = comparison.evidenceChanges.map {
            EvidenceChangeDocument(
                change: $0.change.rawValue, path: $0.path, sha256: $0.sha256, previousSHA256: $0.previousSHA256)
        }
    }

    enum CodingKeys: String, CodingKey {
        case before, after
        case schemaVersion = "schema_version"
        case newFindings = "new_findings"
        case resolvedFindings = "resolved_findings"
        case changedFindings = "changed_findings"
        case statusChanges = "status_changes"
        case inventoryCompared = "inventory_compared"
        case inventoryChanges = "inventory_changes"
        case expiredBAAs = "expired_baas"
        case staleEvidence = "stale_evidence"
        case evidenceChanges = "evidence_changes"
    }

    struct RunReference: Encodable {
        let id: Int64
        let organizationID: String
        let asOf: String
        let recordedAt: String

        init(_ run: RunSummary) {
            id = run.id
            organizationID = run.organizationID
            asOf = run.asOf.description
            recordedAt = ReportDate.text(run.recordedAt)
        }

        enum CodingKeys: String, CodingKey {
            case id
            case organizationID = "organization_id"
            case asOf = "as_of"
            case recordedAt = "recorded_at"
        }
    }

    struct FindingReference: Encodable {
        let checkID: String
        let kind: String
        let severity: String
        let subject: [String: String]
        let message: String

        init(_ finding: Finding) {
            checkID = finding.checkID
            kind = finding.kind.rawValue
            severity = finding.severity.rawValue
            subject = ["kind": finding.subject.kind.rawValue, "id": finding.subject.id]
            message = finding.message
        }

        enum CodingKeys: String, CodingKey {
            case kind, severity, subject, message
            case checkID = "check_id"
        }
    }

    /// One finding in both runs whose severity, kind or message changed, as it read in each run.
    struct FindingChangeDocument: Encodable {
        let before: FindingReference
        let after: FindingReference
    }

    struct StatusChangeDocument: Encodable {
        let checkID: String
        let title: String
        let before: String?
        let after: String?

        enum CodingKeys: String, CodingKey {
            case title, before, after
            case checkID = "check_id"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(checkID, forKey: .checkID)
            try container.encode(title, forKey: .title)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
        }
    }

    struct InventoryChangeDocument: Encodable {
        let change: String
        let kind: String
        let key: String
        let label: String
        let state: String
        let previousState: String?

        enum CodingKeys: String, CodingKey {
            case change, kind, key, label, state
            case previousState = "previous_state"
        }
    }

    struct ExpiredBAADocument: Encodable {
        let vendor: String
        let expires: String?
    }

    struct StaleEvidenceDocument: Encodable {
        let path: String
        let sha256: String
        let reason: String
        let newestRecord: String?

        enum CodingKeys: String, CodingKey {
            case path, sha256, reason
            case newestRecord = "newest_record"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(reason, forKey: .reason)
            try container.encode(newestRecord, forKey: .newestRecord)
        }
    }

    struct EvidenceChangeDocument: Encodable {
        let change: String
        let path: String
        let sha256: String
        let previousSHA256: String?

        enum CodingKeys: String, CodingKey {
            case change, path, sha256
            case previousSHA256 = "previous_sha256"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change, forKey: .change)
            try container.encode(path, forKey: .path)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(previousSHA256, forKey: .previousSHA256)
        }
    }
}
