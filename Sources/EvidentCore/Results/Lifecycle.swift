/// The four properties a control must have before it counts: documented, implemented, maintained and
/// evidenced.
///
/// A control is documented when a policy or decision exists, implemented when evidence shows it,
/// maintained when that evidence is fresh and reviewed on its cadence, and evidenced when the
/// artifact is stored with its hash.
public struct Lifecycle: Hashable, Sendable, Codable {
    /// A policy, decision or declaration exists for the control.
    public var documented: Bool
    /// Evidence shows the control in place.
    public var implemented: Bool
    /// The evidence is within its age limit and reviews happened on their cadence.
    public var maintained: Bool
    /// Readable evidence files back the result.
    public var evidenced: Bool

    /// Creates a lifecycle; every property defaults to true so that checks state only what is missing.
    public init(documented: Bool = true, implemented: Bool = true, maintained: Bool = true, evidenced: Bool = true) {
        self.documented = documented
        self.implemented = implemented
        self.maintained = maintained
        self.evidenced = evidenced
    }

    /// The names of the properties that are missing, in lifecycle order.
    public var missing: [String] {
        [
            ("documented", documented), ("implemented", implemented), ("maintained", maintained),
            ("evidenced", evidenced),
        ].filter { !$0.1 }.map(\.0)
    }

    /// Whether all four properties hold.
    public var isComplete: Bool {
        documented && implemented && maintained && evidenced
    }
}
