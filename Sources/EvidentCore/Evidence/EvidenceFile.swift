import FoundationEssentials

/// One evidence file of a workspace as it was read: what it is, how much it held, and what went wrong.
public struct EvidenceFile: Hashable, Sendable, Codable {
    /// The path relative to the workspace folder.
    public var path: String
    /// The SHA-256 of the file's bytes as lowercase hex, so a later reader can prove it is unchanged.
    public var sha256: String
    /// The detected format.
    public var format: EvidenceFormat
    /// The number of records read (rows, users, devices, hosts, sessions).
    public var records: Int
    /// The earliest and latest timestamp found in the records, when they carry any.
    public var dateRange: DateRange?
    /// Records that could not be read and were left out, for example a row whose `enabled` value is
    /// not a boolean. Checks that use the file cannot pass while any are left out.
    public var skippedRecords: Int
    /// Problems that did not stop the file from being read, each naming the line and value.
    public var warnings: [String]
    /// Why the file could not be read; `nil` when it was read. Facts from such a file are never used.
    public var error: String?
    /// Why only part of the file could be read (a truncated export, for example); `nil` when all of it
    /// was. The facts read are used, but what the rest would have shown is unknown.
    public var partialReason: String?

    /// Creates a description of one evidence file.
    public init(
        path: String,
        sha256: String,
        format: EvidenceFormat,
        records: Int = 0,
        dateRange: DateRange? = nil,
        skippedRecords: Int = 0,
        warnings: [String] = [],
        error: String? = nil
    ) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.records = records
        self.dateRange = dateRange
        self.skippedRecords = skippedRecords
        self.warnings = warnings
        self.error = error
    }

    /// Whether the file was read and its facts can be used.
    public var isUsable: Bool {
        error == nil && format != .unknown
    }

    /// Whether the file was usable and every record in it was read: not cut short, none skipped.
    public var isReadInFull: Bool {
        isUsable && partialReason == nil && skippedRecords == 0
    }
}

/// A closed range of instants.
public struct DateRange: Hashable, Sendable, Codable {
    /// The earliest instant.
    public var earliest: Date
    /// The latest instant.
    public var latest: Date

    /// Creates a range; `earliest` must not be after `latest`.
    public init(earliest: Date, latest: Date) {
        precondition(earliest <= latest, "a date range must not end before it starts")
        self.earliest = earliest
        self.latest = latest
    }

    /// Returns the smallest range containing every date, or `nil` for none.
    public static func spanning(_ dates: some Sequence<Date>) -> DateRange? {
        var iterator = dates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var range = DateRange(earliest: first, latest: first)
        while let date = iterator.next() {
            range.earliest = min(range.earliest, date)
            range.latest = max(range.latest, date)
        }
        return range
    }
}
