/// One option a command accepts, such as `--format json` or `--no-store`.
struct OptionSpec: Sendable {
    /// The long name without dashes, for example `format`.
    let name: String
    /// A one-letter alias without the dash, for example `o`; `nil` when there is none.
    let shortName: Character?
    /// The placeholder shown in help for the option's value; `nil` for a flag that takes no value.
    let valueName: String?
    /// The values the option accepts; empty when any value is accepted.
    let allowedValues: [String]
    /// One sentence for `--help`, saying what the option sets and in what unit.
    let help: String

    /// Creates an option that takes a value.
    static func value(
        _ name: String, short: Character? = nil, placeholder: String, allowed: [String] = [], help: String
    ) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: placeholder, allowedValues: allowed, help: help)
    }

    /// Creates a flag, an option without a value.
    static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, shortName: short, valueName: nil, allowedValues: [], help: help)
    }

    /// Whether the option takes a value.
    var takesValue: Bool {
        valueName != nil
    }

    /// The option as help shows it, for example `-o, --output DIR`.
    var synopsis: String {
        let short = shortName.map { "-\($0), " } ?? "    "
        let value = valueName.map { " \($0)" } ?? ""
        return "\(short)--\(name)\(value)"
    }
}
