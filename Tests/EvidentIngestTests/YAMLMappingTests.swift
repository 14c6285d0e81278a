import EvidentCore
import EvidentIngest
import Testing

@Suite("YAMLMapping")
struct YAMLMappingTests {
    private let path = "inventory/sample.yaml"

    private func mapping(_ text: String) throws -> YAMLMapping {
        let root = try #require(try YAMLParser.parse(text, path: path))
        return try YAMLMapping(root, path: path, name: "the file")
    }

    private enum Color: String, CaseIterable {
        case red
        case green
    }

    @Test func readsEveryType() throws {
        let map = try mapping(
            """
            name: 2024
            flag: Yes
            other: false
            count: 1_200
            day: 2026-02-28
            list: [a, "b", 3]
            color: green
            nested:
              inner: value
            """)

        #expect(try map.requiredString("name") == "2024")
        #expect(try map.bool("flag") == true)
        #expect(try map.requiredBool("other") == false)
        #expect(try map.int("count", minimum: 1) == 1200)
        #expect(try map.requiredDate("day") == CalendarDay(year: 2026, month: 2, day: 28))
        #expect(try map.strings("list") == ["a", "b", "3"])
        #expect(try map.value("color", as: Color.self) == .green)
        #expect(try map.mapping("nested")?.string("inner") == "value")
        #expect(try map.mapping("nested")?.keyPrefix == "nested.")
    }

    @Test func absentKeysAreNilOrEmpty() throws {
        let map = try mapping("present: 1\nblank:\n")

        #expect(try map.string("absent") == nil)
        #expect(try map.bool("blank") == nil)
        #expect(try map.int("absent", minimum: 0) == nil)
        #expect(try map.date("absent") == nil)
        #expect(try map.strings("blank") == [])
        #expect(try map.mappings("absent").isEmpty)
        #expect(try map.mapping("absent") == nil)
    }

