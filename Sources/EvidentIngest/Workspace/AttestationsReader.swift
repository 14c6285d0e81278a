import EvidentCore

/// Reads `attestations.yaml` into `Attestations`: the risk analysis, policies, addressable decisions,
/// reviews, restore tests, service accounts, requirement attestations and exceptions the
/// organization records about itself.
///
/// A missing file is not an error; the workspace reader passes empty attestations on and the checks
/// report each missing record. Document paths are checked relative to the workspace folder.
enum AttestationsReader {
    /// The file's path relative to the workspace.
    static let path = "attestations.yaml"

    /// The keys the file may have at the top level.
    static let topLevelKeys = [
        "risk_analysis", "policies", "decisions", "reviews", "restore_tests", "service_accounts", "requirements",
        "risk_treatments", "exceptions",
    ]

    /// Parses the file's text.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - folder: The workspace, against which document paths are checked.
    ///   - warnings: Receives a `path:line: message` warning per unknown key.
    static func read(_ text: String, folder: WorkspaceFolder, warnings: inout [String]) throws(WorkspaceError)
        -> Attestations
    {
        try WorkspaceError.readingYAML { () throws(YAMLError) -> Attestations in
            var attestations = Attestations(evidence: EvidenceReference(path: path))
            guard let root = try YAMLParser.parse(text, path: path) else { return attestations }
            let file = try YAMLMapping(root, path: path, name: "the file")
            warnings += file.unknownKeyWarnings(known: topLevelKeys)

            if let mapping = try file.mapping("risk_analysis") {
                warnings += mapping.unknownKeyWarnings(known: ["performed", "performed_by", "document"])
                attestations.riskAnalysis = try readRiskAnalysis(mapping, folder: folder)
            }
            for item in try file.mappings("policies") {
                warnings += item.unknownKeyWarnings(known: ["id", "title", "document", "approved", "reviewed"])
                attestations.policies.append(try readPolicy(item, folder: folder))
            }
            for item in try file.mappings("decisions") {
                warnings += item.unknownKeyWarnings(known: ["citation", "decision", "rationale", "decided", "owner"])
                attestations.decisions.append(try readDecision(item))
            }
            for item in try file.mappings("reviews") {
                warnings += item.unknownKeyWarnings(known: ["activity", "system", "performed", "by"])
                attestations.reviews.append(try readReview(item))
            }
            for item in try file.mappings("restore_tests") {
                warnings += item.unknownKeyWarnings(known: ["system", "performed", "result", "restored", "by"])
                attestations.restoreTests.append(try readRestoreTest(item))
            }
            attestations.serviceAccounts = try file.strings("service_accounts")
            for item in try file.mappings("requirements") {
                warnings += item.unknownKeyWarnings(known: requirementKeys)
                attestations.requirements.append(try readRequirement(item, folder: folder))
            }
            for item in try file.mappings("risk_treatments") {
                warnings += item.unknownKeyWarnings(known: riskTreatmentKeys)
                attestations.riskTreatments.append(try readRiskTreatment(item))
            }
            for item in try file.mappings("exceptions") {
                warnings += item.unknownKeyWarnings(known: exceptionKeys)
                attestations.exceptions.append(try readException(item))
            }
            return attestations
        }
    }

    // MARK: - Private

    private static func readRiskAnalysis(_ mapping: YAMLMapping, folder: WorkspaceFolder) throws(YAMLError)
        -> RiskAnalysisRecord
    {
        let document = try mapping.string("document")
        return RiskAnalysisRecord(
            performed: try mapping.requiredDate("performed"),
            performedBy: try mapping.string("performed_by"),
            document: document,
            documentExists: document.map(folder.fileExists) ?? false,
            evidence: EvidenceReference(path: path, line: mapping.line)
        )
    }

    private static func readPolicy(_ item: YAMLMapping, folder: WorkspaceFolder) throws(YAMLError) -> PolicyRecord {
        let document = try item.string("document")
        return PolicyRecord(
            id: try item.requiredString("id"),
            title: try item.string("title"),
            document: document,
            documentExists: document.map(folder.fileExists) ?? false,
            approved: try item.date("approved"),
            reviewed: try item.date("reviewed"),
            evidence: EvidenceReference(path: path, line: item.line)
        )
    }
}
