import Foundation
import Testing

@testable import EvidentIngest

@Suite("CSVRecordScanner")
struct CSVRecordScannerTests {
    /// Scans `text` in buffers that end at `split`, the way `CSVFileStream` feeds a file, and returns
    /// each record's line and fields.
    private func records(_ text: String, splitAt split: Int) -> [[String]] {
        let bytes = Array(text.utf8)
        var scanner = CSVRecordScanner()
        var records: [[String]] = []
        var pending: [UInt8] = []
        for (chunk, isFinal) in [(bytes[..<split], false), (bytes[split...], true)] {
            pending += chunk
            let outcome = pending.withUnsafeBufferPointer { buffer in
                scanner.scan(buffer, isFinal: isFinal) { view in records.append(["\(view.line)"] + view.strings) }
            }
            guard case .consumed(let consumed) = outcome else { return [["unterminated"]] }
            pending.removeFirst(consumed)
        }
        return records
    }

    @Test func everySplitPointGivesTheSameRecords() {
        let text = "a,b\r\n\"x\"\"y\",\"line\none\"\n\nlast,\"\"\n,\r\nend"
        let whole = records(text, splitAt: 0)

        #expect(
            whole == [["1", "a", "b"], ["2", "x\"y", "line\none"], ["5", "last", ""], ["6", "", ""], ["7", "end"]])
        for split in 0...text.utf8.count {
            #expect(records(text, splitAt: split) == whole, "split at \(split)")
        }
    }

    @Test func fieldsAcrossBlockBoundaries() {
        // Field lengths from 0 to 70 put separators on every offset of the scanner's 64-byte blocks,
        // and every fifth field is quoted with a delimiter, a line break or a doubled quote inside.
        var expected: [[String]] = []
        var text = ""
        var line = 1
        for record in 0..<12 {
            var fields: [String] = []
            var encoded: [String] = []
            for index in 0..<(3 + record % 5) {
                let length = (record * 7 + index * 13) % 71
                var value = String(repeating: Character(UnicodeScalar(UInt8(97 + (index % 26)))), count: length)
                if (record + index) % 5 == 0 {
                    value += ["a,b", "x\ny", "say \"hi\""][index % 3]
                    encoded.append("\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                } else {
                    encoded.append(value)
                }
                fields.append(value)
            }
            expected.append(["\(line)"] + fields)
            line += 1 + fields.reduce(0) { $0 + $1.count { $0 == "\n" } }
            text += encoded.joined(separator: ",") + (record % 2 == 0 ? "\r\n" : "\n")
        }

        for split in stride(from: 0, through: text.utf8.count, by: 7) {
            #expect(records(text, splitAt: split) == expected, "split at \(split)")
        }
    }

    @Test func unterminatedQuoteNamesItsLine() {
        var scanner = CSVRecordScanner()
        let bytes = Array("a,b\nc,\"open\nstill open".utf8)

        let outcome = bytes.withUnsafeBufferPointer { scanner.scan($0, isFinal: true) { _ in } }

        #expect(outcome == .unterminatedQuote(line: 2))
    }

    @Test func fileStreamGrowsForLongRecords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = String(repeating: "x", count: 100)
        let url = folder.appendingPathComponent("long.csv")
        try Data(("\u{FEFF}name,note\nann,\"\(long)\"\nbob,short\n").utf8).write(to: url)
        var rows: [[String]] = []

        let bytes = try CSVFileStream(path: url.path, chunkSize: 16).forEachRecord { rows.append($0.strings) }

        #expect(bytes == 130)
        #expect(rows == [["name", "note"], ["ann", long], ["bob", "short"]])
    }

    @Test func fileStreamReportsMissingFile() {
        #expect(throws: CSVStreamError.self) {
            try CSVFileStream(path: "/nonexistent/evident/file.csv").forEachRecord { _ in }
        }
    }
}
