import EvidentIngest
import Testing

@Suite("TextDecoder")
struct TextDecoderTests {
    /// Encodes text as UTF-16 code units in the given byte order.
    private func utf16Bytes(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let low = UInt8(unit & 0xFF)
            let high = UInt8(unit >> 8)
            return littleEndian ? [low, high] : [high, low]
        }
    }

    @Test func utf8WithoutByteOrderMark() {
        let decoded = TextDecoder.decode(Array("name,city\nZoë,Málaga\n".utf8))

        #expect(decoded.text == "name,city\nZoë,Málaga\n")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.hadByteOrderMark)
    }

    @Test func utf8WithByteOrderMark() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("vendor,service\n".utf8))

        #expect(decoded.text == "vendor,service\n")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.hadByteOrderMark)
    }

    @Test func utf16LittleEndianWithByteOrderMark() {
        let bytes: [UInt8] = [0xFF, 0xFE] + utf16Bytes("Name,Enabled\r\nJosé,True\r\n", littleEndian: true)

        let decoded = TextDecoder.decode(bytes)

        #expect(decoded.text == "Name,Enabled\r\nJosé,True\r\n")
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.hadByteOrderMark)
    }

    @Test func utf16BigEndianWithByteOrderMark() {
        let bytes: [UInt8] = [0xFE, 0xFF] + utf16Bytes("id,name\n1,Zoë\n", littleEndian: false)

        let decoded = TextDecoder.decode(bytes)

        #expect(decoded.text == "id,name\n1,Zoë\n")
        #expect(decoded.encoding == .utf16BigEndian)
        #expect(decoded.hadByteOrderMark)
    }

    @Test func utf16BigEndianWithoutByteOrderMark() {
        let decoded = TextDecoder.decode(utf16Bytes("id,name\n1,Ann\n", littleEndian: false))

        #expect(decoded.text == "id,name\n1,Ann\n")
        #expect(decoded.encoding == .utf16BigEndian)
        #expect(!decoded.hadByteOrderMark)
    }

    @Test func utf16LittleEndianWithoutByteOrderMark() {
        let decoded = TextDecoder.decode(utf16Bytes("Machine,Setting\r\nPC-01,On\r\n", littleEndian: true))

        #expect(decoded.text == "Machine,Setting\r\nPC-01,On\r\n")
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(!decoded.hadByteOrderMark)
    }

    @Test func utf16SurrogatePairSurvives() {
        let decoded = TextDecoder.decode([0xFF, 0xFE] + utf16Bytes("ok 🔒\n", littleEndian: true))

        #expect(decoded.text == "ok 🔒\n")
    }

    @Test func windows1252SmartQuotesAndAccent() {
        // “Hi” café – as Notepad saves it in the ANSI code page.
        let bytes: [UInt8] = [0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x80]

        let decoded = TextDecoder.decode(bytes)

        #expect(decoded.text == "\u{201C}Hi\u{201D} café \u{2013}\u{20AC}")
        #expect(decoded.encoding == .windows1252)
        #expect(!decoded.hadByteOrderMark)
    }

    @Test func windows1252UndefinedBytesMapToControls() {
        let decoded = TextDecoder.decode([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D])

        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text.unicodeScalars.map(\.value) == [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D])
    }

    @Test func emptyInputIsEmptyUTF8() {
        let decoded = TextDecoder.decode([UInt8]())

        #expect(decoded.text.isEmpty)
        #expect(decoded.encoding == .utf8)
    }

    @Test("UTF-8 saved again through Windows-1252 is repaired")
    func doubleEncodedUTF8() {
        let decoded = TextDecoder.decode(Array("ï»¿name,note\nJosÃ©,donâ€™t\n".utf8))

        #expect(decoded.text == "name,note\nJosé,don’t\n")
        #expect(decoded.repairedMojibake)
    }

    @Test("text outside Windows-1252 is never repaired")
    func mixedTextNotRepaired() {
        let decoded = TextDecoder.decode(Array("name\nJosÃ©,東京\nZoë\n".utf8))

        #expect(decoded.text == "name\nJosÃ©,東京\nZoë\n")
        #expect(!decoded.repairedMojibake)
    }
}
