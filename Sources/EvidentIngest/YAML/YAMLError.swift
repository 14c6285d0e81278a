/// An error from parsing a YAML file or from reading one of its values.
///
/// Every case carries the file's path (relative to the workspace) and a 1-based line, and its
/// description reads `path:line: what is wrong; what to do`.
public enum YAMLError: Error, Hashable, Sendable {
    /// libyaml rejected the text; `problem` and `context` are libyaml's own words.
    case syntax(path: String, line: Int, column: Int, problem: String, context: String?)
    /// libyaml could not allocate its parser.
    case parserUnavailable(path: String)
    /// The file uses an anchor (`&name`) or an alias (`*name`), which workspace files do not need
    /// and which allow expansion bombs.
    case anchorOrAlias(path: String, line: Int, column: Int, name: String, isAlias: Bool)
    /// A mapping repeats a key; YAML keeps only one of the values, so the intent is unclear.
    case duplicateKey(path: String, line: Int, column: Int, key: String, firstLine: Int)
    /// A mapping key is a list or a mapping instead of text.
    case nonScalarKey(path: String, line: Int, column: Int)
    /// Collections are nested deeper than `YAMLParser.maximumDepth`.
    case nestingTooDeep(path: String, line: Int, column: Int, limit: Int)
    /// The file contains a second document after `---`.
    case multipleDocuments(path: String, line: Int)
    /// A required key is absent or null.
    case missingKey(path: String, line: Int, key: String, expected: String)
    /// A value has the wrong type or form; `found` is already quoted or names the node's kind.
    case invalidValue(path: String, line: Int, key: String, found: String, expected: String)

    /// The path of the file the error is about.
    public var path: String {
        switch self {
        case .syntax(let path, _, _, _, _), .parserUnavailable(let path), .anchorOrAlias(let path, _, _, _, _),
            .duplicateKey(let path, _, _, _, _), .nonScalarKey(let path, _, _), .nestingTooDeep(let path, _, _, _),
            .multipleDocuments(let path, _), .missingKey(let path, _, _, _), .invalidValue(let path, _, _, _, _):
            return path
        }
    }

    /// The 1-based line the error is about; `nil` when it concerns no line.
    public var line: Int? {
        switch self {
        case .parserUnavailable:
            return nil
        case .syntax(_, let line, _, _, _), .anchorOrAlias(_, let line, _, _, _), .duplicateKey(_, let line, _, _, _),
            .nonScalarKey(_, let line, _), .nestingTooDeep(_, let line, _, _), .multipleDocuments(_, let line),
            .missingKey(_, let line, _, _), .invalidValue(_, let line, _, _, _):
            return line
        }
    }
}

extension YAMLError: CustomStringConvertible {
    /// `path:line: what is wrong; what to do`.
    public var description: String {
        switch self {
        case .syntax(let path, let line, let column, let problem, let context):
            let detail = context.map { "\(problem) \($0)" } ?? problem
            return "\(path):\(line): invalid YAML at column \(column): \(detail); "
                + "check the indentation and quoting on this line and the lines above it."
        case .parserUnavailable(let path):
            return "\(path): libyaml could not allocate a parser; free some memory and run again."
        case .anchorOrAlias(let path, let line, let column, let name, let isAlias):
            let kind = isAlias ? "alias *\(name)" : "anchor &\(name)"
            return "\(path):\(line): \(kind) at column \(column) is not allowed; "
                + "write the value out in full, because workspace files do not support anchors and aliases."
        case .duplicateKey(let path, let line, _, let key, let firstLine):
            return "\(path):\(line): key \"\(key)\" appears again (first on line \(firstLine)); "
                + "keep one of the two and delete the other."
        case .nonScalarKey(let path, let line, let column):
            return "\(path):\(line): the key at column \(column) is a list or mapping; write keys as plain text."
        case .nestingTooDeep(let path, let line, let column, let limit):
            return "\(path):\(line): lists and mappings are nested more than \(limit) levels deep at column "
                + "\(column); flatten the structure as docs/workspace.md shows."
        case .multipleDocuments(let path, let line):
            return "\(path):\(line): a second YAML document starts here; "
                + "keep one document per file and delete the extra `---`."
        case .missingKey(let path, let line, let key, let expected):
            let name = key.split(separator: ".").last.map(String.init) ?? key
            return "\(path):\(line): \(key) is missing; add \(name): with \(expected)."
        case .invalidValue(let path, let line, let key, let found, let expected):
            return "\(path):\(line): \(key) is \(found); expected \(expected)."
        }
    }
}
