/// A pointer from a fact or finding to the evidence it rests on.
public struct EvidenceReference: Hashable, Sendable, Codable, Comparable {
    /// The file path relative to the workspace folder, with `/` separators.
    public var path: String
    /// The 1-based line (for CSV, the line on which the record starts), when the evidence has lines.
    public var line: Int?

    /// Creates a reference to a file, or to one line of it.
    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public static func < (lhs: EvidenceReference, rhs: EvidenceReference) -> Bool {
        (lhs.path, lhs.line ?? 0) < (rhs.path, rhs.line ?? 0)
    }
}

extension EvidenceReference: CustomStringConvertible {
    /// `path:line`, or the path alone.
    public var description: String {
        line.map { "\(path):\($0)" } ?? path
    }
}
