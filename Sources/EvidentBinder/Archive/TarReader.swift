/// Reads the regular files of a ustar archive, checking each header's checksum.
///
/// It reads what `TarArchive` writes and what common tar programs write for plain files. Directory
/// entries are skipped, and so is the data of other entry types such as pax headers.
enum TarReader {
    /// One regular file of the archive.
    struct Member: Equatable {
        /// The path, prefix and name joined.
        var path: String
        /// The file's bytes.
        var content: [UInt8]
    }

    /// Reads every regular file, in archive order.
    ///
    /// - Parameter name: The archive's path, for messages.
    /// - Throws: `BinderError.invalidArchive` naming the byte offset of a header whose checksum does not
    ///   match, whose size is not octal, or whose content runs past the end.
    static func members(of bytes: [UInt8], name: String) throws -> [Member] {
        var members: [Member] = []
        var offset = 0

        while offset + 512 <= bytes.count {
            let header = Array(bytes[offset..<offset + 512])
            if header.allSatisfy({ $0 == 0 }) { return members }
            try checkChecksum(header, offset: offset, name: name)
            guard let size = octal(header[124..<136]) else {
                throw BinderError.invalidArchive(
                    path: name, offset: offset + 124, reason: "the member size is not octal")
            }

            let start = offset + 512
            guard start + size <= bytes.count else {
                throw BinderError.invalidArchive(path: name, offset: start, reason: "the last member is cut short")
            }
            let type = header[156]
            if type == UInt8(ascii: "0") || type == 0 {
                let prefix = text(header[345..<500])
                let base = text(header[0..<100])
                members.append(
                    Member(
                        path: prefix.isEmpty ? base : prefix + "/" + base, content: Array(bytes[start..<start + size])))
            }
            offset = start + (size + 511) / 512 * 512
        }
        throw BinderError.invalidArchive(path: name, offset: offset, reason: "the archive ends without its end marker")
    }

    // MARK: - Private

    private static func checkChecksum(_ header: [UInt8], offset: Int, name: String) throws {
        var blanked = header
        for index in 148..<156 { blanked[index] = UInt8(ascii: " ") }
        let computed = blanked.reduce(0) { $0 + Int($1) }

        guard let recorded = octal(header[148..<156]), recorded == computed else {
            throw BinderError.invalidArchive(
                path: name, offset: offset, reason: "the member header's checksum does not match its bytes")
        }
    }

    /// Parses an octal field ended by NUL or space, or returns `nil` when it contains anything else.
    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        let digits = field.drop { $0 == UInt8(ascii: " ") }.prefix { $0 != 0 && $0 != UInt8(ascii: " ") }
        guard !digits.isEmpty, digits.allSatisfy({ (48...55).contains($0) }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self), radix: 8)
    }

    private static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }
}
