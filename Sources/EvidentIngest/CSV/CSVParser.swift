/// Splits CSV text into records by RFC 4180: fields separated by a delimiter, records by CRLF or LF,
/// and fields in double quotes may hold delimiters, line breaks and doubled quotes.
///
/// Real exports need all of it: Windows event messages carry line breaks and the Microsoft 365 audit
/// log carries whole JSON documents inside quoted cells.
public struct CSVParser {
    /// One record and the 1-based line on which it starts.
    public struct RawRecord: Sendable {
        /// The line the record starts on, counting every line break, including those inside quotes.
        public var line: Int
        /// The field values, unquoted.
        public var fields: [String]
    }

    /// The field separator, as a single ASCII byte.
    public let delimiter: UInt8

    /// Creates a parser for a delimiter, `,` unless stated.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Parses all records of a text.
    ///
    /// Blank lines between records are skipped. A quote inside an unquoted field is kept as text, as
    /// spreadsheet programs do.
    ///
    /// - Throws: `CSVParseError.unterminatedQuote` when a quoted field is still open at the end of the
    ///   text, which is how a truncated export looks.
    public func parse(_ text: String) throws(CSVParseError) -> [RawRecord] {
        var text = text
        text.makeContiguousUTF8()
        var records: [RawRecord] = []
        var scanner = CSVRecordScanner(delimiter: delimiter)

        let outcome = text.utf8.withContiguousStorageIfAvailable { bytes in
            scanner.scan(bytes, isFinal: true) { view in
                records.append(RawRecord(line: view.line, fields: view.strings))
            }
        }

        if case .unterminatedQuote(let line) = outcome { throw .unterminatedQuote(line: line) }
        return records
    }

    /// Picks the delimiter of a header line: whichever of comma, semicolon and tab occurs most often
    /// outside quotes, comma on a tie. Some exports (legacy MSOnline MFA reports) use semicolons.
    public static func detectDelimiter(headerLine: Substring) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var isQuoted = false
        for byte in headerLine.utf8 {
            if byte == UInt8(ascii: "\"") {
                isQuoted.toggle()
            } else if !isQuoted, let count = counts[byte] {
                counts[byte] = count + 1
            }
        }
        let comma = counts[UInt8(ascii: ",")] ?? 0
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        guard let best, best.value > comma else { return UInt8(ascii: ",") }
        return best.key
    }
}

/// Why CSV text could not be split into records.
public enum CSVParseError: Error, Equatable, Sendable {
    /// A quoted field opened on this line is never closed; the file is probably truncated.
    case unterminatedQuote(line: Int)
}
