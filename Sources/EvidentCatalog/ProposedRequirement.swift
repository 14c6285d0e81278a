import EvidentCore

/// One requirement of a proposed amendment to the Security Rule, assessed for readiness and never
/// as a current obligation.
public struct ProposedRequirement: Hashable, Sendable, Codable {
    /// The stable id, for example `nprm.mfa`; requirement attestations cite it.
    public var id: String
    /// A short title.
    public var title: String
    /// The citation in 45 CFR the proposal would give it; `nil` when no proposed citation is known.
    public var proposedCitation: String?
    /// How far the proposed citation is confirmed.
    public var citationStatus: CitationStatus
    /// The citations of the rule in force it would change or extend.
    public var currentCitations: [String]
    /// The safeguard category.
    public var category: SafeguardCategory
    /// The interval the proposal sets for doing or reviewing it, in months; `nil` when it sets none.
    public var cadenceMonths: Int?
    /// The proposal's demand, in Evident's words.
    public var summary: String
    /// The checks whose results show readiness.
    public var checks: [String]
    /// Whether a current requirement attestation citing `id` is needed, because no export shows it.
    public var needsAttestation: Bool
    /// A special evaluation, such as `addressable-decisions`, for items that judge other records.
    public var evaluation: String?

    /// How far a proposed citation is confirmed.
    public enum CitationStatus: String, Hashable, Sendable, Codable, CaseIterable {
        /// Secondary sources quote the proposed regulatory text with this citation.
        case quoted
        /// Secondary sources give the citation without the regulatory text.
        case reported
        /// No proposed citation was confirmed from the published text.
        case unconfirmed
    }

    enum CodingKeys: String, CodingKey {
        case id, title, category, summary, checks, evaluation
        case proposedCitation = "proposed_citation"
        case citationStatus = "citation_status"
        case currentCitations = "current_citations"
        case cadenceMonths = "cadence_months"
        case needsAttestation = "needs_attestation"
    }

    /// The proposed citation with how far it is confirmed, for reports.
    public var citationLabel: String {
        guard let proposedCitation else { return "proposed location not confirmed" }
        switch citationStatus {
        case .quoted: return "proposed \(proposedCitation)"
        case .reported: return "proposed \(proposedCitation), reported, not confirmed"
        case .unconfirmed: return "proposed \(proposedCitation), not confirmed"
        }
    }
}
