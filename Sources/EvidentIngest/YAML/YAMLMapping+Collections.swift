extension YAMLMapping {
    /// Returns the list of text values under a key; empty when the key is absent or null.
    ///
    /// - Throws: `YAMLError.invalidValue` when the value is not a list, or an item is not text or is null.
    public func strings(_ key: String) throws(YAMLError) -> [String] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let items) = node.content else {
            throw invalid(node, key, expected: Expected.strings)
        }

        var values: [String] = []
        for (index, item) in items.enumerated() {
            let itemKey = "\(qualified(key)) item \(index + 1)"
            guard !item.isNull else {
                throw .invalidValue(path: path, line: item.line, key: itemKey, found: "empty", expected: Expected.text)
            }
            values.append(try scalarText(item, key: itemKey, expected: Expected.text))
        }
        return values
    }

    /// Returns the mapping under a key; `nil` when absent or null.
    ///
    /// - Throws: `YAMLError.invalidValue` when the value is not a mapping.
    public func mapping(_ key: String) throws(YAMLError) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return try YAMLMapping(node, path: path, name: qualified(key), keyPrefix: qualified(key) + ".")
    }

    /// Returns the list of mappings under a key, such as the policies of `attestations.yaml`; empty when
    /// the key is absent or null.
    ///
    /// Keys inside the items are named in messages without a prefix, because the item's line already
    /// says which one is meant.
    ///
    /// - Throws: `YAMLError.invalidValue` when the value is not a list or an item is not a mapping.
    public func mappings(_ key: String) throws(YAMLError) -> [YAMLMapping] {
        guard let node = node(key) else { return [] }
        return try YAMLMapping.items(of: node, path: path, name: qualified(key))
    }

    /// Returns the items of a list node that must all be mappings, such as the systems of
    /// `systems.yaml`.
    ///
    /// - Parameters:
    ///   - node: The list.
    ///   - path: The path named in errors.
    ///   - name: What the list is, for errors, for example `systems`.
    public static func items(of node: YAMLNode, path: String, name: String) throws(YAMLError) -> [YAMLMapping] {
        guard case .sequence(let items) = node.content else {
            throw .invalidValue(
                path: path, line: node.line, key: name, found: node.foundDescription, expected: Expected.mappings)
        }

        var mappings: [YAMLMapping] = []
        for (index, item) in items.enumerated() {
            mappings.append(try YAMLMapping(item, path: path, name: "\(name) item \(index + 1)"))
        }
        return mappings
    }
}

/// The phrases error messages use for what a value should have been.
enum Expected {
    static let text = "text"
    static let bool = "true, false, yes or no"
    static let date = "a date as YYYY-MM-DD"
    static let mapping = "a mapping of keys to values"
    static let mappings = "a list of mappings, each item starting with `- key: value`"
    static let strings = "a list of text values, such as [a, b] or one `- value` per line"

    static func integer(minimum: Int) -> String {
        switch minimum {
        case 1: "a whole number greater than 0"
        case 0: "a whole number, 0 or greater"
        default: "a whole number of at least \(minimum)"
        }
    }

    static func oneOf(_ values: [String]) -> String {
        "one of " + values.joined(separator: ", ")
    }
}
