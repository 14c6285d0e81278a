/// The groups of the Security Rule, one per section of 45 CFR Part 164 Subpart C.
public enum SafeguardCategory: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// 164.306: general rules, including how addressable specifications are decided.
    case general
    /// 164.308: administrative safeguards.
    case administrative
    /// 164.310: physical safeguards.
    case physical
    /// 164.312: technical safeguards.
    case technical
    /// 164.314: organizational requirements, such as business associate contracts.
    case organizational
    /// 164.316: policies, procedures and documentation.
    case documentation

    /// Returns the category of a citation such as `164.312(a)(2)(i)` or `45 CFR 164.308(b)(1)`.
    ///
    /// - Returns: `nil` when the citation is outside 164.306 through 164.316.
    public init?(citation: String) {
        let sections: [(String, SafeguardCategory)] = [
            ("164.306", .general), ("164.308", .administrative), ("164.310", .physical),
            ("164.312", .technical), ("164.314", .organizational), ("164.316", .documentation),
        ]
        guard let match = sections.first(where: { citation.contains($0.0) }) else { return nil }
        self = match.1
    }

    /// The heading used in reports, for example `Technical safeguards (164.312)`.
    public var title: String {
        switch self {
        case .general: "General rules (164.306)"
        case .administrative: "Administrative safeguards (164.308)"
        case .physical: "Physical safeguards (164.310)"
        case .technical: "Technical safeguards (164.312)"
        case .organizational: "Organizational requirements (164.314)"
        case .documentation: "Policies and documentation (164.316)"
        }
    }

    public static func < (lhs: SafeguardCategory, rhs: SafeguardCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
