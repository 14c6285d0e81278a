import FoundationEssentials

/// Recomputes every hash the store keeps and compares: the ledger chain, the rows of each run, log
/// review, risk analysis and plan item against their ledger entries, and each kept evidence file
/// against its name and its ledger entries.
///
/// It only reads, so it can run while others write. A run being recorded commits its rows and its
/// ledger entry together, so the verifier reads the run whole or not at all.
struct IntegrityVerifier<Connection: DatabaseConnection> {
    /// The evidence store of the database.
    let repository: EvidenceRepository<Connection>

    /// Checks everything and returns what matched and what did not.
    func verify() throws -> IntegrityReport {
        var report = IntegrityReport()
        let entries = try LedgerReader(connection: repository.connection).entries()
        report.ledgerEntries = entries.count
        report.newestEntry = entries.last

        report.problems += Self.chainProblems(entries)
        try checkRuns(entries, into: &report)
        try checkLogReviews(entries, into: &report)
        try checkRiskAnalyses(entries, into: &report)
        try checkPlan(entries, into: &report)
        try checkEvidence(entries, into: &report)
        return report
    }

    // MARK: - Private

    private static func chainProblems(_ entries: [LedgerEntry]) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        var previousHash = LedgerEntry.genesisHash
        var expectedSequence: Int64 = 1

        for entry in entries {
            let id = String(entry.sequence)
            if entry.sequence != expectedSequence {
                problems.append(.init(.ledgerEntry, id, "follows entry \(expectedSequence - 1); entries are missing"))
            }
            if SHA256Hasher.hex(of: entry.payload) != entry.payloadSHA256 {
                problems.append(.init(.ledgerEntry, id, "its payload does not match the payload hash it records"))
            }
            if SHA256Hasher.hex(of: entry.canonicalText) != entry.entryHash {
                problems.append(.init(.ledgerEntry, id, "its fields do not match its entry hash"))
            }
            if entry.previousHash != previousHash {
                problems.append(
                    .init(.ledgerEntry, id, "its previous hash does not match the hash of entry \(entry.sequence - 1)"))
            }
            previousHash = entry.entryHash
            expectedSequence = entry.sequence + 1
        }
        return problems
    }

    private func checkRuns(_ entries: [LedgerEntry], into report: inout IntegrityReport) throws {
        let connection = repository.connection
        var entryByRun: [Int64: LedgerEntry] = [:]
        for entry in entries where entry.action == .runRecorded || entry.action == .runAdopted {
            if let runID = entry.runID { entryByRun[runID] = entry }
        }
        let runIDs = try connection.query("SELECT id FROM runs ORDER BY id", []).map { $0.integer(at: 0) }
        report.runs = runIDs.count

        let fingerprint = RunFingerprint(connection: connection)
        let kept = Set(try repository.objects().map(\.sha256))
        for runID in runIDs {
            guard let entry = entryByRun.removeValue(forKey: runID) else {
                report.problems.append(.init(.run, String(runID), "has no ledger entry; it was added outside Evident"))
                continue
            }
            guard let recorded = try? JSONDecoder().decode(RunRecordPayload.self, from: Data(entry.payload.utf8)),
                let current = try fingerprint.payload(runID: runID)
            else {
                report.problems.append(
                    .init(.run, String(runID), "ledger entry \(entry.sequence) has no readable payload"))
                continue
            }
            if let part = current.firstDifference(from: recorded) {
                report.problems.append(
                    .init(.run, String(runID), "\(part) changed since ledger entry \(entry.sequence)"))
            }
            if let lost = recorded.evidence.first(where: { !kept.contains($0.sha256) }) {
                report.problems.append(
                    .init(
                        .run, String(runID),
                        "its evidence file \(lost.path) (SHA-256 \(lost.sha256)) is gone from the store"))
            }
        }
        for (runID, entry) in entryByRun.sorted(by: { $0.key < $1.key }) {
            report.problems.append(
                .init(.run, String(runID), "recorded in ledger entry \(entry.sequence) but missing from the database"))
        }
    }

    private func checkLogReviews(_ entries: [LedgerEntry], into report: inout IntegrityReport) throws {
        let connection = repository.connection
        var entryByReview: [String: LedgerEntry] = [:]
        for entry in entries where entry.action == .logReviewRecorded || entry.action == .logReviewAdopted {
            entryByReview[entry.subject] = entry
        }
        let reviewIDs = try connection.query("SELECT id FROM log_reviews ORDER BY id", []).map { $0.integer(at: 0) }
        report.logReviews = reviewIDs.count

        let fingerprint = LogReviewFingerprint(connection: connection)
        for reviewID in reviewIDs {
            let id = String(reviewID)
            guard let entry = entryByReview.removeValue(forKey: id) else {
                report.problems.append(.init(.logReview, id, "has no ledger entry; it was added outside Evident"))
                continue
            }
            let recorded = try? JSONDecoder().decode(
                LogReviewFingerprint<Connection>.Payload.self, from: Data(entry.payload.utf8))
            let current = try fingerprint.payload(reviewID: reviewID)
            if recorded?.reviewRowSHA256 != current?.reviewRowSHA256 {
                report.problems.append(
                    .init(.logReview, id, "log_reviews row changed since ledger entry \(entry.sequence)"))
            } else if recorded?.sourcesSHA256 != current?.sourcesSHA256 {
                report.problems.append(
                    .init(.logReview, id, "log_review_sources rows changed since ledger entry \(entry.sequence)"))
            }
        }
        for (id, entry) in entryByReview.sorted(by: { $0.value.sequence < $1.value.sequence }) {
            report.problems.append(
                .init(.logReview, id, "recorded in ledger entry \(entry.sequence) but missing from the database"))
        }
    }

    private func checkEvidence(_ entries: [LedgerEntry], into report: inout IntegrityReport) throws {
        var lastEntry: [String: LedgerEntry] = [:]
        for entry in entries where entry.action == .evidenceStored || entry.action == .evidencePruned {
            lastEntry[entry.subject] = entry
        }

        for object in try repository.objects() {
            let entry = lastEntry.removeValue(forKey: object.sha256)
            if object.prunedAt != nil {
                report.prunedEvidenceFiles += 1
                if entry?.action != .evidencePruned {
                    report.problems.append(
                        .init(.evidenceFile, object.sha256, "is marked pruned but the ledger records no pruning"))
                }
                continue
            }

            report.evidenceFiles += 1
            guard let entry, entry.action == .evidenceStored else {
                report.problems.append(.init(.evidenceFile, object.sha256, "is kept but the ledger never recorded it"))
                continue
            }
            let recorded = try? JSONDecoder().decode(EvidenceEntryPayload.self, from: Data(entry.payload.utf8))
            if recorded?.bytes != object.bytes {
                report.problems.append(
                    .init(.evidenceFile, object.sha256, "its size differs from ledger entry \(entry.sequence)"))
            }
            let place = repository.folder.map { ", in \($0.url(sha256: object.sha256).path)" } ?? ""
            switch try repository.digest(sha256: object.sha256) {
            case nil:
                report.problems.append(.init(.evidenceFile, object.sha256, "its content is missing\(place)"))
            case let digest? where digest != object.sha256:
                report.problems.append(
                    .init(.evidenceFile, object.sha256, "its content has changed (SHA-256 now \(digest))\(place)"))
            default:
                break
            }
        }

        for (sha256, entry) in lastEntry.sorted(by: { $0.value.sequence < $1.value.sequence })
        where entry.action == .evidenceStored {
            report.problems.append(
                .init(.evidenceFile, sha256, "recorded in ledger entry \(entry.sequence) but missing from the store"))
        }
    }
}
