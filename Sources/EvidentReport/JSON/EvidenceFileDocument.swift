import EvidentCore

/// The JSON form of one evidence file, shared by the assessment JSON and `evident evidence --format json`.
struct EvidenceFileDocument: Encodable {
    let path: String
    let sha256: String
    let format: String
    let formatName: String?
    let records: Int
    let dateRange: DateRangeDocument?
    let warnings: [String]
    let error: String?
    /// The completeness of the read, written by the evidence listing only, so the assessment
    /// JSON keeps its fields.
    let reading: Reading?

    /// Whether the file was read in full, why only in part, and how many records were skipped.
    struct Reading {
        let readInFull: Bool
        let partialReason: String?
        let skippedRecords: Int
    }

    /// Describes a file; `includeFormatName` adds the format's display name for listings, and
    /// `includeReading` whether the file was read in full.
    init(_ file: EvidenceFile, includeFormatName: Bool = false, includeReading: Bool = false) {
        path = file.path
        sha256 = file.sha256
        format = file.format.rawValue
        formatName = includeFormatName ? file.format.displayName : nil
        records = file.records
        dateRange = file.dateRange.map(DateRangeDocument.init)
        warnings = file.warnings
        error = file.error
        reading =
            includeReading
            ? Reading(
                readInFull: file.isReadInFull, partialReason: file.partialReason, skippedRecords: file.skippedRecords)
            : nil
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, format, records, warnings, error
        case formatName = "format_name"
        case dateRange = "date_range"
        case readInFull = "read_in_full"
        case partialReason = "partial_reason"
        case skippedRecords = "skipped_records"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(format, forKey: .format)
        try container.encodeIfPresent(formatName, forKey: .formatName)
        try container.encode(records, forKey: .records)
        // Absent values are written as null so every file object has the same keys.
        try container.encode(dateRange, forKey: .dateRange)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(error, forKey: .error)
        if let reading {
            try container.encode(reading.readInFull, forKey: .readInFull)
            try container.encode(reading.partialReason, forKey: .partialReason)
            try container.encode(reading.skippedRecords, forKey: .skippedRecords)
        }
    }
}

/// The earliest and latest timestamps of a file's records, as ISO 8601 UTC text.
struct DateRangeDocument: Encodable {
    let earliest: String
    let latest: String

    init(_ range: DateRange) {
        earliest = ReportDate.text(range.earliest)
        latest = ReportDate.text(range.latest)
    }
}
