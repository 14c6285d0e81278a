import EvidentCatalog
import EvidentCore

/// A proposed rule profile as people read it and as other tools load it: every item labelled
/// proposed, with how far its proposed citation is confirmed.
public enum ProposedRuleListing {
    /// The CSV header row's column names.
    public static let columns = [
        "id", "status", "title", "proposed_citation", "citation_status", "current_citations", "category",
        "cadence_months", "checks", "needs_attestation", "summary",
    ]

    /// Renders every proposed requirement in one line, with the profile's status note.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func renderText(_ profile: ProposedRuleProfile) -> String {
        var lines = TextWrapper.wrap(
            "\(profile.name): \(profile.requirements.count) proposed requirements, not in force",
            width: TextReport.width,
            firstPrefix: "", prefix: "  ")
        lines += TextWrapper.wrap(profile.note, width: TextReport.width, firstPrefix: "  ", prefix: "  ")
        lines.append("")
        for requirement in profile.requirements {
            let id = requirement.id.padding(toLength: 38, withPad: " ", startingAt: 0)
            lines.append("  \(id)\(requirement.title)")
        }
        lines += ["", "evident catalog show ID --profile \(profile.profile) explains one."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders one proposed requirement: what the proposal demands, where it would sit, the current
    /// citations it changes, its cadence and what shows readiness.
    ///
    /// - Returns: The explanation, ending with a newline.
    public static func renderDetail(_ requirement: ProposedRequirement, in profile: ProposedRuleProfile) -> String {
        let width = TextReport.width
        var lines = ["\(requirement.id) \(requirement.title) [proposed, not in force]"]
        lines.append("  \(profile.name)")
        lines.append("  \(requirement.citationLabel)")
        lines.append("  \(requirement.category.title)")
        lines.append("")
        lines += TextWrapper.wrap(requirement.summary, width: width, firstPrefix: "  ", prefix: "  ")
        lines.append("")
        let current =
            requirement.currentCitations.isEmpty ? "none" : requirement.currentCitations.joined(separator: ", ")
        lines.append("  Changes the rule in force at: \(current)")
        lines.append("  Cadence: " + (requirement.cadenceMonths.map { "every \($0) months" } ?? "none set"))
        let checks = requirement.checks.isEmpty ? "none" : requirement.checks.joined(separator: ", ")
        lines.append("  Checks: \(checks)")
        if requirement.needsAttestation {
            lines += TextWrapper.wrap(
                "Needs a current attestation under requirements in attestations.yaml with citation: \(requirement.id)",
                width: width, firstPrefix: "  ", prefix: "    ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders the profile as JSON with sorted keys, every item marked `"status": "proposed"`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ profile: ProposedRuleProfile) throws -> String {
        try JSONOutput.text(ProfileDocument(profile))
    }

    /// Renders the profile as CSV, one row per proposed requirement, lists joined with `; `, rows
    /// ending with CRLF.
    public static func renderCSV(_ profile: ProposedRuleProfile) -> String {
        var rows = [columns]
        for requirement in profile.requirements {
            rows.append([
                requirement.id, "proposed", requirement.title, requirement.proposedCitation ?? "",
                requirement.citationStatus.rawValue, requirement.currentCitations.joined(separator: "; "),
                requirement.category.rawValue, requirement.cadenceMonths.map(String.init) ?? "",
                requirement.checks.joined(separator: "; "), requirement.needsAttestation ? "yes" : "no",
                requirement.summary,
            ])
        }
        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }
}

/// The top-level object of the proposed rule JSON.
private struct ProfileDocument: Encodable {
    let profile: String
    let name: String
    let status = "proposed"
    let note: String
    let resourceVersion: Int
    let requirements: [ProposedRequirement]

    init(_ profile: ProposedRuleProfile) {
        self.profile = profile.profile
        name = profile.name
        note = profile.note
        resourceVersion = profile.resourceVersion
        requirements = profile.requirements
    }

    enum CodingKeys: String, CodingKey {
        case profile, name, status, note, requirements
        case resourceVersion = "resource_version"
    }
}
