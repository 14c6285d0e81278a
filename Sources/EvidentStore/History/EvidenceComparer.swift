import EvidentCore

/// Compares the evidence files of two runs: which went stale, and which were added, removed or changed.
///
/// A file whose SHA-256 hash is the same in both runs is not a change, so it is listed only when the
/// later run judged it stale and the earlier run did not.
enum EvidenceComparer {
    /// Returns the files that went stale between the runs and the files removed, by path.
    static func staleEvidence(before: Assessment, after: Assessment) -> [StaleEvidence] {
        let afterByPath = byPath(after.evidence)
        let staleBefore = stalePaths(in: before)
        let staleAfter = stalePaths(in: after)

        var entries: [StaleEvidence] = []
        for file in before.evidence {
            guard let current = afterByPath[file.path] else {
                entries.append(StaleEvidence(path: file.path, sha256: file.sha256, reason: .removed))
                continue
            }
            guard staleAfter.contains(file.path), !staleBefore.contains(file.path) else { continue }
            entries.append(
                StaleEvidence(
                    path: current.path, sha256: current.sha256, reason: .aged,
                    newestRecord: current.dateRange.map { CalendarDay(containing: $0.latest) }))
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// Returns the files added, removed or whose SHA-256 hash changed, by path.
    static func changes(before: [EvidenceFile], after: [EvidenceFile]) -> [EvidenceChange] {
        let beforeByPath = byPath(before)
        let afterByPath = byPath(after)

        var changes: [EvidenceChange] = []
        for (path, file) in afterByPath {
            if let previous = beforeByPath[path] {
                guard previous.sha256 != file.sha256 else { continue }
                changes.append(
                    EvidenceChange(change: .changed, path: path, sha256: file.sha256, previousSHA256: previous.sha256))
            } else {
                changes.append(EvidenceChange(change: .added, path: path, sha256: file.sha256))
            }
        }
        for (path, file) in beforeByPath where afterByPath[path] == nil {
            changes.append(EvidenceChange(change: .removed, path: path, sha256: file.sha256))
        }
        return changes.sorted { $0.path < $1.path }
    }

    // MARK: - Private

    private static func byPath(_ files: [EvidenceFile]) -> [String: EvidenceFile] {
        Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Returns the paths of the files a run judged too old: those with a missing-evidence finding about
    /// the file itself although the file was read in full and its records carry dates.
    ///
    /// NOTE: a run does not store its evidence age limit (`evidence_max_age_days` may differ between
    /// runs), so age is read from the run's own findings. An unreadable, partial or record-skipping
    /// file gets a finding of the same kind and subject, which is why such files are left out here.
    private static func stalePaths(in assessment: Assessment) -> Set<String> {
        let flagged = Set(
            assessment.results.flatMap(\.findings)
                .filter { $0.kind == .missingEvidence && $0.subject.kind == .evidence }
                .map(\.subject.id))

        return Set(
            assessment.evidence.filter { file in
                flagged.contains(file.path) && file.isUsable && file.partialReason == nil && file.skippedRecords == 0
                    && file.dateRange != nil
            }
            .map(\.path))
    }
}
