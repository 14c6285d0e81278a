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

    /// The way an export's text is read as UTF-8.
    enum Layout: Sendable {
        /// The file's own bytes from this offset, after any byte order mark.
        case inPlace(offset: Int)
        /// The UTF-8 of the text `TextDecoder` decoded, and repaired when it had mojibake.
        case decoded(DecodedText)

        /// Whether the decoder repaired mojibake.
        var repairedMojibake: Bool {
            if case .decoded(let decoded) = self { return decoded.repairedMojibake }
            return false
        }
    }

    /// Returns how to read an export as UTF-8: in place when it is UTF-8 without mojibake, else decoded
    /// whole and repaired, as for a file read as a `String`.
    ///
    /// The whole file is scanned for mojibake with `MojibakeSignature`, and decoded only when the
    /// scan finds its pattern, so repair does not depend on where in the file the first case is.
    static func layout(of bytes: [UInt8]) -> Layout {
        guard let offset = bodyOffset(of: bytes) else { return .decoded(TextDecoder.decode(bytes)) }

        let suspect = bytes.withUnsafeBufferPointer { buffer in
            MojibakeSignature.appears(in: UnsafeBufferPointer(rebasing: buffer[offset...]))
        }
        guard suspect else { return .inPlace(offset: offset) }
        let decoded = TextDecoder.decode(bytes)
        return decoded.repairedMojibake || decoded.encoding != .utf8 ? .decoded(decoded) : .inPlace(offset: offset)
    }

    /// Calls `body` with the export's text as UTF-8 bytes, laid out as in `layout`. The layout is
    /// worked out from the bytes when the caller passes none.
    static func withText<Result, Failure: Error>(
        of bytes: [UInt8], layout: Layout? = nil, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        switch layout ?? self.layout(of: bytes) {
        case .inPlace(let offset):
            return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
                try body(UnsafeBufferPointer(rebasing: buffer[offset...]))
            }
        case .decoded(let decoded):
            let utf8 = Array(decoded.text.utf8)
            return try utf8.withUnsafeBufferPointer { buffer throws(Failure) in try body(buffer) }
        }
    }
}
