import Foundation

/// A CSV file read as a header and records, with columns looked up by normalized name.
///
/// Real headers are not clean: the Entra sign-in export repeats a header and pads others with
/// spaces, and a UTF-8 byte order mark can stick to the first name. Names are therefore matched
/// after trimming, folding case and collapsing inner whitespace, and the first of duplicate names wins
/// (the others stay reachable by position).
public struct CSVTable: Sendable {
    /// The header names as written, trimmed.
    public let header: [String]
    /// The 1-based line of the header.
    public let headerLine: Int
    /// The records after the header.
    public let records: [CSVRecord]
    /// Whether the file began with a PowerShell `#TYPE` line, which Windows PowerShell 5.1 writes
    /// unless `-NoTypeInformation` is given.
    public let hadTypeLine: Bool

    /// Reads CSV text.
    ///
    /// Skips a PowerShell `#TYPE ...` first line and an Excel `sep=` line, detects the delimiter from
    /// the header, and pads short records with empty fields.
    ///
    /// - Throws: `CSVParseError` when the text is not valid CSV.
    public init(text: String) throws(CSVParseError) {
        var body = Substring(text)
        var skippedLines = 0
        var hadTypeLine = false
        while let lineEnd = body.firstIndex(where: \.isNewline),
            body[..<lineEnd].hasPrefix("#TYPE") || body[..<lineEnd].lowercased().hasPrefix("sep=")
        {
            hadTypeLine = hadTypeLine || body.hasPrefix("#TYPE")
            body = body[body.index(after: lineEnd)...]
            skippedLines += 1
        }
        let headerText = body.prefix { !$0.isNewline }
        let parser = CSVParser(delimiter: CSVParser.detectDelimiter(headerLine: headerText))

        var rawRecords: ArraySlice<CSVParser.RawRecord>
        do {
            rawRecords = try parser.parse(String(body))[...]
        } catch {
            // The parser counts lines from the header; the skipped lines come before it.
            switch error {
            case .unterminatedQuote(let line): throw .unterminatedQuote(line: line + skippedLines)
            }
        }
        let headerRecord = rawRecords.popFirst()
        let header = (headerRecord?.fields ?? []).map(CSVTable.cleanHeaderName)
        let columns = CSVColumns(header: header)

        self.header = header
        self.headerLine = (headerRecord?.line ?? 1) + skippedLines
        self.hadTypeLine = hadTypeLine
        self.records = rawRecords.map { raw in
            var fields = raw.fields
            if fields.count < header.count {
                fields.append(contentsOf: repeatElement("", count: header.count - fields.count))
            }
            return CSVRecord(line: raw.line + skippedLines, fields: fields, columns: columns)
        }
    }

    /// Returns whether the header has every one of the names, compared after normalization.
    public func hasColumns(_ names: [String]) -> Bool {
        let normalized = Set(header.map(CSVColumns.normalize))
        return names.allSatisfy { normalized.contains(CSVColumns.normalize($0)) }
    }

    /// Records whose field count differs from the header's, which a reader reports as warnings.
    public var recordsWithExtraFields: [CSVRecord] {
        records.filter { $0.fields.count > header.count }
    }

    private static func cleanHeaderName(_ name: String) -> String {
        var name = Substring(name)
        while name.first == "\u{FEFF}" { name = name.dropFirst() }
        return name.trimmingCharacters(in: .whitespaces)
    }
}

/// One CSV record, with its fields reachable by column name.
public struct CSVRecord: Sendable {
    /// The 1-based line of the file on which the record starts.
    public let line: Int
    /// The field values, at least as many as the header has names.
    public let fields: [String]
    let columns: CSVColumns

    /// Returns the value under a column name, compared after normalization; `nil` when the header
    /// has no such column.
    public subscript(column: String) -> String? {
        guard let index = columns.index(of: column), index < fields.count else { return nil }
        return fields[index]
    }

    /// Returns the value under the first of several column names the header has, trimmed; `nil` when
    /// it has none of them or the value is empty. Exports spell one field differently across versions.
    public func value(_ names: String...) -> String? {
        for name in names {
            if let value = self[name] {
                let trimmed = FastText.trimmed(value)
                return trimmed.isEmpty ? nil : trimmed
            }
        }
        return nil
    }
}

/// The mapping from normalized column names to positions, shared by every record of a table.
struct CSVColumns: Sendable {
    private let indexByName: [String: Int]
    /// Positions by the names as written, which spares normalizing the common exact-match lookup.
    private let indexByExactName: [String: Int]

    init(header: [String]) {
        var indexByName: [String: Int] = [:]
        for (index, name) in header.enumerated() where indexByName[CSVColumns.normalize(name)] == nil {
            indexByName[CSVColumns.normalize(name)] = index
        }
        self.indexByName = indexByName
        var indexByExactName: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let normalized = CSVColumns.normalize(name)
            if indexByExactName[name] == nil && indexByName[normalized] == index {
                indexByExactName[name] = index
            }
        }
        self.indexByExactName = indexByExactName
    }

    func index(of name: String) -> Int? {
        indexByExactName[name] ?? indexByName[CSVColumns.normalize(name)]
    }

    /// Lowercases a name, drops a byte order mark and surrounding whitespace, and collapses runs of
    /// inner whitespace to one space.
    static func normalize(_ name: String) -> String {
        if let ascii = FastText.normalizedASCII(name) { return ascii }
        return name.lowercased()
            .replacingOccurrences(of: "\u{FEFF}", with: "")
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
