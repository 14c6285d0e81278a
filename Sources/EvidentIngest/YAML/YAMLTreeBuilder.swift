/// Assembles `YAMLNode` values from a stream of parser events, with an explicit stack instead of
/// recursion so that nesting depth is bounded by a check, not by the thread's stack.
///
/// It enforces the rules libyaml leaves to the caller: keys are scalars, keys are unique within a
/// mapping, and nesting stays within a limit.
struct YAMLTreeBuilder {
    /// The path named in errors.
    let path: String
    /// The deepest nesting of collections allowed.
    let maximumDepth: Int
    /// The finished root node, once the outermost node has ended.
    private(set) var root: YAMLNode?

    private var stack: [Frame] = []

    /// An open collection and what has been read into it so far.
    private struct Frame {
        var line: Int
        var column: Int
        var isMapping: Bool
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        var pendingKey: (text: String, line: Int, column: Int)?
        var firstLineByKey: [String: Int] = [:]
    }

    init(path: String, maximumDepth: Int) {
        self.path = path
        self.maximumDepth = maximumDepth
    }

    /// Opens a sequence or mapping that starts at a position.
    mutating func startCollection(isMapping: Bool, line: Int, column: Int) throws(YAMLError) {
        guard stack.count < maximumDepth else {
            throw .nestingTooDeep(path: path, line: line, column: column, limit: maximumDepth)
        }
        stack.append(Frame(line: line, column: column, isMapping: isMapping))
    }

    /// Closes the innermost open collection and attaches it to its parent.
    mutating func endCollection() throws(YAMLError) {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
        try attach(YAMLNode(content, line: frame.line, column: frame.column))
    }

    /// Adds a scalar at the current position.
    mutating func addScalar(_ scalar: YAMLNode.Scalar, line: Int, column: Int) throws(YAMLError) {
        try attach(YAMLNode(.scalar(scalar), line: line, column: column))
    }

    // MARK: - Private

    /// Places a finished node: as the root, as a sequence item, as a mapping key, or as the value of
    /// the pending key.
    private mutating func attach(_ node: YAMLNode) throws(YAMLError) {
        guard var frame = stack.popLast() else {
            root = node
            return
        }
        defer { stack.append(frame) }

        if !frame.isMapping {
            frame.items.append(node)
            return
        }

        guard let key = frame.pendingKey else {
            guard case .scalar(let scalar) = node.content else {
                throw .nonScalarKey(path: path, line: node.line, column: node.column)
            }
            if let firstLine = frame.firstLineByKey[scalar.text] {
                throw .duplicateKey(
                    path: path, line: node.line, column: node.column, key: scalar.text, firstLine: firstLine)
            }
            frame.firstLineByKey[scalar.text] = node.line
            frame.pendingKey = (scalar.text, node.line, node.column)
            return
        }
        frame.entries.append(YAMLNode.Entry(key: key.text, line: key.line, column: key.column, value: node))
        frame.pendingKey = nil
    }
}
