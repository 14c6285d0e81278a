import EvidentCore

/// A YAML mapping read through typed accessors that fail with errors naming the file, line, key, the
/// value found and what was expected.
///
/// An absent key and a null value (`key:`, `key: ~`, `key: null`) read the same: optional accessors
/// return `nil` (or an empty list) and required ones throw `YAMLError.missingKey` or, for a key
/// present but empty, `YAMLError.invalidValue` with the value `empty`.
public struct YAMLMapping: Sendable {
    /// The path named in errors, relative to the workspace.
    public let path: String
    /// The 1-based line the mapping starts on.
    public let line: Int
    /// The entries in file order.
    public let entries: [YAMLNode.Entry]
    /// The dotted keys that lead to this mapping, such as `organization.`, prefixed to keys in messages.
    public let keyPrefix: String

    /// Views a node as a mapping.
    ///
    /// - Parameters:
    ///   - node: The node, which must be a mapping.
    ///   - path: The path named in errors.
    ///   - name: What the node is, for the error when it is not a mapping, for example `the file`.
    ///   - keyPrefix: The dotted keys that lead to the node, prefixed to keys in messages.
    /// - Throws: `YAMLError.invalidValue` when the node is a scalar or a list.
    public init(_ node: YAMLNode, path: String, name: String, keyPrefix: String = "") throws(YAMLError) {
        guard case .mapping(let entries) = node.content else {
            throw .invalidValue(
                path: path, line: node.line, key: name, found: node.foundDescription, expected: Expected.mapping)
        }
        self.path = path
        self.line = node.line
        self.entries = entries
        self.keyPrefix = keyPrefix
    }

    /// Returns the value under a key; `nil` when the key is absent or its value is null.
    public func node(_ key: String) -> YAMLNode? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Returns the line of a key, or the mapping's own line when the key is absent.
    public func line(of key: String) -> Int {
        entries.first { $0.key == key }?.line ?? line
    }

    /// Returns the text under a key; `nil` when absent or null.
    ///
    /// - Throws: `YAMLError.invalidValue` when the value is a list or a mapping.
    public func string(_ key: String) throws(YAMLError) -> String? {
        guard let node = node(key) else { return nil }
        return try scalarText(node, key: qualified(key), expected: Expected.text)
    }

    /// Returns the text under a key, which must be present and not blank.
    public func requiredString(_ key: String) throws(YAMLError) -> String {
        let text = try require(string(key), key, expected: Expected.text)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw .invalidValue(
                path: path, line: line(of: key), key: qualified(key), found: "blank", expected: Expected.text)
        }
        return text
    }

    /// Returns the boolean under a key: `true`, `false`, `yes` or `no` in any case; `nil` when absent.
    public func bool(_ key: String) throws(YAMLError) -> Bool? {
        guard let node = node(key) else { return nil }
        let text = try scalarText(node, key: qualified(key), expected: Expected.bool)
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw invalid(node, key, expected: Expected.bool)
        }
    }

    /// Returns the boolean under a key, which must be present.
    public func requiredBool(_ key: String) throws(YAMLError) -> Bool {
        try require(bool(key), key, expected: Expected.bool)
    }

    /// Returns the whole number under a key, which must be at least `minimum`; `nil` when absent.
    public func int(_ key: String, minimum: Int) throws(YAMLError) -> Int? {
        guard let node = node(key) else { return nil }
        let expected = Expected.integer(minimum: minimum)
        let text = try scalarText(node, key: qualified(key), expected: expected)
        guard let value = Int(text.filter { $0 != "_" }), value >= minimum else {
            throw invalid(node, key, expected: expected)
        }
        return value
    }

    /// Returns the ISO 8601 date (`YYYY-MM-DD`) under a key; `nil` when absent.
    public func date(_ key: String) throws(YAMLError) -> CalendarDay? {
        guard let node = node(key) else { return nil }
        let text = try scalarText(node, key: qualified(key), expected: Expected.date)
        guard let day = CalendarDay(iso8601: text) else {
            throw invalid(node, key, expected: CalendarDay.expectation(forInvalid: text))
        }
        return day
    }

    /// Returns the ISO 8601 date under a key, which must be present.
    public func requiredDate(_ key: String) throws(YAMLError) -> CalendarDay {
        try require(date(key), key, expected: Expected.date)
    }

    /// Returns the value under a key as one of an enumeration's raw values, matched exactly;
    /// `nil` when absent.
    public func value<Value>(_ key: String, as type: Value.Type) throws(YAMLError) -> Value?
    where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        guard let node = node(key) else { return nil }
        let expected = Expected.oneOf(Value.allCases.map(\.rawValue))
        let text = try scalarText(node, key: qualified(key), expected: expected)
        guard let value = Value(rawValue: text) else { throw invalid(node, key, expected: expected) }
        return value
    }

    /// Returns the value under a key as one of an enumeration's raw values, which must be present.
    public func requiredValue<Value>(_ key: String, as type: Value.Type) throws(YAMLError) -> Value
    where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        let expected = Expected.oneOf(Value.allCases.map(\.rawValue))
        return try require(value(key, as: type), key, expected: expected)
    }

    // MARK: - Internal

    /// Names a key in messages, with the keys that lead to this mapping.
    func qualified(_ key: String) -> String {
        keyPrefix + key
    }

    /// Returns a scalar's text; `expected` names what the caller wanted if the node is a collection.
    func scalarText(_ node: YAMLNode, key: String, expected: String) throws(YAMLError) -> String {
        guard case .scalar(let scalar) = node.content else {
            throw .invalidValue(path: path, line: node.line, key: key, found: node.foundDescription, expected: expected)
        }
        return scalar.text
    }

    func invalid(_ node: YAMLNode, _ key: String, expected: String) -> YAMLError {
        .invalidValue(
            path: path, line: node.line, key: qualified(key), found: node.foundDescription, expected: expected)
    }

    /// Unwraps a value read from a key, throwing the right error when it is absent or null.
    func require<Value>(_ value: Value?, _ key: String, expected: String) throws(YAMLError) -> Value {
        guard let value else { throw missing(key, expected: expected) }
        return value
    }

    /// Returns the error for a required key that is absent (`missingKey`) or present but null
    /// (`invalidValue` with the value `empty`).
    func missing(_ key: String, expected: String) -> YAMLError {
        if let entry = entries.first(where: { $0.key == key }) {
            return .invalidValue(path: path, line: entry.line, key: qualified(key), found: "empty", expected: expected)
        }
        return .missingKey(path: path, line: line, key: qualified(key), expected: expected)
    }
}
