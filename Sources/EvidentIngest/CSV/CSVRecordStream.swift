import EvidentCore

/// Reads the records of a CSV export one at a time from its bytes, with the same header handling and
/// the same records as `CSVTable`, but without building the text or the table of a whole file.
///
/// UTF-8 bytes are read in place. Other encodings, and UTF-8 with mojibake to repair anywhere in the
/// file, are decoded into one UTF-8 copy first (see `UTF8Input.withText`), so the records are those
/// `CSVTable` reads from the whole decoded text. A PowerShell `#TYPE` line and an Excel `sep=` line
/// before the header are skipped, the delimiter is detected from the header, and short records are
/// padded with empty fields.
struct CSVRecordStream {
    /// The export's path, for errors.
    let path: String
    /// Groups of alternative header names, each of which needs one name present.
    let required: [[String]]
    /// The UTF-8 layout of the bytes, when known. It is worked out from the bytes when `nil`.
    var textLayout: UTF8Input.Layout?

    /// Calls `header` with the header, then `record` with each record in file order.
    ///
    /// - Throws: `EvidenceError.missingColumns` when the header lacks a required column, before any
    ///   record is reported, and `.malformed` when a quoted field never ends, after the records
    ///   before it were reported.
    func read(
        _ bytes: [UInt8], header: (CSVStreamHeader) -> Void, record: (CSVRecord) -> Void
    ) throws(EvidenceError) {
        try UTF8Input.withText(of: bytes, layout: textLayout) { buffer throws(EvidenceError) in
            try read(utf8: buffer, header: header, record: record)
        }
    }

    // MARK: - Private

    private func read(
        utf8 bytes: UnsafeBufferPointer<UInt8>, header: (CSVStreamHeader) -> Void, record: (CSVRecord) -> Void
    ) throws(EvidenceError) {
        let (start, skippedLines, hadTypeLine) = Self.skipPreamble(bytes)
        let body = UnsafeBufferPointer(rebasing: bytes[start...])
        let headerEnd = body.firstIndex(of: UInt8(ascii: "\n")) ?? body.count
        let headerText = String(decoding: UnsafeBufferPointer(rebasing: body[..<headerEnd]), as: UTF8.self)
        var scanner = CSVRecordScanner(
            delimiter: CSVParser.detectDelimiter(headerLine: Substring(headerText)), firstLine: skippedLines + 1)

        var found: CSVStreamHeader?
        var missing: [String] = []
        let outcome = scanner.scan(body, isFinal: true) { view in
            guard let found else {
                let names = view.strings.map(Self.cleanHeaderName)
                let columns = CSVColumns(header: names)
                let parsed = CSVStreamHeader(names: names, line: view.line, hadTypeLine: hadTypeLine, columns: columns)
                missing = required.filter { group in !group.contains { parsed.hasColumns([$0]) } }.compactMap(\.first)
                found = parsed
                if missing.isEmpty { header(parsed) }
                return
            }
            guard missing.isEmpty else { return }
            var fields = view.strings
            if fields.count < found.names.count {
                fields.append(contentsOf: repeatElement("", count: found.names.count - fields.count))
            }
            record(CSVRecord(line: view.line, fields: fields, columns: found.columns))
        }

        if found == nil { missing = required.compactMap(\.first) }
        guard missing.isEmpty else { throw .missingColumns(path: path, columns: missing) }
        if case .unterminatedQuote(let line) = outcome {
            throw .malformed(
                path: path, line: line, column: nil,
                reason: "a quoted field that starts on this line never ends; the file is probably truncated, "
                    + "so export it again")
        }
    }

    /// Returns where the header starts after any `#TYPE` and `sep=` lines, how many lines those were,
    /// and whether a `#TYPE` line was among them.
    private static func skipPreamble(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Bool) {
        var start = 0
        var lines = 0
        var hadTypeLine = false
        while let lineEnd = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), as: UTF8.self)
            let isTypeLine = line.hasPrefix("#TYPE")
            guard isTypeLine || line.lowercased().hasPrefix("sep=") else { break }
            hadTypeLine = hadTypeLine || isTypeLine
            start = lineEnd + 1
            lines += 1
        }
        return (start, lines, hadTypeLine)
    }

    private static func cleanHeaderName(_ name: String) -> String {
        var name = Substring(name)
        while name.first == "\u{FEFF}" { name = name.dropFirst() }
        return name.trimmingCharacters(in: .whitespaces)
    }
}

/// The header of a CSV export read by `CSVRecordStream`.
struct CSVStreamHeader {
    /// The header names as written, trimmed.
    let names: [String]
    /// The 1-based line of the header.
    let line: Int
    /// Whether a PowerShell `#TYPE` line preceded the header.
    let hadTypeLine: Bool
    var columns = CSVColumns(header: [])

    /// Returns whether the header has every one of the names, compared after normalization.
    func hasColumns(_ names: [String]) -> Bool {
        names.allSatisfy { columns.index(of: $0) != nil }
    }
}
