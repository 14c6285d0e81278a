import CYAML

/// Parses YAML text into a `YAMLNode` tree with libyaml's event API.
///
/// Workspace files are small, single-document and hand-edited, so the parser rejects what they never
/// need and what makes them ambiguous or dangerous: anchors and aliases (expansion bombs), duplicate
/// keys, non-text keys, a second document, and nesting deeper than `maximumDepth`.
public enum YAMLParser {
    /// The deepest nesting of lists and mappings accepted; workspace files use at most four levels.
    public static let maximumDepth = 32

    /// Parses a file's bytes, decoding them as `TextDecoder` does, so files saved as UTF-16 or
    /// Windows-1252 by Windows editors read the same as UTF-8 ones.
    ///
    /// - Parameters:
    ///   - bytes: The whole file.
    ///   - path: The path named in errors, relative to the workspace.
    /// - Returns: The root node, or `nil` when the file contains no document (empty or only comments).
    /// - Throws: `YAMLError` naming the path, line and problem.
    public static func parse(bytes: some Collection<UInt8>, path: String) throws(YAMLError) -> YAMLNode? {
        try parse(TextDecoder.decode(bytes).text, path: path)
    }

    /// Parses YAML text.
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - path: The path named in errors, relative to the workspace.
    /// - Returns: The root node, or `nil` when the text contains no document (empty or only comments).
    /// - Throws: `YAMLError` naming the path, line and problem.
    public static func parse(_ text: String, path: String) throws(YAMLError) -> YAMLNode? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }

        // libyaml stores a pointer to the parser inside the parser, so it needs a fixed address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw .parserUnavailable(path: path) }
        defer { yaml_parser_delete(parser) }

        return try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            return try readEvents(parser, path: path)
        }
    }

    // MARK: - Private

    /// Pulls events until the end of the stream and feeds them to a tree builder. The parser's input
    /// must stay valid for the whole call.
    private static func readEvents(
        _ parser: UnsafeMutablePointer<yaml_parser_t>,
        path: String
    ) throws(YAMLError) -> YAMLNode? {
        var builder = YAMLTreeBuilder(path: path, maximumDepth: maximumDepth)
        var documentCount = 0

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw syntaxError(parser.pointee, path: path)
            }
            defer { yaml_event_delete(&event) }

            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return builder.root
            case YAML_DOCUMENT_START_EVENT:
                documentCount += 1
                if documentCount > 1 { throw .multipleDocuments(path: path, line: line) }
            case YAML_ALIAS_EVENT:
                let name = text(event.data.alias.anchor) ?? ""
                throw .anchorOrAlias(path: path, line: line, column: column, name: name, isAlias: true)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                try rejectAnchor(scalar.anchor, path: path, line: line, column: column)
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let isPlain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                try builder.addScalar(YAMLNode.Scalar(text: value, isPlain: isPlain), line: line, column: column)
            case YAML_SEQUENCE_START_EVENT:
                try rejectAnchor(event.data.sequence_start.anchor, path: path, line: line, column: column)
                try builder.startCollection(isMapping: false, line: line, column: column)
            case YAML_MAPPING_START_EVENT:
                try rejectAnchor(event.data.mapping_start.anchor, path: path, line: line, column: column)
                try builder.startCollection(isMapping: true, line: line, column: column)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try builder.endCollection()
            default:
                break
            }
        }
    }

    private static func rejectAnchor(
        _ anchor: UnsafeMutablePointer<yaml_char_t>?,
        path: String,
        line: Int,
        column: Int
    ) throws(YAMLError) {
        guard let name = text(anchor) else { return }
        throw .anchorOrAlias(path: path, line: line, column: column, name: name, isAlias: false)
    }

    /// Builds the error for a failed parse from libyaml's problem, context and marks.
    private static func syntaxError(_ parser: yaml_parser_t, path: String) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem (libyaml gave no detail)"
        let mark = parser.problem_mark
        var context = parser.context.map { String(cString: $0) }

        // An unclosed quote or bracket fails at the end of the file; the context mark is where it opened.
        if let text = context, parser.context_mark.line != mark.line {
            context = "\(text) that started on line \(Int(parser.context_mark.line) + 1)"
        }
        return .syntax(
            path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1, problem: problem, context: context)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
