/// Decodes the bytes of an export into text by sniffing the encoding, never assuming it.
///
/// The order of the tests matters: a byte order mark settles the question; without one, a file with
/// zero bytes in alternate positions is UTF-16; bytes that are valid UTF-8 are UTF-8; anything else is
/// read as Windows-1252, which maps every byte to a character, so decoding never fails. Unicode text
/// that turns out to be UTF-8 once read as Windows-1252 and saved again is repaired.
public enum TextDecoder {
    /// Decodes bytes into text.
    ///
    /// - Parameter bytes: The whole file.
    /// - Returns: The text without its byte order mark, and the encoding found.
    public static func decode(_ bytes: some Collection<UInt8>) -> DecodedText {
        var decoded = decodeEncoding(Array(bytes))
        guard decoded.encoding != .windows1252, let repaired = MojibakeRepair.repaired(decoded.text) else {
            return decoded
        }
        decoded.text = repaired.first == "\u{FEFF}" ? String(repaired.dropFirst()) : repaired
        decoded.repairedMojibake = true
        return decoded
    }

    // MARK: - Private

    private static func decodeEncoding(_ bytes: [UInt8]) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedText(text: decodeUTF8(bytes.dropFirst(3)), encoding: .utf8, hadByteOrderMark: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            let text = decodeUTF16(bytes.dropFirst(2), littleEndian: true)
            return DecodedText(text: text, encoding: .utf16LittleEndian, hadByteOrderMark: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            let text = decodeUTF16(bytes.dropFirst(2), littleEndian: false)
            return DecodedText(text: text, encoding: .utf16BigEndian, hadByteOrderMark: true)
        }

        if let littleEndian = sniffUTF16WithoutByteOrderMark(bytes) {
            let text = decodeUTF16(bytes[...], littleEndian: littleEndian)
            let encoding: TextEncoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
            return DecodedText(text: text, encoding: encoding, hadByteOrderMark: false)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, hadByteOrderMark: false)
        }
        return DecodedText(text: decodeWindows1252(bytes), encoding: .windows1252, hadByteOrderMark: false)
    }

    /// Returns whether BOM-less bytes look like UTF-16 text, and which byte order, from the share of
    /// zero bytes in even and odd positions of the first 512 bytes. ASCII-range text in UTF-16 has a
    /// zero in every other byte, which UTF-8 and Windows-1252 text never has.
    private static func sniffUTF16WithoutByteOrderMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(512)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs { return true }
        if evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs { return false }
        return nil
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252HighControls[Int(byte) - 0x80]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// The characters Windows-1252 puts at 0x80 through 0x9F, where Latin-1 has control codes.
    /// The five undefined positions map to the C1 control of the same value, as Windows does.
    private static let windows1252HighControls: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
