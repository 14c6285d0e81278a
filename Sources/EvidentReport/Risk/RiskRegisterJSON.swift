import EvidentCore
import EvidentRisk

/// The documented JSON form of a risk analysis: completeness, the nine elements, the assets, every
/// risk with its reasons and treatment, and the heat map counts.
///
/// Keys are sorted and equal analyses give byte-identical text. docs/risk.md lists every field.
public enum RiskRegisterJSON {
    /// The version of the layout, raised when a field changes meaning or goes away.
    public static let schemaVersion = 1

    /// Renders an analysis as JSON.
    ///
    /// - Returns: Pretty-printed JSON ending with a newline.
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func render(_ analysis: RiskAnalysis) throws -> String {
        try JSONOutput.text(RiskAnalysisDocument(analysis))
    }
}

/// The top-level object of the risk JSON.
struct RiskAnalysisDocument: Encodable {
    let schemaVersion = RiskRegisterJSON.schemaVersion
    let organization: OrganizationDocument
    let asOf: String
    let complete: Bool
    let missingElements: [String]
    let catalogVersion: Int
    let settings: RiskSettings
    let elements: [ElementDocument]
    let assets: [AssetDocument]
    let risks: [RiskDocument]
    let heatMap: [HeatMapCellDocument]
    let expiredAcceptances: [TreatmentDocument]
    let unmatchedTreatments: [TreatmentDocument]

    init(_ analysis: RiskAnalysis) {
        organization = OrganizationDocument(analysis.organization)
        asOf = analysis.asOf.description
        complete = analysis.isComplete
        missingElements = analysis.missingElements.map(\.rawValue)
        catalogVersion = analysis.catalogVersion
        settings = analysis.settings
        elements = analysis.elements.map(ElementDocument.init)
        assets = analysis.assets.map(AssetDocument.init)
        risks = analysis.entries.map { RiskDocument($0, asOf: analysis.asOf) }
        heatMap = HeatMapCellDocument.cells(analysis.heatMap())
        expiredAcceptances = analysis.expiredAcceptances.map { TreatmentDocument($0, asOf: analysis.asOf) }
        unmatchedTreatments = analysis.unmatchedTreatments.map { TreatmentDocument($0, asOf: analysis.asOf) }
    }

    enum CodingKeys: String, CodingKey {
        case organization, complete, settings, elements, assets, risks
        case schemaVersion = "schema_version"
        case asOf = "as_of"
        case missingElements = "missing_elements"
        case catalogVersion = "catalog_version"
        case heatMap = "heat_map"
        case expiredAcceptances = "expired_acceptances"
        case unmatchedTreatments = "unmatched_treatments"
    }
}

/// One of the nine elements.
struct ElementDocument: Encodable {
    let element: String
    let title: String
    let present: Bool
    let detail: String

    init(_ record: RiskElementRecord) {
        element = record.element.rawValue
        title = record.element.title
        present = record.isPresent
        detail = record.detail
    }
}

/// One asset in scope.
struct AssetDocument: Encodable {
    let key: String
    let kind: String
    let id: String
    let name: String
    let detail: String

    init(_ asset: RiskAsset) {
        key = asset.key
        kind = asset.kind.rawValue
        id = asset.id
        name = asset.name
        detail = asset.detail
    }
}

/// The number of risks in one cell of the residual heat map; cells without risks are left out.
struct HeatMapCellDocument: Encodable {
    let likelihood: String
    let impact: String
    let count: Int

    static func cells(_ counts: [[Int]]) -> [HeatMapCellDocument] {
        RiskLevel.allCases.reversed().flatMap { likelihood in
            RiskLevel.allCases.reversed().compactMap { impact in
                let count = counts[likelihood.rank][impact.rank]
                return count == 0
                    ? nil : HeatMapCellDocument(likelihood: likelihood.rawValue, impact: impact.rawValue, count: count)
            }
        }
    }
}

/// A treatment from `attestations.yaml`.
struct TreatmentDocument: Encodable {
    let threat: String
    let asset: String
    let treatment: String
    let owner: String
    let approver: String
    let due: String?
    let expires: String?
    let expired: Bool
    let rationale: String?
    let evidence: String

    init(_ treatment: RiskTreatment, asOf: CalendarDay) {
        threat = treatment.threat
        asset = treatment.asset
        self.treatment = treatment.kind.rawValue
        owner = treatment.owner
        approver = treatment.approver
        due = treatment.due?.description
        expires = treatment.expires?.description
        expired = treatment.isExpiredAcceptance(on: asOf)
        rationale = treatment.rationale
        evidence = treatment.evidence.description
    }
}
