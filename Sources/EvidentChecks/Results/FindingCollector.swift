import EvidentCore

/// Collects one check's findings and turns them into its `CheckResult`, so the status and
/// lifecycle rules live here and nowhere else.
///
/// Status: `fail` when any finding is a violation, else `insufficient-evidence` when any is missing
/// evidence, else `pass`, and warnings never change it. `not-applicable` only when nothing was in scope
/// and nothing was found. Lifecycle: `implemented` is false when any finding is a violation, and the
/// other three are false when a finding carries that `LifecycleGap`.
struct FindingCollector {
    private let check: any Check
    private(set) var findings: [Finding] = []
    private var gaps: LifecycleGap = []

    /// Creates an empty collector for a check.
    init(_ check: any Check) {
        self.check = check
    }

    /// Records that the safeguard is not met.
    mutating func violation(
        _ severity: Severity, _ subject: Subject, _ message: String, fix remediation: String,
        evidence: [EvidenceReference] = [], touchesEPHI: Bool = false, gaps: LifecycleGap = []
    ) {
        add(.violation, severity, subject, message, remediation, evidence, touchesEPHI, gaps)
    }

    /// Records that the evidence needed to decide is missing, stale or unreadable. The gap is
    /// `evidenced` unless the caller names another.
    mutating func missingEvidence(
        _ severity: Severity, _ subject: Subject, _ message: String, fix remediation: String,
        evidence: [EvidenceReference] = [], touchesEPHI: Bool = false, gaps: LifecycleGap = .evidenced
    ) {
        add(.missingEvidence, severity, subject, message, remediation, evidence, touchesEPHI, gaps)
    }

    /// Records something that is met today but needs attention, so the check can still pass.
    mutating func warning(
        _ severity: Severity, _ subject: Subject, _ message: String, fix remediation: String,
        evidence: [EvidenceReference] = [], touchesEPHI: Bool = false, gaps: LifecycleGap = []
    ) {
        add(.warning, severity, subject, message, remediation, evidence, touchesEPHI, gaps)
    }

    /// Splits an importer's error into the line it names and its reason, without the file's path,
    /// which the finding names already: `PATH:12: reason` gives 12 and `reason`.
    static func located(_ error: String, in path: String) -> (line: Int?, reason: String) {
        guard error.hasPrefix(path + ":") else { return (nil, error) }
        let rest = error.dropFirst(path.count + 1)
        let digits = rest.prefix { $0.isNumber }
        if let line = Int(digits), rest.dropFirst(digits.count).hasPrefix(":") {
            return (line, String(rest.dropFirst(digits.count + 1)).trimmedWhitespace)
        }
        return (nil, String(rest).trimmedWhitespace)
    }

    /// Records one missing-evidence finding per recognized export of the given formats that could
    /// not be read, was cut short, left out records it could not read, or whose newest record is older
    /// than `evidence_max_age_days`, because what such a file does not show is unknown and unknown is
    /// never a pass.
    mutating func reportUnreadableFiles(
        of formats: Set<EvidenceFormat>, in context: CheckContext, severity: Severity = .medium
    ) {
        reportUnreadableFiles(of: formats, in: context.inventory, severity: severity)

        let limit = context.thresholds.evidenceMaxAgeDays
        for file in context.inventory.usableFiles(of: formats) {
            guard let newest = file.dateRange?.latest, context.seconds(since: newest) > Double(limit) * 86_400 else {
                continue
            }
            let age = Phrase.age(context.seconds(since: newest), overLimit: limit)
            missingEvidence(
                severity, Subject(kind: .evidence, id: file.path),
                "The newest record in \(file.path) is from \(CalendarDay(containing: newest)), \(age) before "
                    + "the end of \(context.settings.asOf), beyond the limit of \(limit) days, so the export may not "
                    + "show today's state.",
                fix: "Export \(file.format.displayName) again and replace \(file.path), then rerun the assessment.",
                evidence: [EvidenceReference(path: file.path)], gaps: .maintained)
        }
    }

