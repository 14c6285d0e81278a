import EvidentCatalog
import EvidentCore

/// The catalog written for other tools: JSON in the layout of the shipped resource, or CSV with one
/// row per requirement.
public enum CatalogExport {
    /// The CSV header row's column names.
    public static let columns = [
        "citation", "title", "designation", "category", "standard", "part_of", "policy", "checks", "attestations",
        "documents", "key_activities", "nist_sp800_53r5", "nist_csf_1_1",
    ]

    /// Renders the catalog as JSON with sorted keys: name, version, resource version, legacy
    /// citations and every requirement.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ catalog: SecurityRuleCatalog) throws -> String {
        try JSONOutput.text(CatalogDocument(catalog))
    }

    /// Renders the catalog as CSV, one row per requirement in catalog order. Lists are joined with
    /// `; `, rows end with CRLF, and cells are quoted as RFC 4180 specifies.
    public static func renderCSV(_ catalog: SecurityRuleCatalog) -> String {
        var rows = [columns]
        for requirement in catalog.requirements {
            rows.append([
                requirement.citation, requirement.title, requirement.designation.rawValue,
                requirement.category.rawValue, requirement.standard ?? "", requirement.partOf ?? "",
                requirement.policy ?? "", requirement.evidencedBy.checks.joined(separator: "; "),
                requirement.evidencedBy.attestations.joined(separator: "; "),
                requirement.evidencedBy.documents.joined(separator: "; "),
                requirement.keyActivities.joined(separator: "; "), requirement.nistSP80053r5.joined(separator: "; "),
                requirement.nistCSF11.joined(separator: "; "),
            ])
        }
        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }
}

/// The top-level object of the catalog JSON.
private struct CatalogDocument: Encodable {
    let name: String
    let version: String
    let resourceVersion: Int
    let legacyCitations: [String: String]
    let requirements: [Requirement]

    init(_ catalog: SecurityRuleCatalog) {
        name = catalog.name
        version = catalog.version
        resourceVersion = catalog.resourceVersion
        legacyCitations = catalog.legacyCitations
        requirements = catalog.requirements
    }

    enum CodingKeys: String, CodingKey {
        case name, version, requirements
        case resourceVersion = "resource_version"
        case legacyCitations = "legacy_citations"
    }
}
