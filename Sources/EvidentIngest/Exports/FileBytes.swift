#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file's bytes straight into one array, without the intermediate `Data` that would double
/// the peak memory of a large export.
enum FileBytes {
    /// How much of a file format detection reads.
    static let headLength = 65_536

    /// Reads the whole file.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - relativePath: The path relative to the workspace, for the error message.
    /// - Throws: `EvidenceError.unreadable` with the system's reason.
    static func read(_ path: String, relativePath: String) throws(EvidenceError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: relativePath, reason: reason(errno)) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: relativePath, reason: reason(errno)) }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw .unreadable(path: relativePath, reason: "it is a folder, not a file")
        }

        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
            }
            let count = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + filled, raw.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: relativePath, reason: reason(errno)) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Returns the start of the bytes for format detection: everything for a small file, else the first
    /// 64 KiB cut after a line break, so no UTF-8 or UTF-16 character is split.
    static func head(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard bytes.count > headLength else { return bytes[...] }
        guard var end = bytes[..<headLength].lastIndex(of: UInt8(ascii: "\n")) else {
            return bytes[..<headLength]
        }
        end += 1
        if end < bytes.count && bytes[end] == 0 { end += 1 }
        return bytes[..<end]
    }

    private static func reason(_ number: Int32) -> String {
        String(cString: strerror(number))
    }
}
