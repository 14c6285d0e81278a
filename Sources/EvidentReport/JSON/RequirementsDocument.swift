import EvidentCore

/// The JSON form of the posture of every requirement of a profile, with the scores and their formula.
struct RequirementsDocument: Encodable {
    let profile: String
    let proposed: Bool
    let scoreFormula: String
    let overall: ScoreDocument
    let categories: [ScoreDocument]
    let requirements: [RequirementDocument]

    init(_ posture: RequirementsPosture) {
        profile = posture.profile
        proposed = posture.proposed
        scoreFormula = RequirementScore.formula
        overall = ScoreDocument(posture.overall)
        categories = posture.categories.map(ScoreDocument.init)
        requirements = posture.requirements.map(RequirementDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case profile, proposed, overall, categories, requirements
        case scoreFormula = "score_formula"
    }
}

/// Requirements counted by status, for a category or overall, with the score.
struct ScoreDocument: Encodable {
    let category: String?
    let title: String?
    let score: Int?
    let applicable: Int
    let passed: Int
    let failed: Int
    let insufficientEvidence: Int
    let notApplicable: Int

    init(_ score: RequirementScore) {
        category = score.category?.rawValue
        title = score.category?.title
        self.score = score.score
        applicable = score.applicable
        passed = score.passed
        failed = score.failed
        insufficientEvidence = score.insufficientEvidence
        notApplicable = score.notApplicable
    }

    enum CodingKeys: String, CodingKey {
        case category, title, score, applicable, passed, failed
        case insufficientEvidence = "insufficient_evidence"
        case notApplicable = "not_applicable"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // The overall score's category and title are null, and so is a score when nothing applies.
        try container.encode(category, forKey: .category)
        try container.encode(title, forKey: .title)
        try container.encode(score, forKey: .score)
        try container.encode(applicable, forKey: .applicable)
        try container.encode(passed, forKey: .passed)
        try container.encode(failed, forKey: .failed)
        try container.encode(insufficientEvidence, forKey: .insufficientEvidence)
        try container.encode(notApplicable, forKey: .notApplicable)
    }
}

/// The JSON form of one requirement's posture.
struct RequirementDocument: Encodable {
    let citation: String
    let title: String
    let designation: String
    let category: String
    let status: String
    let reason: String
    let lifecycle: LifecycleDocument
    let missing: [String]
    let checks: [String]
    let decision: String?
    let rationale: String?
    let proposed: Bool
    let evidence: [ReferenceDocument]

    init(_ posture: RequirementPosture) {
        citation = posture.citation
        title = posture.title
        designation = posture.designation
        category = posture.category.rawValue
        status = posture.status.rawValue
        reason = posture.reason
        lifecycle = LifecycleDocument(posture.lifecycle)
        missing = posture.missing
        checks = posture.checks
        decision = posture.decision
        rationale = posture.rationale
        proposed = posture.proposed
        evidence = posture.evidence.map(ReferenceDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case citation, title, designation, category, status, reason, lifecycle, missing, checks, decision
        case rationale, proposed, evidence
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(citation, forKey: .citation)
        try container.encode(title, forKey: .title)
        try container.encode(designation, forKey: .designation)
        try container.encode(category, forKey: .category)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(lifecycle, forKey: .lifecycle)
        try container.encode(missing, forKey: .missing)
        try container.encode(checks, forKey: .checks)
        // Decision and rationale are written as null when absent, so every requirement has every key.
        try container.encode(decision, forKey: .decision)
        try container.encode(rationale, forKey: .rationale)
        try container.encode(proposed, forKey: .proposed)
        try container.encode(evidence, forKey: .evidence)
    }
}
