import EvidentCore
import Foundation

/// Turns a JSON parse failure into an error a user can act on: where the text broke, and whether
/// the file was cut short.
///
/// Foundation's parser reports only "Unexpected end of file" or "Invalid value around character N",
/// which names neither a line nor the usual cause. An export interrupted while it was written or
/// copied ends inside an open object, array or string, and that is what users most often have.
enum JSONSyntaxError {
    /// Returns the malformed-file error for JSON text that `JSONSerialization` rejected.
    static func evidenceError(in text: String, path: String, parserError: any Error) -> EvidenceError {
        let scan = Scan(text)
        if scan.isOpenAtEnd {
            return .malformed(
                path: path, line: scan.lineCount, column: nil,
                reason: "the JSON stops inside an open \(scan.openContainer), so the file was cut short "
                    + "(an interrupted export or copy); export it again")
        }

        let description = Self.debugDescription(of: parserError)
        let line = Self.characterOffset(in: description).map { scan.line(atByte: $0, in: text) }
        return .malformed(
            path: path, line: line, column: nil,
            reason: "not valid JSON (\(description ?? "the parser gave no reason")); export the file again")
    }

    /// Returns the malformed-file error when text is not JSON at all, or `nil` when it parses, so a
    /// reader whose `JSONDecoder` failed can tell broken syntax from an unexpected structure.
    static func syntaxError(in text: String, path: String) -> EvidenceError? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return nil
        } catch {
            return evidenceError(in: text, path: path, parserError: error)
        }
    }

    // MARK: - Private

    /// The structure of the text at its end: open containers and strings, and the line count.
    private struct Scan {
        private(set) var lineCount = 1
        private var stack: [UInt8] = []
        private var strings = JSONStringTracker()

        init(_ text: String) {
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\n") { lineCount += 1 }
                guard strings.isOutsideString(byte) else { continue }

                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["): stack.append(byte)
                case UInt8(ascii: "}"), UInt8(ascii: "]"): if !stack.isEmpty { stack.removeLast() }
                default: break
                }
            }
            // A file that ends with a line break has no text on the line after it.
            if text.utf8.last == UInt8(ascii: "\n") { lineCount -= 1 }
        }

        var isOpenAtEnd: Bool { strings.isInString || !stack.isEmpty }

        var openContainer: String {
            if strings.isInString { return "string" }
            return stack.last == UInt8(ascii: "[") ? "array" : "object"
        }

        /// Returns the 1-based line holding a byte offset of the text's UTF-8.
        func line(atByte offset: Int, in text: String) -> Int {
            1 + text.utf8.prefix(offset).count { $0 == UInt8(ascii: "\n") }
        }
    }

    private static func debugDescription(of error: any Error) -> String? {
        (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    }

    /// Returns N from "around character N" in the parser's description.
    private static func characterOffset(in description: String?) -> Int? {
        guard let description, let range = description.range(of: "around character ") else { return nil }
        return Int(description[range.upperBound...].prefix { $0.isNumber })
    }
}
