#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the records of a UTF-8 CSV file from disk a chunk at a time, so memory stays at one chunk
/// plus the longest record whatever the file's size.
public struct CSVFileStream {
    /// The file's path.
    public let path: String
    /// The field separator.
    public let delimiter: UInt8
    /// The number of bytes read per `read(2)` call. A record longer than this grows the buffer.
    public let chunkSize: Int

    /// Creates a stream over a file; nothing is opened until `forEachRecord` runs.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 20) {
        self.path = path
        self.delimiter = delimiter
        self.chunkSize = max(chunkSize, 16)
    }

    /// Reports each record of the file to `body`, in order, and returns the number of bytes read.
    ///
    /// - Throws: `CSVStreamError.unreadable` when the file cannot be opened or read, and
    ///   `.unterminatedQuote` when the file ends inside a quoted field.
    @discardableResult
    public func forEachRecord(_ body: (CSVFieldView) -> Void) throws(CSVStreamError) -> Int {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, errno: errno) }
        defer { close(descriptor) }

        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        var total = 0
        var scanner = CSVRecordScanner(delimiter: delimiter)
        var isFirstChunk = true

        while true {
            if filled == buffer.count {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            let readCount = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            guard readCount >= 0 else { throw .unreadable(path: path, errno: errno) }
            filled += readCount
            total += readCount
            let isFinal = readCount == 0

            var skip = 0
            if isFirstChunk && filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
                skip = 3
            }
            isFirstChunk = isFirstChunk && filled < 3 && !isFinal

            let outcome = buffer.withUnsafeBufferPointer { bytes in
                scanner.scan(UnsafeBufferPointer(rebasing: bytes[skip..<filled]), isFinal: isFinal, body)
            }
            switch outcome {
            case .unterminatedQuote(let line):
                throw .unterminatedQuote(path: path, line: line)
            case .consumed(let consumed):
                let tail = skip + consumed
                buffer.withUnsafeMutableBufferPointer { bytes in
                    for index in tail..<filled { bytes[index - tail] = bytes[index] }
                }
                filled -= tail
            }
            if isFinal { return total }
        }
    }
}

/// Why a CSV file could not be streamed.
public enum CSVStreamError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read; `errno` is the system error number.
    case unreadable(path: String, errno: Int32)
    /// A quoted field opened on this line never closes, so the file is probably truncated.
    case unterminatedQuote(path: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let number):
            "\(path): could not be read (\(String(cString: strerror(number)))); check the path and permissions"
        case .unterminatedQuote(let path, let line):
            "\(path):\(line): a quoted field that starts on this line never ends; the file is probably truncated"
        }
    }
}
