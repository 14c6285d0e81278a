#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a log file in fixed-size chunks with `read(2)`, hashing every byte, so memory stays bounded
/// whatever the file's size.
///
/// Parsers get either raw chunks (`forEachChunk`) or whole lines (`forEachLine`). A line longer than
/// the buffer grows the buffer to fit that line, so the buffer size is the floor of memory, not a cap.
final class LogFileReader {
    /// The bytes read per `read(2)` call.
    static let chunkSize = 1 << 20

    /// The path as the user gave it, for messages and citations.
    let path: String
    /// The file's size in bytes when it was opened, for progress.
    let size: Int
    private let descriptor: Int32
    private let digest: StreamingSHA256

    /// Opens a file for reading.
    ///
    /// - Throws: `ReviewError.cannotOpen` when the file is missing or unreadable.
    init(path: String) throws(ReviewError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .cannotOpen(path: path, reason: "not a regular file")
        }
        do {
            self.digest = try StreamingSHA256(path: path)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.size = Int(status.st_size)
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Calls `body` with each chunk of the file in order; the buffer is valid only during the call.
    ///
    /// - Parameter progress: Called after each chunk with the bytes read so far.
    func forEachChunk(
        progress: (Int) -> Void, _ body: (UnsafeBufferPointer<UInt8>) throws(ReviewError) -> Void
    ) throws(ReviewError) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: LogFileReader.chunkSize)
        defer { buffer.deallocate() }

        var total = 0
        while true {
            let count = try readSome(into: buffer, capacity: LogFileReader.chunkSize)
            if count == 0 { break }
            total += count
            try body(UnsafeBufferPointer(start: buffer, count: count))
            progress(total)
        }
    }

    /// Calls `body` with each line (without its `\n` or `\r\n`) and its 1-based number.
    ///
    /// - Parameter progress: Called after each chunk with the bytes read so far.
    func forEachLine(
        progress: (Int) -> Void = { _ in }, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(ReviewError) -> Void
    ) throws(ReviewError) {
        var capacity = LogFileReader.chunkSize * 2
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }

        var filled = 0
        var total = 0
        var lineNumber = 0
        while true {
            if filled == capacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let count = try readSome(into: buffer + filled, capacity: min(capacity - filled, LogFileReader.chunkSize))
            total += count
            let end = filled + count
            var start = 0

            // Each complete line is handed over in place; the tail without a newline moves to the front.
            while start < end, let newline = memchr(buffer + start, 0x0A, end - start) {
                let stop = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                lineNumber += 1
                try body(Self.trimmedLine(buffer, from: start, to: stop), lineNumber)
                start = stop + 1
            }
            if count == 0 {
                if start < end {
                    lineNumber += 1
                    try body(Self.trimmedLine(buffer, from: start, to: end), lineNumber)
                }
                break
            }
            filled = end - start
            if start > 0 && filled > 0 { memmove(buffer, buffer + start, filled) }
            progress(total)
        }
        progress(total)
    }

    /// Finishes the file's SHA-256 after the last chunk.
    func sha256() throws(ReviewError) -> String {
        try digest.finish(path: path)
    }

    // MARK: - Private

    private func readSome(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(ReviewError) -> Int {
        while true {
            let count = read(descriptor, buffer, capacity)
            if count >= 0 {
                digest.update(UnsafeRawBufferPointer(start: buffer, count: count))
                return count
            }
            if errno == EINTR { continue }
            throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func trimmedLine(_ buffer: UnsafeMutablePointer<UInt8>, from start: Int, to stop: Int)
        -> UnsafeBufferPointer<UInt8>
    {
        var stop = stop
        if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
        return UnsafeBufferPointer(start: buffer + start, count: stop - start)
    }
}
