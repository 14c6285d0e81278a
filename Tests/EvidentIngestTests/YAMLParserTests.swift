import EvidentIngest
import Testing

@Suite("YAMLParser")
struct YAMLParserTests {
    private let path = "test.yaml"

    @Test func mappingKeepsKeyOrderAndPositions() throws {
        let text = "zeta: 1\nalpha:\n  - a\n  - \"b\"\nmid: {x: y}\n"

        let root = try #require(try YAMLParser.parse(text, path: path))

        guard case .mapping(let entries) = root.content else {
            Issue.record("root is not a mapping")
            return
        }
        #expect(entries.map(\.key) == ["zeta", "alpha", "mid"])
        #expect(entries.map(\.line) == [1, 2, 5])
        #expect(entries[1].value.line == 3)
        #expect(entries[1].value.column == 3)
        guard case .sequence(let items) = entries[1].value.content else {
            Issue.record("alpha is not a list")
            return
        }
        #expect(items.map(\.line) == [3, 4])
        #expect(items[0].content == .scalar(.init(text: "a", isPlain: true)))
        #expect(items[1].content == .scalar(.init(text: "b", isPlain: false)))
        #expect(entries[2].value.column == 6)
    }

    @Test func emptyTextAndCommentsHaveNoDocument() throws {
        #expect(try YAMLParser.parse("", path: path) == nil)
        #expect(try YAMLParser.parse("# only a comment\n\n", path: path) == nil)
    }

    @Test func nullScalars() throws {
        let root = try #require(try YAMLParser.parse("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\n", path: path))
        let mapping = try YAMLMapping(root, path: path, name: "the file")

        #expect(mapping.node("a") == nil)
        #expect(mapping.node("b") == nil)
        #expect(mapping.node("c") == nil)
        #expect(try mapping.string("d") == "null")
        #expect(try mapping.string("e") == "")
    }

    @Test func syntaxErrorNamesLineColumnAndProblem() {
        let text = "organization:\n  name: Riverside\n   kind: covered-entity\n"

        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse(text, path: path)
        }

        guard case .syntax(let errorPath, let line, let column, let problem, _) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(line == 3)
        #expect(column == 8)
        #expect(problem == "mapping values are not allowed in this context")
        #expect(
            error?.description
                == "test.yaml:3: invalid YAML at column 8: mapping values are not allowed in this context; "
                + "check the indentation and quoting on this line and the lines above it.")
    }

    @Test func tabIndentationIsSyntaxError() {
        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse("systems:\n\t- id: ehr\n", path: path)
        }

        #expect(error?.line == 2)
        #expect(error?.description.contains("found character that cannot start any token") == true)
    }

    @Test func unclosedQuoteIsSyntaxErrorWithContext() {
        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse("a: 1\nname: \"Riverside\n", path: path)
        }

        guard case .syntax(_, _, _, let problem, let context) = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(error?.line == 3)
        #expect(problem == "found unexpected end of stream")
        #expect(context == "while scanning a quoted scalar that started on line 2")
        #expect(
            error?.description
                == "test.yaml:3: invalid YAML at column 1: found unexpected end of stream while scanning a quoted "
                + "scalar that started on line 2; check the indentation and quoting on this line and the lines above it."
        )
    }

    @Test func anchorIsRejected() {
        #expect(throws: YAMLError.anchorOrAlias(path: path, line: 2, column: 10, name: "base", isAlias: false)) {
            try YAMLParser.parse("a: 1\ndefault: &base\n  mfa: enforced\nother: *base\n", path: path)
        }
    }

    @Test func aliasIsRejected() {
        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse("a: 1\nb: *undefined\n", path: path)
        }

        #expect(error == .anchorOrAlias(path: path, line: 2, column: 4, name: "undefined", isAlias: true))
        #expect(
            error?.description
                == "test.yaml:2: alias *undefined at column 4 is not allowed; write the value out in full, "
                + "because workspace files do not support anchors and aliases.")
    }

    @Test func expansionBombIsRejected() {
        let bomb = """
            a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            """

        #expect(throws: YAMLError.anchorOrAlias(path: path, line: 1, column: 4, name: "a", isAlias: false)) {
            try YAMLParser.parse(bomb, path: path)
        }
    }

    @Test func mergeKeyIsRejectedAsAlias() {
        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse("<<: *defaults\nname: x\n", path: path)
        }

        guard case .anchorOrAlias(_, 1, _, "defaults", true) = error else {
            Issue.record("expected the alias to be rejected, got \(String(describing: error))")
            return
        }
    }

    @Test func duplicateKeyNamesBothLines() {
        let text = "profile: hipaa-security-rule\nas_of: 2026-01-01\nprofile: other\n"

        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse(text, path: path)
        }

        #expect(error == .duplicateKey(path: path, line: 3, column: 1, key: "profile", firstLine: 1))
        #expect(
            error?.description
                == "test.yaml:3: key \"profile\" appears again (first on line 1); keep one of the two and delete the other."
        )
    }

    @Test func duplicateKeyInNestedMapping() {
        #expect(throws: YAMLError.duplicateKey(path: path, line: 4, column: 5, key: "id", firstLine: 2)) {
            try YAMLParser.parse("systems:\n  - id: a\n    name: A\n    id: b\n", path: path)
        }
    }

    @Test func sameKeyInSiblingMappingsIsFine() throws {
        let root = try YAMLParser.parse("- id: a\n- id: b\n", path: path)

        #expect(root != nil)
    }

    @Test func listAsKeyIsRejected() {
        #expect(throws: YAMLError.nonScalarKey(path: path, line: 1, column: 3)) {
            try YAMLParser.parse("? [a, b]\n: c\n", path: path)
        }
    }

    @Test func deepNestingIsRejected() {
        let depth = YAMLParser.maximumDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)

        let error = #expect(throws: YAMLError.self) {
            try YAMLParser.parse(text, path: path)
        }

        #expect(error == .nestingTooDeep(path: path, line: 1, column: depth, limit: YAMLParser.maximumDepth))
    }

    @Test func nestingAtLimitIsAccepted() throws {
        let depth = YAMLParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)

        #expect(try YAMLParser.parse(text, path: path) != nil)
    }

    @Test func secondDocumentIsRejected() {
        #expect(throws: YAMLError.multipleDocuments(path: path, line: 2)) {
            try YAMLParser.parse("a: 1\n---\nb: 2\n", path: path)
        }
    }

    @Test func explicitDocumentStartIsAccepted() throws {
        let root = try #require(try YAMLParser.parse("---\na: 1\n...\n", path: path))

        #expect(root.line == 2)
    }

    @Test func utf16BytesAreDecoded() throws {
        let text = "name: Zoë\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

        let root = try #require(try YAMLParser.parse(bytes: bytes, path: path))

        #expect(try YAMLMapping(root, path: path, name: "the file").string("name") == "Zoë")
    }

    @Test func windows1252BytesAreDecoded() throws {
        let bytes: [UInt8] = Array("title: ".utf8) + [0x93, 0x41, 0x94, 0x0A]

        let root = try #require(try YAMLParser.parse(bytes: bytes, path: path))

        #expect(try YAMLMapping(root, path: path, name: "the file").string("title") == "\u{201C}A\u{201D}")
    }
}
