import EvidentCatalog
import EvidentCore

/// The catalog as people read it in a terminal: every requirement in one line, grouped by safeguard
/// category, and one requirement explained in full.
public enum CatalogListing {
    /// Renders every requirement: citation, designation and title, under its category's heading.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func renderText(_ catalog: SecurityRuleCatalog) -> String {
        let assessed = catalog.assessedRequirements
        let standards = assessed.filter { $0.designation == .standard }.count
        var lines = [
            "\(catalog.name), text of \(catalog.version) (catalog resource version \(catalog.resourceVersion))",
            "\(assessed.count) requirements: \(standards) standards and \(assessed.count - standards) "
                + "implementation specifications. R required, A addressable, S standard.",
        ]
        var category: SafeguardCategory?
        for requirement in catalog.requirements {
            if requirement.category != category {
                category = requirement.category
                lines += ["", requirement.category.title]
            }
            let citation = requirement.citation.padding(toLength: 22, withPad: " ", startingAt: 0)
            let part = requirement.partOf.map { " (part of \($0))" } ?? ""
            lines.append("  \(citation)\(letter(requirement.designation))  \(requirement.title)\(part)")
        }
        lines += ["", "evident catalog show CITATION explains one requirement."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders one requirement: what it requires, its designation, its place in the rule, the policy it
    /// needs, how it can be evidenced, and the NIST mappings.
    ///
    /// - Parameters:
    ///   - requirement: The requirement to explain.
    ///   - catalog: The catalog it is in, for its standard and specifications.
    ///   - writtenAs: The citation as the user wrote it, noted when it is a legacy number.
    /// - Returns: The explanation, ending with a newline.
    public static func renderDetail(
        _ requirement: Requirement, in catalog: SecurityRuleCatalog, writtenAs: String? = nil
    ) -> String {
        let width = TextReport.width
        var lines = ["45 CFR \(requirement.citation) \(requirement.title)"]
        if let writtenAs, let legacy = catalog.legacyCitations.first(where: { $0.value == requirement.citation }),
            SecurityRuleCatalog.normalize(writtenAs) == legacy.key
        {
            lines.append("  \(legacy.key) is the number before the 2013 Omnibus Rule; today it is \(legacy.value)")
        }
        lines.append("  \(requirement.category.title), \(describe(requirement.designation))")
        if let standard = requirement.standard, let parent = catalog.requirement(citation: standard) {
            lines.append("  Implementation specification of \(parent.citation) \(parent.title)")
        }
        if let partOf = requirement.partOf {
            lines.append("  Assessed as part of \(partOf); NIST does not count it as a requirement of its own")
        }
        let specifications = catalog.specifications(of: requirement.citation)
        if !specifications.isEmpty {
            lines += ["", "Implementation specifications"]
            lines += specifications.map {
                "  " + $0.citation.padding(toLength: 22, withPad: " ", startingAt: 0) + letter($0.designation) + "  "
                    + $0.title
            }
        }

        lines += ["", "Key activities"]
        for activity in requirement.keyActivities {
            lines += TextWrapper.wrap(activity, width: width, firstPrefix: "  - ", prefix: "    ")
        }

        let evidence = requirement.evidencedBy
        lines += ["", "Evidence"]
        lines.append(
            "  Policy: " + (requirement.policy.map { "\($0) (under policies in attestations.yaml)" } ?? "none"))
        lines += wrapped("Checks: ", evidence.checks, width: width)
        lines += wrapped("attestations.yaml: ", evidence.attestations, width: width)
        lines += wrapped("Documents: ", evidence.documents, width: width)
        if requirement.designation == .addressable {
            lines.append("  Needs a decision under decisions in attestations.yaml (164.306(d)(3)).")
        }

        lines += ["", "Related controls (NIST SP 800-66 Rev. 2 mappings, informative)"]
        lines += wrapped("SP 800-53 Rev. 5: ", requirement.nistSP80053r5, width: width)
        lines += wrapped("CSF 1.1: ", requirement.nistCSF11, width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func letter(_ designation: Requirement.Designation) -> String {
        switch designation {
        case .standard: "S"
        case .required: "R"
        case .addressable: "A"
        }
    }

    private static func describe(_ designation: Requirement.Designation) -> String {
        switch designation {
        case .standard: "standard"
        case .required: "required implementation specification"
        case .addressable: "addressable implementation specification"
        }
    }

    private static func wrapped(_ label: String, _ items: [String], width: Int) -> [String] {
        let text = items.isEmpty ? "none" : items.joined(separator: ", ")
        return TextWrapper.wrap(text, width: width, firstPrefix: "  " + label, prefix: "    ")
    }
}
