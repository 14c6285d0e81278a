/// Finds the line of a value in a file's text, for messages about a value that a reader came across
/// without knowing its line.
enum TextLineLocator {
    /// Returns the 1-based line of the first occurrence of `value` that no digit or letter adjoins, or
    /// `nil` when there is none. The boundary rule keeps `1/2/2026` from matching inside `11/2/2026`.
    static func line(of value: String, in text: String) -> Int? {
        let needle = Array(value.utf8)
        guard let first = needle.first else { return nil }

        var line = 1
        let haystack = Array(text.utf8)
        var index = 0
        while index + needle.count <= haystack.count {
            let byte = haystack[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
            } else if byte == first, haystack[index..<index + needle.count].elementsEqual(needle),
                !isWordByte(haystack, at: index - 1), !isWordByte(haystack, at: index + needle.count)
            {
                return line
            }
            index += 1
        }
        return nil
    }

    private static func isWordByte(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes.indices.contains(index) else { return false }
        let byte = bytes[index]
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
}
