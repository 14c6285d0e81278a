import EvidentCore

/// The JSON form of one check result with its findings.
struct ResultDocument: Encodable {
    let check: String
    let title: String
    let status: String
    let citations: [String]
    let lifecycle: LifecycleDocument
    let summary: String
    let findings: [FindingDocument]

    init(_ result: CheckResult) {
        check = result.checkID
        title = result.title
        status = result.status.rawValue
        citations = result.citations
        lifecycle = LifecycleDocument(result.lifecycle)
        summary = result.summary
        findings = result.findings.map(FindingDocument.init)
    }
}

/// The four lifecycle properties, and the names of those missing.
struct LifecycleDocument: Encodable {
    let documented: Bool
    let implemented: Bool
    let maintained: Bool
    let evidenced: Bool
    let missing: [String]

    init(_ lifecycle: Lifecycle) {
        documented = lifecycle.documented
        implemented = lifecycle.implemented
        maintained = lifecycle.maintained
        evidenced = lifecycle.evidenced
        missing = lifecycle.missing
    }
}

/// The JSON form of one finding.
struct FindingDocument: Encodable {
    let severity: String
    let kind: String
    let subject: SubjectDocument
    let message: String
    let remediation: String
    let evidence: [ReferenceDocument]
    let touchesEPHI: Bool
    /// `excepted` when an active exception accepts the finding, else `open`.
    let state: String
    /// The exception that accepts the finding; absent when none does.
    let exception: ExceptionDocument?

    init(_ finding: Finding) {
        severity = finding.severity.rawValue
        kind = finding.kind.rawValue
        subject = SubjectDocument(kind: finding.subject.kind.rawValue, id: finding.subject.id)
        message = finding.message
        remediation = finding.remediation
        evidence = finding.evidence.map(ReferenceDocument.init)
        touchesEPHI = finding.touchesEPHI
        state = finding.isExcepted ? "excepted" : "open"
        exception = finding.exception.map(ExceptionDocument.init)
    }

    enum CodingKeys: String, CodingKey {
        case severity, kind, subject, message, remediation, evidence, state, exception
        case touchesEPHI = "touches_ephi"
    }
}

/// The subject a finding is about.
struct SubjectDocument: Encodable {
    let kind: String
    let id: String
}

/// A file and, when the evidence has lines, the line a finding rests on.
struct ReferenceDocument: Encodable {
    let path: String
    let line: Int?

    init(_ reference: EvidenceReference) {
        path = reference.path
        line = reference.line
    }

    enum CodingKeys: String, CodingKey {
        case path, line
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        // A whole-file reference is written as "line": null so every reference has both keys.
        try container.encode(line, forKey: .line)
    }
}

/// The JSON form of the exception that accepts a finding.
struct ExceptionDocument: Encodable {
    let check: String
    let subjects: [String]
    let reason: String
    let compensatingControl: String
    let approver: String
    let approved: String
    let expires: String
    let source: ReferenceDocument

    init(_ exception: FindingException) {
        check = exception.checkID
        subjects = exception.subjects
        reason = exception.reason
        compensatingControl = exception.compensatingControl
        approver = exception.approver
        approved = exception.approved.description
        expires = exception.expires.description
        source = ReferenceDocument(exception.evidence)
    }

    enum CodingKeys: String, CodingKey {
        case check, subjects, reason, approver, approved, expires, source
        case compensatingControl = "compensating_control"
    }
}
