/// One node of a parsed YAML document: a scalar, a sequence or a mapping, with the 1-based line and
/// column it starts at so that every value read from a workspace file can name its line.
///
/// Scalars keep their text untyped. The accessors of `YAMLMapping` decide what a value means from the
/// key it sits under, so `name: 2024` is the text "2024" and `ephi: yes` is true, without YAML 1.1
/// type resolution guessing.
public struct YAMLNode: Hashable, Sendable {
    /// The node's value.
    public var content: Content
    /// The 1-based line the node starts on.
    public var line: Int
    /// The 1-based column the node starts at.
    public var column: Int

    /// The three kinds of YAML node.
    public enum Content: Hashable, Sendable {
        /// A single value.
        case scalar(Scalar)
        /// An ordered list of nodes.
        case sequence([YAMLNode])
        /// Keys with their values, in file order; keys are unique.
        case mapping([Entry])
    }

    /// The text of a scalar and whether it was written without quotes.
    public struct Scalar: Hashable, Sendable {
        /// The value with quotes and escapes resolved.
        public var text: String
        /// Whether the scalar was written plain, without quotes or a block indicator.
        public var isPlain: Bool

        /// Creates a scalar.
        public init(text: String, isPlain: Bool) {
            self.text = text
            self.isPlain = isPlain
        }

        /// Whether the scalar is YAML's null: an unquoted `~`, `null` or nothing at all. A quoted
        /// `"null"` is text.
        public var isNull: Bool {
            isPlain && ["", "~", "null", "Null", "NULL"].contains(text)
        }
    }

    /// One key of a mapping with its value.
    public struct Entry: Hashable, Sendable {
        /// The key's text.
        public var key: String
        /// The 1-based line of the key.
        public var line: Int
        /// The 1-based column of the key.
        public var column: Int
        /// The value under the key.
        public var value: YAMLNode

        /// Creates a mapping entry.
        public init(key: String, line: Int, column: Int, value: YAMLNode) {
            self.key = key
            self.line = line
            self.column = column
            self.value = value
        }
    }

    /// Creates a node.
    public init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// Whether the node is a null scalar, which the accessors treat like an absent key.
    public var isNull: Bool {
        if case .scalar(let scalar) = content { return scalar.isNull }
        return false
    }

    /// How the node reads in an error message: the scalar in quotes, or the kind of collection.
    public var foundDescription: String {
        switch content {
        case .scalar(let scalar) where scalar.isNull:
            return "empty"
        case .scalar(let scalar):
            let text = scalar.text.count > 60 ? scalar.text.prefix(57) + "..." : Substring(scalar.text)
            return "\"" + text + "\""
        case .sequence:
            return "a list"
        case .mapping:
            return "a mapping"
        }
    }
}
