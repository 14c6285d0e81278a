import CByteScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    private let bounds = CSVFieldBounds()
    /// The offset in the last scanned buffer of the record scanned last: after `.unterminatedQuote`,
    /// where the broken record starts, so a reader can keep everything before it.
    public private(set) var startOfLastRecord = 0
    /// The offset of the 64-byte block whose separators `blockMask` marks, or -1 before the first.
    private var blockStart = -1
    /// One bit per byte of that block, set at the delimiter, a line feed or a carriage return.
    private var blockMask: UInt64 = 0

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
        blockStart = -1

        while position < count {
            let recordStart = position
            startOfLastRecord = recordStart
            switch scanRecord(bytes, from: position, isFinal: isFinal) {
            case .incomplete:
                return .consumed(recordStart)
            case .unterminated(let quoteLine):
                return .unterminatedQuote(line: quoteLine)
            case .complete(let end, let newlines, let hasContent):
                if hasContent || bounds.fieldCount > 1 || bounds.end(of: 0) > bounds.start(of: 0) {
                    body(CSVFieldView(bytes: bytes, bounds: bounds, line: line))
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

    /// The byte repeated in all eight lanes of a word, for the word-at-a-time searches below.
    private static func broadcast(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// Returns a word whose lane `i` has its high bit set where lane `i` of `word` is zero; bits above
    /// the lowest such lane may be set falsely, so only the lowest set bit is meaningful.
    @inline(__always)
    private static func zeroLanes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }

    /// Returns the offset of the first delimiter, line feed or carriage return at or after `start`,
    /// or `bytes.count`.
    ///
    /// Whole 64-byte blocks are marked with one vector comparison each, and the mask serves every
    /// field in the block. The bytes after the last whole block are tested eight at a time.
    private mutating func nextSeparator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var position = start
        guard let base = bytes.baseAddress else { return count }

        while true {
            let block = position & ~63
            guard block + 64 <= count else { break }
            if block != blockStart {
                blockMask = evident_byte_mask64(base + block, delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\r"))
                blockStart = block
            }
            let ahead = blockMask & (~0 << UInt64(position - block))
            if ahead != 0 { return block + ahead.trailingZeroBitCount }
            position = block + 64
        }
        let delimiters = Self.broadcast(delimiter)
        let newlines = Self.broadcast(UInt8(ascii: "\n"))
        let returns = Self.broadcast(UInt8(ascii: "\r"))
        while position + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let found =
                Self.zeroLanes(word ^ delimiters) | Self.zeroLanes(word ^ newlines) | Self.zeroLanes(word ^ returns)
            if found != 0 { return position + found.trailingZeroBitCount / 8 }
            position += 8
        }
        while position < count {
            let byte = bytes[position]
            if byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return position }
            position += 1
        }
        return count
    }

    /// Returns the offset of the first double quote at or after `start`, or `bytes.count`.
    private func nextQuote(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else {
            return bytes.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func countNewlines(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var newlines = 0
        for index in start..<end where bytes[index] == UInt8(ascii: "\n") {
            newlines += 1
        }
        return newlines
    }

    /// Scans one record starting at `start`, filling `bounds` with start and end offsets of each field.
    private mutating func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool)
        -> RecordScan
    {
        let count = bytes.count
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        bounds.removeAll()
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
                    let closing = nextQuote(in: bytes, from: cursor)
                    newlines += Self.countNewlines(in: bytes, from: cursor, to: closing)
                    cursor = closing
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
                bounds.append(fieldStart, cursor, isQuoted: true)
                position = cursor + 1
                while position < count, bytes[position] != delimiter, bytes[position] != newline,
                    bytes[position] != carriageReturn
                {
                    position += 1
                }
            } else {
                let fieldStart = position
                position = nextSeparator(in: bytes, from: position)
                bounds.append(fieldStart, position, isQuoted: false)
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
    private let bounds: CSVFieldBounds

    init(bytes: UnsafeBufferPointer<UInt8>, bounds: CSVFieldBounds, line: Int) {
        self.bytes = bytes
        self.bounds = bounds
        self.line = line
    }

    /// The number of fields.
    public var count: Int { bounds.fieldCount }

    /// Returns the field at `index` as text, with doubled quotes of a quoted field undone; empty when
    /// the record has fewer fields.
    public func string(at index: Int) -> String {
        guard index < count else { return "" }
        let field = UnsafeBufferPointer(rebasing: bytes[bounds.start(of: index)..<bounds.end(of: index)])
        guard bounds.isQuoted(index), field.contains(UInt8(ascii: "\"")) else {
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
        return bounds.end(of: index) - bounds.start(of: index)
    }

    /// Returns every field as text.
    public var strings: [String] {
        (0..<count).map(string(at:))
    }
}

/// The start and end offsets of one record's fields, in storage reused from record to record.
///
/// A class with a raw buffer, because appending to arrays (with their uniqueness and capacity checks)
/// cost as much as finding the fields. A quoted field's start is stored bit-inverted, which keeps the
/// flag in the same word.
final class CSVFieldBounds {
    private var storage: UnsafeMutablePointer<Int>
    private var capacity: Int
    private var used = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    var fieldCount: Int { used / 2 }

    func removeAll() {
        used = 0
    }

    @inline(__always)
    func append(_ start: Int, _ end: Int, isQuoted: Bool) {
        if used + 2 > capacity { grow() }
        storage[used] = isQuoted ? ~start : start
        storage[used + 1] = end
        used += 2
    }

    func start(of index: Int) -> Int {
        let stored = storage[2 * index]
        return stored < 0 ? ~stored : stored
    }

    func end(of index: Int) -> Int {
        storage[2 * index + 1]
    }

    func isQuoted(_ index: Int) -> Bool {
        storage[2 * index] < 0
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: used)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
