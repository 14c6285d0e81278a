import FoundationEssentials

/// The one JSON encoder configuration of every report: pretty printed, keys sorted, slashes left
/// unescaped, and a final newline, so equal input gives byte-identical output.
enum JSONOutput {
    /// Encodes a document.
    ///
    /// - Throws: `EncodingError` from `JSONEncoder`, which the report documents cannot raise in
    ///   practice because they hold only strings, integers, booleans, arrays and nulls.
    static func text(_ document: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
