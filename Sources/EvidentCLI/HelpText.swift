/// The text of `evident --help` and `evident help COMMAND`.
enum HelpText {
    /// Returns the overview: what Evident is, the commands, and where to read more.
    static func overview(commands: [CommandSpec]) -> String {
        let rows = commands.map { ($0.name, $0.abstract) } + [("help", "Show help for a command.")]
        let width = (rows.map(\.0.count).max() ?? 0) + 2
        let list = rows.map { "  " + $0.0.padding(to: width) + $0.1 }.joined(separator: "\n")
        return """
            evident \(CommandLineTool.version): HIPAA Security Rule compliance from the exports you already have.

            USAGE: evident COMMAND [options]

            COMMANDS:
            \(list)

            OPTIONS:
              -h, --help  Show this help.
              --version   Show the version.

            Run 'evident help COMMAND' for a command's options. The workspace layout is described in
            docs/workspace.md and every check in docs/checks.md.
            """
    }

    /// Returns the help of one command: usage, discussion and options.
    static func detail(for spec: CommandSpec) -> String {
        let options = spec.options + [.flag("help", short: "h", help: "Show this help.")]
        let width = (options.map(\.synopsis.count).max() ?? 0) + 2
        let optionLines = options.map { option in
            var line = "  " + option.synopsis.padding(to: width) + option.help
            if !option.allowedValues.isEmpty {
                line += " One of: \(option.allowedValues.joined(separator: ", "))."
            }
            return line
        }
        return """
            OVERVIEW: \(spec.abstract)

            USAGE: evident \(spec.usage)

            \(spec.discussion)

            OPTIONS:
            \(optionLines.joined(separator: "\n"))
            """
    }

    /// Returns the usage line printed after a usage error: the general one without a command, else
    /// the form of the command, or of its subcommand, that `arguments` name.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the command name.
    static func usage(for spec: CommandSpec?, arguments: [String] = []) -> String {
        guard let spec else { return "USAGE: evident COMMAND [options]   (see 'evident --help')" }
        return "USAGE: evident \(spec.usage(for: arguments))   (see 'evident help \(spec.name)')"
    }
}

extension String {
    /// Pads the string with spaces to a width; longer strings are returned as they are.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
