import EvidentCore
import FoundationEssentials

/// The output of an importer for one evidence file.
public struct ImportedExport: Hashable, Sendable {
    /// The facts the file's records yielded; rows skipped with a warning yield none.
    public var facts: EvidenceFacts
    /// The number of records read, skipped ones included.
    public var records: Int
    /// The records left out because a required value could not be read.
    public var skippedRecords: Int = 0
    /// The earliest and latest of the timestamps the importer used (sign-ins, check-ins, backup end
    /// times, scan times), which shows how fresh the export is.
    public var dateRange: DateRange?
    /// Values that could not be read and rows that were skipped, each naming the line and value.
    public var warnings: [String]
    /// Why only part of the file was read; `nil` when all of it was.
    public var partialReason: String? = nil
}

/// Collects an importer's output while it walks the records, so every importer reports the same way.
struct ImportCollector {
    /// Warnings kept per file; a file with thousands of bad rows needs a few examples and a count,
    /// not a wall of text.
    static let maximumWarnings = 50

    let context: ImportContext
    var facts = EvidenceFacts()
    var records = 0
    private var skippedRecords = 0
    /// Why only part of the file could be read, set by importers that keep what precedes a break.
    var partialReason: String?
    private var earliest: Date?
    private var latest: Date?
    private var warnings: [String] = []
    private var suppressedWarnings = 0

    init(context: ImportContext) {
        self.context = context
    }

    /// Records a problem; `line` is the 1-based line of the record, when there is one.
    mutating func warn(line: Int?, _ message: String) {
        guard warnings.count < Self.maximumWarnings else {
            suppressedWarnings += 1
            return
        }
        warnings.append(line.map { "line \($0): \(message)" } ?? message)
    }

    /// Records that a record is left out because a required value could not be read, with the reason.
    mutating func skip(line: Int?, _ message: String) {
        skippedRecords += 1
        warn(line: line, message)
    }

    /// Adds records left out by a parser that reported their warnings itself.
    mutating func countSkipped(_ count: Int) {
        skippedRecords += count
    }

    /// Widens the date range to include an instant.
    mutating func include(_ date: Date?) {
        guard let date else { return }
        earliest = min(earliest ?? date, date)
        latest = max(latest ?? date, date)
    }

    /// Returns the reference to a record of the file.
    func reference(line: Int?) -> EvidenceReference {
        EvidenceReference(path: context.path, line: line)
    }

    func finish() -> ImportedExport {
        var allWarnings = warnings
        if suppressedWarnings > 0 {
            allWarnings.append("\(suppressedWarnings) more warning(s) not shown")
        }
        var range: DateRange?
        if let earliest, let latest {
            range = DateRange(earliest: earliest, latest: latest)
        }
        return ImportedExport(
            facts: facts, records: records, skippedRecords: skippedRecords, dateRange: range, warnings: allWarnings,
            partialReason: partialReason)
    }
}