    @Test func invalidBoolNamesLineKeyValueAndExpectation() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("a: 1\nephi: maybe\n").bool("ephi")
        }

        #expect(
            error
                == .invalidValue(
                    path: path, line: 2, key: "ephi", found: "\"maybe\"", expected: "true, false, yes or no"))
        #expect(error?.description == "inventory/sample.yaml:2: ephi is \"maybe\"; expected true, false, yes or no.")
    }

    @Test func intBelowMinimumIsInvalid() {
        #expect(
            throws: YAMLError.invalidValue(
                path: path, line: 1, key: "timeout", found: "\"0\"", expected: "a whole number greater than 0")
        ) {
            try mapping("timeout: 0\n").int("timeout", minimum: 1)
        }
    }

    @Test func intThatIsTextIsInvalid() {
        #expect(
            throws: YAMLError.invalidValue(
                path: path, line: 1, key: "days", found: "\"ninety\"", expected: "a whole number, 0 or greater")
        ) {
            try mapping("days: ninety\n").int("days", minimum: 0)
        }
    }

    @Test func impossibleDateIsInvalid() {
        #expect(
            throws: YAMLError.invalidValue(
                path: path, line: 1, key: "day", found: "\"2026-02-30\"",
                expected: "a day that exists in the calendar (this month has fewer days, or no such month)")
        ) {
            try mapping("day: 2026-02-30\n").date("day")
        }
    }

    @Test func dateWithTimeIsInvalid() {
        #expect(throws: YAMLError.self) {
            try mapping("day: 2026-02-03T10:00:00Z\n").date("day")
        }
    }

    @Test func enumerationListsAllowedValues() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("color: Red\n").value("color", as: Color.self)
        }

        #expect(error?.description == "inventory/sample.yaml:1: color is \"Red\"; expected one of red, green.")
    }

    @Test func listItemOfWrongTypeNamesItem() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("roles:\n  - nurse\n  - {name: x}\n").strings("roles")
        }

        #expect(error == .invalidValue(path: path, line: 3, key: "roles item 2", found: "a mapping", expected: "text"))
    }

    @Test func emptyListItemIsInvalid() {
        #expect(
            throws: YAMLError.invalidValue(path: path, line: 2, key: "roles item 1", found: "empty", expected: "text")
        ) {
            try mapping("roles:\n  -\n  - nurse\n").strings("roles")
        }
    }

    @Test func scalarWhereListExpected() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("roles: nurse\n").strings("roles")
        }

        guard case .invalidValue(_, 1, "roles", "\"nurse\"", let expected) = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(expected.hasPrefix("a list of text values"))
    }

    @Test func listWhereTextExpected() {
        #expect(throws: YAMLError.invalidValue(path: path, line: 1, key: "name", found: "a list", expected: "text")) {
            try mapping("name: [a, b]\n").string("name")
        }
    }

    @Test func missingRequiredKeyNamesMappingLine() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("first: 1\nouter:\n  other: 2\n").mapping("outer")?.requiredString("name")
        }

        #expect(error == .missingKey(path: path, line: 3, key: "outer.name", expected: "text"))
        #expect(error?.description == "inventory/sample.yaml:3: outer.name is missing; add name: with text.")
    }

    @Test func emptyRequiredValueNamesKeyLine() {
        #expect(throws: YAMLError.invalidValue(path: path, line: 2, key: "name", found: "empty", expected: "text")) {
            try mapping("a: 1\nname:\n").requiredString("name")
        }
    }

    @Test func blankRequiredStringIsInvalid() {
        #expect(throws: YAMLError.invalidValue(path: path, line: 1, key: "name", found: "blank", expected: "text")) {
            try mapping("name: '   '\n").requiredString("name")
        }
    }

    @Test func nonMappingRootIsInvalid() {
        #expect(
            throws: YAMLError.invalidValue(
                path: path, line: 1, key: "the file", found: "a list", expected: "a mapping of keys to values")
        ) {
            try mapping("- a\n- b\n")
        }
    }

    @Test func listItemNotMappingIsInvalid() {
        let error = #expect(throws: YAMLError.self) {
            try mapping("policies:\n  - id: a\n  - just text\n").mappings("policies")
        }

        #expect(
            error
                == .invalidValue(
                    path: path, line: 3, key: "policies item 2", found: "\"just text\"",
                    expected: "a mapping of keys to values"))
    }

    @Test func longValueIsShortenedInMessages() {
        let long = String(repeating: "x", count: 100)

        let error = #expect(throws: YAMLError.self) {
            try mapping("flag: \(long)\n").bool("flag")
        }

        #expect(error?.description.contains("\"" + String(repeating: "x", count: 57) + "...\"") == true)
    }

    @Test func unknownKeySuggestsCloseKnownKey() throws {
        let map = try mapping("profil: x\nzzz: 1\nasof: 2026-01-01\n")

        let unknown = map.unknownKeys(known: ["profile", "as_of", "organization"])

        #expect(unknown.map(\.key) == ["profil", "zzz", "asof"])
        #expect(unknown.map(\.line) == [1, 2, 3])
        #expect(unknown.map(\.suggestion) == ["profile", nil, "as_of"])
    }

    @Test func unknownKeyWithTiedCandidatesHasNoSuggestion() throws {
        let map = try mapping("cat: 1\n")

        #expect(map.unknownKeys(known: ["bat", "hat"]).first?.suggestion == nil)
    }

    @Test func unknownKeyInNestedMappingIsQualified() throws {
        let nested = try #require(try mapping("thresholds:\n  backup_max_age_hour: 4\n").mapping("thresholds"))

        let unknown = nested.unknownKeys(known: ["backup_max_age_hours"])

        #expect(unknown.first?.key == "thresholds.backup_max_age_hour")
        #expect(unknown.first?.suggestion == "thresholds.backup_max_age_hours")
        #expect(unknown.first?.line == 2)
    }
}
