/// The posture of every requirement of one profile, with scores per safeguard category and overall.
public struct RequirementsPosture: Hashable, Sendable, Codable {
    /// The profile the requirements come from, for example `hipaa-security-rule`.
    public var profile: String
    /// Whether the profile is a proposed rule, shown as readiness rather than compliance.
    public var proposed: Bool
    /// One posture per requirement, in the order of the profile.
    public var requirements: [RequirementPosture]
    /// The counts and score of each category that has requirements, in category order.
    public var categories: [RequirementScore]
    /// The counts and score over every requirement.
    public var overall: RequirementScore

    /// Creates the roll-up of requirement postures.
    public init(profile: String, proposed: Bool = false, requirements: [RequirementPosture]) {
        self.profile = profile
        self.proposed = proposed
        self.requirements = requirements
        let grouped = Dictionary(grouping: requirements, by: \.category)
        self.categories = grouped.keys.sorted().map { RequirementScore(category: $0, requirements: grouped[$0]!) }
        self.overall = RequirementScore(category: nil, requirements: requirements)
    }
}
