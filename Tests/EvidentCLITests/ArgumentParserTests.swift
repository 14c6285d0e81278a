import Testing

@testable import EvidentCLI

@Suite struct ArgumentParserTests {
    private let spec = CommandSpec(
        name: "assess", abstract: "", usage: "", discussion: "",
        options: [
            .value("format", short: "f", placeholder: "FORMAT", allowed: ["text", "json"], help: ""),
            .value("output", short: "o", placeholder: "DIR", help: ""),
            .flag("no-store", help: ""),
        ],
        maximumPositionals: 1
    )

    @Test func separateAndJoinedValues() throws {
        let parsed = try ArgumentParser.parse(["--format", "json", "--output=out", "ws"], for: spec)

        #expect(parsed.values["format"] == "json")
        #expect(parsed.values["output"] == "out")
        #expect(parsed.positionals == ["ws"])
    }

    @Test func shortOptionsAndFlags() throws {
        let parsed = try ArgumentParser.parse(["-f", "text", "--no-store"], for: spec)

        #expect(parsed.values["format"] == "text")
        #expect(parsed.has("no-store"))
    }

    @Test func unknownLongOptionIsNamed() {
        #expect(throws: UsageError.unknownOption("--formt", command: "assess")) {
            try ArgumentParser.parse(["--formt", "json"], for: spec)
        }
    }

    @Test func unknownShortOptionIsNamed() {
        #expect(throws: UsageError.unknownOption("-x", command: "assess")) {
            try ArgumentParser.parse(["-x"], for: spec)
        }
    }

    @Test func disallowedValueListsChoices() {
        #expect(throws: UsageError.invalidValue(option: "--format", value: "xml", allowed: ["text", "json"])) {
            try ArgumentParser.parse(["--format", "xml"], for: spec)
        }
    }

    @Test func missingValueAtEnd() {
        #expect(throws: UsageError.missingValue(option: "--output", placeholder: "DIR")) {
            try ArgumentParser.parse(["--output"], for: spec)
        }
    }

    @Test func flagRejectsInlineValue() {
        #expect(throws: UsageError.unexpectedValue(option: "--no-store")) {
            try ArgumentParser.parse(["--no-store=yes"], for: spec)
        }
    }

    @Test func tooManyPositionals() {
        #expect(throws: UsageError.unexpectedArgument("b", command: "assess")) {
            try ArgumentParser.parse(["a", "b"], for: spec)
        }
    }

    @Test func terminatorMakesDashArgumentsPositional() throws {
        let parsed = try ArgumentParser.parse(["--", "-odd-folder"], for: spec)

        #expect(parsed.positionals == ["-odd-folder"])
        #expect(parsed.values.isEmpty)
    }

    @Test func tripleDashIsUnknown() {
        #expect(throws: UsageError.unknownOption("---format", command: "assess")) {
            try ArgumentParser.parse(["---format"], for: spec)
        }
    }
}
