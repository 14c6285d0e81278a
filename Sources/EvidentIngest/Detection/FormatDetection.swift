import EvidentCore

/// The format a file's content was recognized as, and why not when it was not.
public struct FormatDetection: Hashable, Sendable {
    /// The detected format; `.unknown` when nothing matched.
    public var format: EvidenceFormat
    /// A description of what an unknown file contains (header names, root element), so the user can
    /// tell what the file is. `nil` when the format was recognized.
    public var warning: String?

    /// Creates a detection result.
    public init(format: EvidenceFormat, warning: String? = nil) {
        self.format = format
        self.warning = warning
    }
}
