/// Parses a command's arguments against its `CommandSpec`.
///
/// Accepts `--name value`, `--name=value`, `-n value`, and `--` to end options. Anything starting with
/// a dash that the command does not define is a usage error that names it, so a mistyped option never
/// silently changes what an assessment means.
enum ArgumentParser {
    /// Parses arguments for a command.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the command name.
    ///   - spec: What the command accepts.
    /// - Returns: The option values, flags and positionals.
    /// - Throws: `UsageError` for an unknown option, a missing or disallowed value, or too many
    ///   positional arguments.
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var remaining = arguments[...]

        while let argument = remaining.popFirst() {
            if argument == "--" {
                parsed.positionals.append(contentsOf: remaining)
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                parsed.positionals.append(argument)
                continue
            }

            let (option, inlineValue) = try resolve(argument, in: spec)
            guard option.takesValue else {
                if inlineValue != nil { throw .unexpectedValue(option: "--\(option.name)") }
                parsed.flags.insert(option.name)
                continue
            }
            guard let value = inlineValue ?? remaining.popFirst() else {
                throw .missingValue(option: "--\(option.name)", placeholder: option.valueName ?? "VALUE")
            }
            guard option.allowedValues.isEmpty || option.allowedValues.contains(value) else {
                throw .invalidValue(option: "--\(option.name)", value: value, allowed: option.allowedValues)
            }
            parsed.values[option.name] = value
        }

        guard parsed.positionals.count <= spec.maximumPositionals else {
            throw .unexpectedArgument(parsed.positionals[spec.maximumPositionals], command: spec.name)
        }
        return parsed
    }

    // MARK: - Private

    private static func resolve(_ argument: String, in spec: CommandSpec) throws(UsageError) -> (OptionSpec, String?) {
        if argument.hasPrefix("---") { throw .unknownOption(argument, command: spec.name) }

        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name = body.prefix { $0 != "=" }
            let inlineValue = name.count < body.count ? String(body.dropFirst(name.count + 1)) : nil
            guard let option = spec.option(named: String(name)) else {
                throw .unknownOption("--\(name)", command: spec.name)
            }
            return (option, inlineValue)
        }

        let body = argument.dropFirst()
        guard body.count == 1, let letter = body.first, let option = spec.option(short: letter) else {
            throw .unknownOption(argument, command: spec.name)
        }
        return (option, nil)
    }
}
