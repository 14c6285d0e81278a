import EvidentCore

/// The JSON form of the remediation plan.
struct PlanDocument: Encodable {
    let schemaVersion: Int
    let organization: String
    let ordering: String
    /// Per check id, what fixing it changes in the risk analysis.
    let riskRemoved: [String: String]
    let items: [PlanItemDocument]

    enum CodingKeys: String, CodingKey {
        case organization, ordering, items
        case schemaVersion = "schema_version"
        case riskRemoved = "risk_removed"
    }
}

/// The JSON form of one plan item, with its rank in the listing.
struct PlanItemDocument: Encodable {
    let rank: Int
    let id: Int64
    let status: String
    let severity: String
    let check: String
    let subject: SubjectDocument
    let owner: String?
    let due: String
    let finding: String
    let fixSteps: String
    let proof: String
    let openedRun: Int64?
    let verifiedRun: Int64?
    let updatedAt: String

    init(_ item: PlanItem, rank: Int) {
        self.rank = rank
        id = item.id
        status = item.status.rawValue
        severity = item.severity.rawValue
        check = item.checkID
        subject = SubjectDocument(kind: item.subject.kind.rawValue, id: item.subject.id)
        owner = item.owner
        due = item.due.description
        finding = item.finding
        fixSteps = item.fixSteps
        proof = item.proof
        openedRun = item.openedRunID
        verifiedRun = item.verifiedRunID
        updatedAt = ReportDate.text(item.updatedAt)
    }

    /// Writes `owner`, `opened_run` and `verified_run` as null when absent, so every item has every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rank, forKey: .rank)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(severity, forKey: .severity)
        try container.encode(check, forKey: .check)
        try container.encode(subject, forKey: .subject)
        try container.encode(owner, forKey: .owner)
        try container.encode(due, forKey: .due)
        try container.encode(finding, forKey: .finding)
        try container.encode(fixSteps, forKey: .fixSteps)
        try container.encode(proof, forKey: .proof)
        try container.encode(openedRun, forKey: .openedRun)
        try container.encode(verifiedRun, forKey: .verifiedRun)
        try container.encode(updatedAt, forKey: .updatedAt)
    }

    enum CodingKeys: String, CodingKey {
        case rank, id, status, severity, check, subject, owner, due, finding, proof
        case fixSteps = "fix_steps"
        case openedRun = "opened_run"
        case verifiedRun = "verified_run"
        case updatedAt = "updated_at"
    }
}
