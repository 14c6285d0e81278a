/// The complete outcome of assessing one workspace on one day: what was read, every check result,
/// and the posture per safeguard category.
///
/// The same workspace and `asOf` always give an equal `Assessment`, which is what makes the JSON
/// output byte-identical between runs.
public struct Assessment: Hashable, Sendable, Codable {
    /// The version of the assessment JSON layout; raised when a field changes meaning or is removed.
    public static let schemaVersion = 1

    /// The organization assessed.
    public var organization: Organization
    /// The day assessed.
    public var asOf: CalendarDay
    /// The profile assessed against.
    public var profile: String
    /// Every evidence file read, sorted by path.
    public var evidence: [EvidenceFile]
    /// One result per check, in catalog order.
    public var results: [CheckResult]
    /// The roll-up per safeguard category, in category order.
    public var posture: [CategoryPosture]
    /// The posture of every requirement of the profile; `nil` in runs stored before it existed.
    public var requirements: RequirementsPosture?
    /// The readiness for a proposed rule shown beside the profile's posture; `nil` when not asked for.
    public var readiness: RequirementsPosture?

    /// Creates an assessment.
    public init(
        organization: Organization,
        asOf: CalendarDay,
        profile: String,
        evidence: [EvidenceFile],
        results: [CheckResult],
        posture: [CategoryPosture],
        requirements: RequirementsPosture? = nil,
        readiness: RequirementsPosture? = nil
    ) {
        self.organization = organization
        self.asOf = asOf
        self.profile = profile
        self.evidence = evidence
        self.results = results
        self.posture = posture
        self.requirements = requirements
        self.readiness = readiness
    }

    /// Every finding of every result, in priority order: severity, then violations before missing
    /// evidence before warnings, then ePHI subjects first, then check and subject for a stable order.
    public var prioritizedFindings: [Finding] {
        results.flatMap(\.findings).sorted(by: Finding.isHigherPriority)
    }

    /// The number of findings at or above a severity, ignoring warnings, which do not fail a check,
    /// and excepted findings, whose risk an approved exception accepts.
    public func findingCount(atOrAbove severity: Severity) -> Int {
        results.flatMap(\.findings).filter { $0.kind != .warning && !$0.isExcepted && $0.severity >= severity }.count
    }
}

/// How one safeguard category stands: how many of its checks pass, fail or lack evidence.
public struct CategoryPosture: Hashable, Sendable, Codable {
    /// The category.
    public var category: SafeguardCategory
    /// Checks that passed.
    public var passed: Int
    /// Checks that failed.
    public var failed: Int
    /// Checks that lacked evidence.
    public var insufficientEvidence: Int
    /// Checks that did not apply.
    public var notApplicable: Int

    /// Creates a category posture.
    public init(category: SafeguardCategory, passed: Int, failed: Int, insufficientEvidence: Int, notApplicable: Int) {
        self.category = category
        self.passed = passed
        self.failed = failed
        self.insufficientEvidence = insufficientEvidence
        self.notApplicable = notApplicable
    }

    /// The checks that apply: every check but the not-applicable ones.
    public var applicable: Int {
        passed + failed + insufficientEvidence
    }
}

extension Finding {
    /// Orders findings by priority: severity, then violations before missing evidence before
    /// warnings, then ePHI subjects first, then by check id and subject so ties are stable.
    public static func isHigherPriority(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        if lhs.kind.priorityRank != rhs.kind.priorityRank { return lhs.kind.priorityRank < rhs.kind.priorityRank }
        if lhs.touchesEPHI != rhs.touchesEPHI { return lhs.touchesEPHI }
        if lhs.checkID != rhs.checkID { return lhs.checkID < rhs.checkID }
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        return lhs.message < rhs.message
    }
}

extension Finding.Kind {
    /// 0 for violations, 1 for missing evidence, 2 for warnings.
    var priorityRank: Int {
        switch self {
        case .violation: 0
        case .missingEvidence: 1
        case .warning: 2
        }
    }
}
