/// Writes a POSIX ustar archive in memory: 512-byte headers, file contents padded to 512 bytes, and
/// two zero blocks at the end, which `tar -xf` and every other tar reader extract.
///
/// Every entry is a regular file with mode 0644, owner 0:0 and the same modification time, so one
/// binder's bytes depend only on its contents.
struct TarArchive {
    /// The archive's bytes so far.
    private(set) var bytes: [UInt8] = []
    /// The modification time of every entry, in seconds since 1970.
    let modificationTime: Int64

    /// Creates an empty archive whose entries carry this modification time.
    init(modificationTime: Int64) {
        self.modificationTime = modificationTime
    }

    /// Appends one file.
    ///
    /// - Throws: `BinderError.pathTooLong` when the path does not fit ustar's 100-byte name and
    ///   155-byte prefix.
    mutating func append(path: String, content: [UInt8]) throws {
        let (prefix, name) = try Self.split(path)
        var header = [UInt8](repeating: 0, count: 512)
        Self.put(name, at: 0, width: 100, in: &header)
        Self.put(Self.octal(0o644, width: 8), at: 100, width: 8, in: &header)
        Self.put(Self.octal(0, width: 8), at: 108, width: 8, in: &header)
        Self.put(Self.octal(0, width: 8), at: 116, width: 8, in: &header)
        Self.put(Self.octal(Int64(content.count), width: 12), at: 124, width: 12, in: &header)
        Self.put(Self.octal(modificationTime, width: 12), at: 136, width: 12, in: &header)
        for index in 148..<156 { header[index] = UInt8(ascii: " ") }
        header[156] = UInt8(ascii: "0")
        Self.put("ustar", at: 257, width: 6, in: &header)
        Self.put("00", at: 263, width: 2, in: &header)
        Self.put(prefix, at: 345, width: 155, in: &header)

        // The checksum is the sum of the header's bytes with its own field read as spaces.
        let checksum = header.reduce(0) { $0 + Int64($1) }
        Self.put(Self.octal(checksum, width: 7), at: 148, width: 6, in: &header)
        header[154] = 0
        header[155] = UInt8(ascii: " ")

        bytes += header
        bytes += content
        bytes += [UInt8](repeating: 0, count: (512 - content.count % 512) % 512)
    }

    /// Ends the archive with two zero blocks and returns its bytes.
    func finished() -> [UInt8] {
        bytes + [UInt8](repeating: 0, count: 1024)
    }

    // MARK: - Private

    /// Splits a path into ustar's prefix and name at a `/`, when it is longer than 100 bytes.
    private static func split(_ path: String) throws -> (prefix: String, name: String) {
        let length = path.utf8.count
        guard length > 100 else { return ("", path) }

        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for index in parts.indices.dropFirst() {
            let prefix = parts[..<index].joined(separator: "/")
            let name = parts[index...].joined(separator: "/")
            if prefix.utf8.count <= 155 && name.utf8.count <= 100 { return (prefix, name) }
        }
        throw BinderError.pathTooLong(path: path)
    }

    /// Octal digits padded with zeros to `width - 1`, then a NUL, as ustar's numeric fields are.
    private static func octal(_ value: Int64, width: Int) -> String {
        let digits = String(value, radix: 8)
        return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
    }

    private static func put(_ text: String, at offset: Int, width: Int, in header: inout [UInt8]) {
        for (index, byte) in text.utf8.prefix(width).enumerated() {
            header[offset + index] = byte
        }
    }
}
