import EvidentCore

extension AttestationsReader {
    /// The keys an item of `requirements` may have.
    static let requirementKeys = [
        "citation", "statement", "applicable", "document", "attested", "reviewer", "review_every_months",
    ]

    /// Reads one item of `requirements`; `citation` and `statement` are required, and
    /// `review_every_months` is at least 1 when given.
    static func readRequirement(_ item: YAMLMapping, folder: WorkspaceFolder) throws(YAMLError)
        -> RequirementAttestation
    {
        let document = try item.string("document")
        return RequirementAttestation(
            citation: try item.requiredString("citation"),
            statement: try item.requiredString("statement"),
            applicable: try item.bool("applicable") ?? true,
            document: document,
            documentExists: document.map(folder.fileExists) ?? false,
            attested: try item.date("attested"),
            reviewer: try item.string("reviewer"),
            reviewEveryMonths: try item.int("review_every_months", minimum: 1)
                ?? RequirementAttestation.defaultReviewEveryMonths,
            evidence: EvidenceReference(path: path, line: item.line)
        )
    }
}
