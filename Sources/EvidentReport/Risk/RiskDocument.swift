import EvidentCore
import EvidentRisk

/// One risk of the register in the risk JSON.
struct RiskDocument: Encodable {
    let id: String
    let threat: String
    let threatTitle: String
    let threatSource: String
    let asset: String
    let assetName: String
    let inherentLikelihood: String
    let likelihoodReason: String
    let safeguardCredit: Int
    let residualLikelihood: String
    let impact: String
    let impactReason: String
    let inherentLevel: String
    let residualLevel: String
    let raisedBy: [FactorDocument]
    let creditedChecks: [String]
    let treatment: TreatmentDocument?

    init(_ entry: RiskEntry, asOf: CalendarDay) {
        id = entry.id
        threat = entry.threat.id
        threatTitle = entry.threat.title
        threatSource = entry.threat.source.rawValue
        asset = entry.asset.key
        assetName = entry.asset.name
        inherentLikelihood = entry.inherentLikelihood.rawValue
        likelihoodReason = entry.threat.likelihoodReason
        safeguardCredit = entry.safeguardCredit
        residualLikelihood = entry.residualLikelihood.rawValue
        impact = entry.impact.rawValue
        impactReason = entry.impactReason
        inherentLevel = entry.inherentLevel.rawValue
        residualLevel = entry.residualLevel.rawValue
        raisedBy = entry.factors.map(FactorDocument.init)
        creditedChecks = entry.creditedChecks
        treatment = entry.treatment.map { TreatmentDocument($0, asOf: asOf) }
    }

    enum CodingKeys: String, CodingKey {
        case id, threat, asset, impact, treatment
        case threatTitle = "threat_title"
        case threatSource = "threat_source"
        case assetName = "asset_name"
        case inherentLikelihood = "inherent_likelihood"
        case likelihoodReason = "likelihood_reason"
        case safeguardCredit = "safeguard_credit"
        case residualLikelihood = "residual_likelihood"
        case impactReason = "impact_reason"
        case inherentLevel = "inherent_level"
        case residualLevel = "residual_level"
        case raisedBy = "raised_by"
        case creditedChecks = "credited_checks"
    }
}

/// A check that raised a risk's likelihood, with the findings behind it.
struct FactorDocument: Encodable {
    let check: String
    let outcome: String
    let findings: Int
    let subjects: [String]
    let steps: Int

    init(_ factor: RiskFactor) {
        check = factor.checkID
        outcome = factor.outcome.rawValue
        findings = factor.findingCount
        subjects = factor.subjects.map(\.description)
        steps = factor.steps
    }
}
