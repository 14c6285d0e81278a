/// Walks the lines of UTF-8 bytes one at a time, so a large JSON-lines log is read in place, without
/// decoding it into a `String` copy first.
enum ByteLines {
    /// Calls `body` with each line (without its `\n` or `\r\n`) and its 1-based number, starting at
    /// `offset`. A final line without a break is passed too.
    static func forEach(in bytes: [UInt8], from offset: Int = 0, _ body: (ArraySlice<UInt8>, Int) -> Void) {
        var start = offset
        var number = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            body(bytes[start..<lineEnd], number)
            number += 1
            start = end + 1
        }
    }
}
