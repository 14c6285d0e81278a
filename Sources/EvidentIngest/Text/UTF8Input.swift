/// Decides whether an export's bytes can be read as UTF-8 in place, which spares a large file the
/// copy that decoding into a `String` makes.
enum UTF8Input {
    /// How much of the file is sniffed; a Windows-1252 export shows its first non-ASCII byte well
    /// before this in practice.
    static let sniffLength = 65_536

    /// Returns the offset of the text after a UTF-8 byte order mark, 0 for UTF-8 without one, and
    /// `nil` when the bytes are in another encoding and must be decoded first.
    ///
    /// NOTE: Only the first 64 KiB are checked; invalid UTF-8 later in the file is replaced with
    /// U+FFFD field by field instead of switching the whole file to Windows-1252.
    static func bodyOffset(of bytes: [UInt8]) -> Int? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return 3 }
        var head = Array(bytes.prefix(sniffLength))
        if bytes.count > sniffLength {
            while let last = head.last, last & 0xC0 == 0x80 { head.removeLast() }
            if let last = head.last, last >= 0xC0 { head.removeLast() }
        }
        guard TextDecoder.decode(head).encoding == .utf8 else { return nil }
        return 0
    }
}
