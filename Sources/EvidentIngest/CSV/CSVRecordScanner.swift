/// Finds the records and field boundaries of RFC 4180 CSV in UTF-8 bytes, one buffer at a time,
/// without building a `String` for any field.
///
/// A caller streams a file by passing consecutive buffers: `scan` reports every complete record and
/// returns how many bytes it consumed, and the caller passes the unconsumed tail again at the front
/// of the next buffer. Fields become strings only when a reader asks for them (`CSVFieldView`),
/// so a reader that needs 5 of 56 columns pays for 5.
///
/// The rules match `CSVParser`: fields in double quotes may hold delimiters, line breaks and doubled
/// quotes; a quote inside an unquoted field is kept as text; text between a closing quote and the next
/// delimiter is dropped; blank lines are skipped.
public struct CSVRecordScanner {
    /// The field separator, as a single ASCII byte.
    public let delimiter: UInt8
    /// The 1-based line on which the next record starts.
    public private(set) var line: Int

    private var bounds: [Int] = []
    private var quoted: [Bool] = []

    /// The result of scanning one buffer.
    public enum Outcome: Equatable, Sendable {
        /// Every complete record before this offset was reported; the bytes from the offset on start
        /// a record that the buffer does not finish.
        case consumed(Int)
        /// A quoted field opened on this line is still open at the end of the final buffer.
        case unterminatedQuote(line: Int)
    }

    /// Creates a scanner for a delimiter, counting lines from `firstLine`.
    public init(delimiter: UInt8 = UInt8(ascii: ","), firstLine: Int = 1) {
        self.delimiter = delimiter
        self.line = firstLine
    }

    /// Reports each complete record of `bytes` to `body`, in order.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 bytes without a byte order mark.
    ///   - isFinal: Whether no bytes follow; the last record then ends at the end of the buffer.
    ///   - body: Receives each record; the view is valid only during the call.
    public mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, _ body: (CSVFieldView) -> Void
    ) -> Outcome {
        let count = bytes.count
        var position = 0

        while position < count {
            let recordStart = position
            switch scanRecord(bytes, from: position, isFinal: isFinal) {
            case .incomplete:
                return .consumed(recordStart)
            case .unterminated(let quoteLine):
                return .unterminatedQuote(line: quoteLine)
            case .complete(let end, let newlines, let hasContent):
                if hasContent || bounds.count > 2 || bounds[1] > bounds[0] {
                    body(CSVFieldView(bytes: bytes, bounds: bounds, quoted: quoted, line: line))
                }
                line += newlines
                position = end
            }
        }
        return .consumed(position)
    }

    // MARK: - Private

    private enum RecordScan {
        case complete(end: Int, newlines: Int, hasContent: Bool)
        case incomplete
        case unterminated(line: Int)
    }

    /// Scans one record starting at `start`, filling `bounds` with start and end offsets of each field.
    private mutating func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool)
        -> RecordScan
    {
        let count = bytes.count
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        bounds.removeAll(keepingCapacity: true)
        quoted.removeAll(keepingCapacity: true)
        var position = start
        var newlines = 0
        var hasContent = false

        while true {
            if position < count && bytes[position] == quote {
                hasContent = true
                let quoteLine = line + newlines
                var cursor = position + 1
                let fieldStart = cursor
                while true {
                    while cursor < count && bytes[cursor] != quote {
                        if bytes[cursor] == newline { newlines += 1 }
                        cursor += 1
                    }
                    if cursor >= count {
                        return isFinal ? .unterminated(line: quoteLine) : .incomplete
                    }
                    if cursor + 1 < count && bytes[cursor + 1] == quote {
                        cursor += 2
                        continue
                    }
                    if cursor + 1 >= count && !isFinal { return .incomplete }
                    break
                }
                bounds.append(fieldStart)
                bounds.append(cursor)
                quoted.append(true)
                position = cursor + 1
                while position < count, bytes[position] != delimiter, bytes[position] != newline,
                    bytes[position] != carriageReturn
                {
                    position += 1
                }
            } else {
                let fieldStart = position
                while position < count {
                    let byte = bytes[position]
                    if byte == delimiter || byte == newline || byte == carriageReturn { break }
                    position += 1
                }
                bounds.append(fieldStart)
                bounds.append(position)
                quoted.append(false)
            }

            guard position < count else {
                return isFinal ? .complete(end: count, newlines: newlines, hasContent: hasContent) : .incomplete
            }
            switch bytes[position] {
            case delimiter:
                hasContent = true
                position += 1
            case carriageReturn:
                if position + 1 < count && bytes[position + 1] == newline {
                    return .complete(end: position + 2, newlines: newlines + 1, hasContent: hasContent)
                }
                if position + 1 >= count && !isFinal { return .incomplete }
                return .complete(end: position + 1, newlines: newlines + 1, hasContent: hasContent)
            default:
                return .complete(end: position + 1, newlines: newlines + 1, hasContent: hasContent)
            }
        }
    }
}

/// The fields of one record found by `CSVRecordScanner`, as offsets into the scanned buffer.
public struct CSVFieldView {
    /// The 1-based line on which the record starts.
    public let line: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    private let bounds: [Int]
    private let quoted: [Bool]

    init(bytes: UnsafeBufferPointer<UInt8>, bounds: [Int], quoted: [Bool], line: Int) {
        self.bytes = bytes
        self.bounds = bounds
        self.quoted = quoted
        self.line = line
    }

    /// The number of fields.
    public var count: Int { quoted.count }

    /// Returns the field at `index` as text, with doubled quotes of a quoted field undone; empty when
    /// the record has fewer fields.
    public func string(at index: Int) -> String {
        guard index < count else { return "" }
        let field = UnsafeBufferPointer(rebasing: bytes[bounds[2 * index]..<bounds[2 * index + 1]])
        guard quoted[index], field.contains(UInt8(ascii: "\"")) else {
            return String(decoding: field, as: UTF8.self)
        }

        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(field.count)
        var position = 0
        while position < field.count {
            unescaped.append(field[position])
            position += field[position] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Returns the length in bytes of the field at `index`, before undoing doubled quotes; 0 when the
    /// record has fewer fields.
    public func byteCount(at index: Int) -> Int {
        guard index < count else { return 0 }
        return bounds[2 * index + 1] - bounds[2 * index]
    }

    /// Returns every field as text.
    public var strings: [String] {
        (0..<count).map(string(at:))
    }
}
