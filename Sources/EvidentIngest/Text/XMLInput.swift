import Foundation

/// Prepares an XML export's bytes for `XMLParser`, which must only ever see valid UTF-8 or a correctly
/// declared encoding.
///
/// swift-corelibs-foundation's `XMLParser` traps (crashes the process) on an element or attribute
/// name that is not valid UTF-8, which libxml2 passes through; fuzzing found this with a single altered
/// byte in an nmap scan. Text that is not valid UTF-8 is therefore decoded as `TextDecoder` does and
/// handed over as UTF-8, with the declaration's `encoding` rewritten to match.
enum XMLInput {
    /// Returns the bytes unchanged when they are valid UTF-8 without a byte order mark, else the text
    /// re-encoded as UTF-8.
    static func data(_ bytes: [UInt8]) -> Data {
        let decoded = TextDecoder.decode(bytes)
        if decoded.encoding == .utf8 && !decoded.hadByteOrderMark {
            return Data(bytes)
        }

        var text = decoded.text
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            let declaration = String(text[..<end.upperBound])
            let rewritten = declaration.replacingOccurrences(
                of: #"encoding\s*=\s*["'][^"']*["']"#, with: #"encoding="UTF-8""#, options: .regularExpression)
            text.replaceSubrange(..<end.upperBound, with: rewritten)
        }
        return Data(text.utf8)
    }
}
