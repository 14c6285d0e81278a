import FoundationEssentials

/// What a timestamp cell of an export turned out to hold.
///
/// Exports mark "never" in several ways (an empty cell, `0001-01-01`, `9999-12-31`, the Unix epoch,
/// the word `Never`). A reader must keep that apart from an unreadable value, because the first is a
/// fact about the record and the second is a gap in the evidence.
public enum ParsedTimestamp: Hashable, Sendable {
    /// The cell names this instant.
    case instant(Date)
    /// The cell contains a sentinel that the exporting tool writes for "never" or "no value".
    case never
    /// The cell is empty, and the column gives no meaning to an empty cell.
    case missing
    /// The cell could not be read as a timestamp.
    case invalid(value: String, reason: String)

    /// The instant, when the cell names one.
    public var date: Date? {
        if case .instant(let date) = self { return date }
        return nil
    }
}
