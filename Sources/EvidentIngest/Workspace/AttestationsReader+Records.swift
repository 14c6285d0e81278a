import EvidentCore

extension AttestationsReader {
    /// The values the `result` of a restore test may take.
    enum RestoreResult: String, CaseIterable {
        case success
        case failed
    }

    /// Reads one item of `decisions`; `citation` and `decision` are required.
    static func readDecision(_ item: YAMLMapping) throws(YAMLError) -> AddressableDecision {
        AddressableDecision(
            citation: try item.requiredString("citation"),
            decision: try item.requiredValue("decision", as: AddressableDecision.Kind.self),
            rationale: try item.string("rationale"),
            decided: try item.date("decided"),
            owner: try item.string("owner"),
            evidence: EvidenceReference(path: path, line: item.line)
        )
    }

    /// Reads one item of `reviews`; `activity` and `performed` are required.
    static func readReview(_ item: YAMLMapping) throws(YAMLError) -> ReviewRecord {
        ReviewRecord(
            activity: try item.requiredString("activity"),
            system: try item.string("system"),
            performed: try item.requiredDate("performed"),
            performedBy: try item.string("by"),
            evidence: EvidenceReference(path: path, line: item.line)
        )
    }

    /// Reads one item of `restore_tests`; `system`, `performed` and `result` are required.
    static func readRestoreTest(_ item: YAMLMapping) throws(YAMLError) -> RestoreTestRecord {
        RestoreTestRecord(
            system: try item.requiredString("system"),
            performed: try item.requiredDate("performed"),
            succeeded: try item.requiredValue("result", as: RestoreResult.self) == .success,
            restored: try item.string("restored"),
            performedBy: try item.string("by"),
            evidence: EvidenceReference(path: path, line: item.line)
        )
    }
}