    /// Records one missing-evidence finding per recognized export of the given formats that could
    /// not be read, was cut short, or left out records it could not read. Freshness is not judged here:
    /// use the overload taking a `CheckContext` unless the check measures the age of records itself.
    mutating func reportUnreadableFiles(
        of formats: Set<EvidenceFormat>, in inventory: Inventory, severity: Severity = .medium
    ) {
        for file in inventory.unreadableFiles(of: formats) {
            let (line, reason) = Self.located(file.error ?? "unknown error", in: file.path)
            let place = line.map { " at line \($0)" } ?? ""
            missingEvidence(
                severity, Subject(kind: .evidence, id: file.path),
                "The \(file.format.displayName) file \(file.path) could not be read\(place): \(Phrase.clause(reason)).",
                fix: "Export \(file.path) again from its source and replace the file, then rerun the assessment.",
                evidence: [EvidenceReference(path: file.path, line: line)])
        }
        for file in inventory.partialFiles(of: formats) {
            missingEvidence(
                severity, Subject(kind: .evidence, id: file.path),
                "The \(file.format.displayName) file \(file.path) could be read only in part: "
                    + "\(file.partialReason ?? "unknown reason"). What it would show beyond that is unknown.",
                fix: "Export \(file.path) again from its source and keep the whole file, then rerun the assessment.",
                evidence: [EvidenceReference(path: file.path)])
        }
        for file in inventory.filesWithSkippedRecords(of: formats) {
            let example = file.warnings.first { $0.contains("skipped") }.map { " (\($0))" } ?? ""
            missingEvidence(
                severity, Subject(kind: .evidence, id: file.path),
                "\(file.skippedRecords) of \(file.records) records of \(file.path) were left out because a required "
                    + "value could not be read\(example), so they were not evaluated.",
                fix: "Correct the values named by 'evident evidence' in \(file.path), or export it again, then rerun "
                    + "the assessment.",
                evidence: [EvidenceReference(path: file.path)])
        }
    }

    /// Returns the result, summarizing how many subjects were evaluated.
    ///
    /// - Parameters:
    ///   - count: How many subjects were in scope, for example 14 accounts.
    ///   - noun: The subject's noun in the plural, for example `enabled accounts`.
    ///   - singular: The noun in the singular, used when `count` is 1.
    ///   - notApplicable: The sentence that explains why nothing is in scope, used when `count` is 0
    ///     and nothing was found.
    func result(evaluated count: Int, _ noun: String, singular: String, notApplicable: String) -> CheckResult {
        let sorted = findings.sorted(by: Finding.isHigherPriority)
        if count == 0 && sorted.isEmpty {
            return makeResult(status: .notApplicable, lifecycle: Lifecycle(), summary: notApplicable, findings: [])
        }

        let lifecycle = Lifecycle(
            documented: !gaps.contains(.documented),
            implemented: !findings.contains { $0.kind == .violation },
            maintained: !gaps.contains(.maintained),
            evidenced: !gaps.contains(.evidenced))
        let subjects = count == 1 ? "1 \(singular)" : "\(count) \(noun)"
        return makeResult(
            status: status, lifecycle: lifecycle, summary: "Evaluated \(subjects): \(tally).", findings: sorted)
    }

    // MARK: - Private

    private var status: CheckStatus {
        if findings.contains(where: { $0.kind == .violation }) { return .fail }
        if findings.contains(where: { $0.kind == .missingEvidence }) { return .insufficientEvidence }
        return .pass
    }

    private var tally: String {
        guard !findings.isEmpty else { return "no findings" }
        let counts = [
            (Finding.Kind.violation, "violation", "violations"),
            (.missingEvidence, "missing evidence", "missing evidence"),
            (.warning, "warning", "warnings"),
        ].map { kind, singular, plural in
            Phrase.count(findings.filter { $0.kind == kind }.count, singular, plural)
        }
        return counts.joined(separator: ", ")
    }

    private mutating func add(
        _ kind: Finding.Kind, _ severity: Severity, _ subject: Subject, _ message: String, _ remediation: String,
        _ evidence: [EvidenceReference], _ touchesEPHI: Bool, _ gaps: LifecycleGap
    ) {
        findings.append(
            Finding(
                checkID: check.id, kind: kind, severity: severity, subject: subject, message: message,
                remediation: remediation, evidence: evidence, touchesEPHI: touchesEPHI))
        self.gaps.formUnion(gaps)
    }

    private func makeResult(
        status: CheckStatus, lifecycle: Lifecycle, summary: String, findings: [Finding]
    ) -> CheckResult {
        CheckResult(
            checkID: check.id, title: check.title, status: status, citations: check.citations,
            lifecycle: lifecycle, summary: summary, findings: findings)
    }
}
