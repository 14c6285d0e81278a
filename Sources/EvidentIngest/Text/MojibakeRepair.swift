/// Undoes mojibake of the commonest kind: UTF-8 text that was read as Windows-1252 and saved again as
/// UTF-8, which turns `José` into `JosÃ©` and a byte order mark into `ï»¿`. Excel and Windows
/// PowerShell 5.1 do this to a BOM-less UTF-8 CSV opened and saved on a Western European system.
///
/// A text is repaired only when every one of its characters exists in Windows-1252 and the bytes those
/// characters stand for form valid UTF-8 with at least one multi-byte sequence. Text written correctly
/// in any language fails that test at its first non-ASCII character: a correct `é` is the lone byte
/// 0xE9, which UTF-8 never accepts on its own.
enum MojibakeRepair {
    /// Returns the repaired text, or `nil` when the text does not look double-encoded.
    static func repaired(_ text: String) -> String? {
        let utf8 = text.utf8
        let firstNonASCII = utf8.withContiguousStorageIfAvailable { bytes in bytes.firstIndex { $0 >= 0x80 } }
        guard firstNonASCII != .some(nil) else { return nil }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var continuationBytesDue = 0
        var sawMultiByte = false
        for scalar in text.unicodeScalars {
            guard let byte = windows1252Byte(scalar) else { return nil }

            // Check the UTF-8 structure as the bytes come, so correct text stops at its first
            // non-ASCII character instead of after the whole file.
            if continuationBytesDue > 0 {
                guard byte & 0xC0 == 0x80 else { return nil }
                continuationBytesDue -= 1
            } else if byte >= 0x80 {
                switch byte {
                case 0xC2...0xDF: continuationBytesDue = 1
                case 0xE0...0xEF: continuationBytesDue = 2
                case 0xF0...0xF4: continuationBytesDue = 3
                default: return nil
                }
                sawMultiByte = true
            }
            bytes.append(byte)
        }
        guard continuationBytesDue == 0, sawMultiByte else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    // MARK: - Private

    /// Returns the Windows-1252 byte of a character, or `nil` for a character outside that code page.
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
        return highBytes[value]
    }

    /// The characters Windows-1252 puts at 0x80 through 0x9F, and their bytes. The five undefined
    /// positions map to the C1 control of the same value, as Windows does.
    private static let highBytes: [UInt32: UInt8] = {
        let characters: [UInt32] = [
            0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
        ]
        var bytes: [UInt32: UInt8] = [:]
        for (offset, character) in characters.enumerated() { bytes[character] = UInt8(0x80 + offset) }
        return bytes
    }()
}
