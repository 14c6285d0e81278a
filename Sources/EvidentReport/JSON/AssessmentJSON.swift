import EvidentCore

/// The documented JSON form of an assessment, for scripts, dashboards and later comparison.
///
/// The layout is defined by the document types here, not by the Core types' `Codable`
/// conformance, so renaming a Swift property never changes the output. `docs/output.md` lists every
/// field. Keys are sorted, dates are ISO 8601 UTC, and equal assessments give byte-identical text.
/// `schema_version` is `Assessment.schemaVersion`, raised when a field changes meaning or goes away.
public enum AssessmentJSON {
    /// Renders an assessment as JSON.
    ///
    /// - Returns: Pretty-printed JSON ending with a newline.
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func render(_ assessment: Assessment) throws -> String {
        try JSONOutput.text(AssessmentDocument(assessment))
    }
}

/// The top-level object of the assessment JSON.
struct AssessmentDocument: Encodable {
    let schemaVersion: Int
    let organization: OrganizationDocument
    let asOf: String
    let profile: String
    let summary: SummaryDocument
    let posture: [PostureDocument]
    let evidence: [EvidenceFileDocument]
    let results: [ResultDocument]
    let requirements: RequirementsDocument?
    let readiness: RequirementsDocument?

    init(_ assessment: Assessment) {
        schemaVersion = Assessment.schemaVersion
        organization = OrganizationDocument(assessment.organization)
        asOf = assessment.asOf.description
        profile = assessment.profile
        summary = SummaryDocument(AssessmentCounts(assessment))
        posture = assessment.posture.map(PostureDocument.init)
        evidence = assessment.evidence.map { EvidenceFileDocument($0) }
        results = assessment.results.map(ResultDocument.init)
        requirements = assessment.requirements.map(RequirementsDocument.init)
        readiness = assessment.readiness.map(RequirementsDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case organization, profile, summary, posture, evidence, results, requirements, readiness
        case schemaVersion = "schema_version"
        case asOf = "as_of"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(organization, forKey: .organization)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(profile, forKey: .profile)
        try container.encode(summary, forKey: .summary)
        try container.encode(posture, forKey: .posture)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(results, forKey: .results)
        // A profile not assessed is written as null, so every assessment has both keys.
        try container.encode(requirements, forKey: .requirements)
        try container.encode(readiness, forKey: .readiness)
    }
}

/// The organization assessed.
struct OrganizationDocument: Encodable {
    let id: String
    let name: String
    let kind: String

    init(_ organization: Organization) {
        id = organization.id
        name = organization.name
        kind = organization.kind.rawValue
    }
}

/// Counts of checks by status and findings by severity and kind.
struct SummaryDocument: Encodable {
    let checks: Int
    let passed: Int
    let failed: Int
    let insufficientEvidence: Int
    let notApplicable: Int
    let findings: Int
    let findingsBySeverity: [String: Int]
    let findingsByKind: [String: Int]
    let findingsExcepted: Int

    init(_ counts: AssessmentCounts) {
        checks = counts.checkTotal
        passed = counts.checks(.pass)
        failed = counts.checks(.fail)
        insufficientEvidence = counts.checks(.insufficientEvidence)
        notApplicable = counts.checks(.notApplicable)
        findings = counts.findingTotal
        findingsExcepted = counts.exceptedTotal
        // Every severity and kind is present, with 0 when none, so readers need no default.
        findingsBySeverity = Dictionary(
            uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, counts.findings($0)) })
        findingsByKind = Dictionary(
            uniqueKeysWithValues: Finding.Kind.allCases.map { ($0.rawValue, counts.findings($0)) })
    }

    enum CodingKeys: String, CodingKey {
        case checks, passed, failed, findings
        case insufficientEvidence = "insufficient_evidence"
        case notApplicable = "not_applicable"
        case findingsBySeverity = "findings_by_severity"
        case findingsByKind = "findings_by_kind"
        case findingsExcepted = "findings_excepted"
    }
}

/// One safeguard category's roll-up.
struct PostureDocument: Encodable {
    let category: String
    let title: String
    let applicable: Int
    let passed: Int
    let failed: Int
    let insufficientEvidence: Int
    let notApplicable: Int

    init(_ posture: CategoryPosture) {
        category = posture.category.rawValue
        title = posture.category.title
        applicable = posture.applicable
        passed = posture.passed
        failed = posture.failed
        insufficientEvidence = posture.insufficientEvidence
        notApplicable = posture.notApplicable
    }

    enum CodingKeys: String, CodingKey {
        case category, title, applicable, passed, failed
        case insufficientEvidence = "insufficient_evidence"
        case notApplicable = "not_applicable"
    }
}
