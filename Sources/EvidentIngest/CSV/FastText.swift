/// String helpers for the hot paths of the readers, where Foundation's `trimmingCharacters` and
/// `replacingOccurrences` cost more than finding the fields.
enum FastText {
    /// Returns the text without leading and trailing spaces and tabs; the same string when it has none,
    /// which is nearly always.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        guard first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else { return text }
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Lowercases ASCII text, drops a byte order mark and surrounding whitespace, and collapses runs of
    /// inner whitespace to one space; `nil` when the text has non-ASCII bytes other than the byte order
    /// mark, which the caller then normalizes the slow way.
    static func normalizedASCII(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var bytes = Substring(text).utf8[...]
        while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        for byte in bytes {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                pendingSpace = !output.isEmpty
            case 0x41...0x5A:
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte + 0x20)
            case 0x80...:
                return nil
            default:
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
