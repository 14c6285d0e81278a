import EvidentCore
import Testing

@testable import EvidentIngest

@Suite("CSVRecordStream")
struct CSVRecordStreamTests {
    /// Reads text through both readers and returns (header, records as line and fields).
    private func both(_ bytes: [UInt8]) throws -> (stream: [String], table: [String]) {
        var streamed: [String] = []
        try CSVRecordStream(path: "t.csv", required: []).read(bytes) { header in
            streamed.append("header \(header.line) \(header.names) \(header.hadTypeLine)")
        } record: { record in
            streamed.append("\(record.line) \(record.fields)")
        }

        let table = try CSVTable(text: TextDecoder.decode(bytes).text)
        let tabled =
            ["header \(table.headerLine) \(table.header) \(table.hadTypeLine)"]
            + table.records.map { "\($0.line) \($0.fields)" }
        return (streamed, tabled)
    }

    @Test("same records as CSVTable")
    func sameAsTable() throws {
        let text =
            "#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\nsep=,\r\n\u{FEFF} \"Name\" ,\"Note\",Count\r\n"
            + "ann,\"line one\r\nline two\",3\r\n\r\nbob,\"say \"\"hi\"\"\"\r\ncarl\r\n"

        let utf8 = try both(Array(text.utf8))
        #expect(utf8.stream == utf8.table)
        #expect(utf8.stream.count == 4)

        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try both(utf16)
        #expect(decoded.stream == decoded.table)
        #expect(decoded.stream == utf8.stream)
    }

    @Test("semicolon delimiter and missing column")
    func delimiterAndMissingColumn() throws {
        let bytes = Array("Device name;Encrypted\nWS-01;True\n".utf8)

        let result = try both(bytes)
        #expect(result.stream == result.table)

        #expect(throws: EvidenceError.missingColumns(path: "t.csv", columns: ["SamAccountName"])) {
            try CSVRecordStream(path: "t.csv", required: [["SamAccountName"], ["Device name"]]).read(bytes) { _ in
            } record: { _ in
            }
        }
    }

    @Test("unterminated quote reports the records before it")
    func unterminatedQuote() throws {
        var lines: [Int] = []
        let bytes = Array("a,b\n1,2\n3,\"4\n".utf8)

        #expect(throws: EvidenceError.self) {
            try CSVRecordStream(path: "t.csv", required: []).read(bytes) { _ in
            } record: { record in
                lines.append(record.line)
            }
        }
        #expect(lines == [2])
    }
}
