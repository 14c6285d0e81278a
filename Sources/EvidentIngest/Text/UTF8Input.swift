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

    /// Calls `body` with the export's text as UTF-8 bytes. These are the file's own bytes after any
    /// byte order mark when they are UTF-8 without mojibake. Otherwise they are the UTF-8 of the text
    /// `TextDecoder` decodes and repairs, as for a whole file read as a `String`.
    ///
    /// The whole file is scanned for mojibake with `MojibakeSignature`, and decoded only when the
    /// scan finds its pattern, so repair does not depend on where in the file the first case is.
    static func withText<Result, Failure: Error>(
        of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var decoded: DecodedText?
        if let offset = bodyOffset(of: bytes) {
            decoded = decodedIfDifferent(bytes, offset: offset)
            if decoded == nil {
                return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
                    try body(UnsafeBufferPointer(rebasing: buffer[offset...]))
                }
            }
        }
        let utf8 = Array((decoded ?? TextDecoder.decode(bytes)).text.utf8)
        return try utf8.withUnsafeBufferPointer { buffer throws(Failure) in try body(buffer) }
    }

    /// Returns whether UTF-8 bytes hold mojibake that `TextDecoder` repairs, anywhere in the file.
    static func hasRepairableMojibake(_ bytes: [UInt8]) -> Bool {
        guard let offset = bodyOffset(of: bytes) else { return false }
        return decodedIfDifferent(bytes, offset: offset)?.repairedMojibake ?? false
    }

    // MARK: - Private

    /// Returns the whole file decoded when that gives other text than the bytes in place, which needs
    /// the mojibake pattern to appear and the decoder to repair it or to find invalid UTF-8; else `nil`.
    private static func decodedIfDifferent(_ bytes: [UInt8], offset: Int) -> DecodedText? {
        let suspect = bytes.withUnsafeBufferPointer { buffer in
            MojibakeSignature.appears(in: UnsafeBufferPointer(rebasing: buffer[offset...]))
        }
        guard suspect else { return nil }
        let decoded = TextDecoder.decode(bytes)
        return decoded.repairedMojibake || decoded.encoding != .utf8 ? decoded : nil
    }
}
