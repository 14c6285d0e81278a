/// Decodes the escapes of a JSON string's raw bytes, for the rare value that has any.
enum JSONString {
    /// Returns the bytes with `\"`, `\\`, `\/`, `\n` and the like and `\uXXXX` (including surrogate
    /// pairs) decoded to UTF-8. An invalid escape is kept as written.
    static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == 0x5C, index + 1 < raw.count else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hexValue(raw, at: index) else {
                    output += [0x5C, escape]
                    continue
                }
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 5 < raw.count, raw[index] == 0x5C,
                    raw[index + 1] == UInt8(ascii: "u"), let low = hexValue(raw, at: index + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                output += Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default:
                output.append(escape)
            }
        }
        return output
    }

    /// Returns whether raw string bytes contain an escape.
    static func hasEscape(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.contains(0x5C)
    }

    // MARK: - Private

    private static func hexValue(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = raw[index + offset] | 0x20
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
