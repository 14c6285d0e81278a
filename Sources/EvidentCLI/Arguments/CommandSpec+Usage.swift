extension CommandSpec {
    /// Returns the usage form that fits a command line, for the usage line printed after an error.
    ///
    /// A command with subcommands lists one form per line, for example `plan set ITEM ...`. When the
    /// first positional argument names one of those subcommands, only its form is returned, so
    /// `evident plan set` without an item shows how `plan set` is written. Otherwise every form is.
    ///
    /// - Parameter arguments: The arguments after the command name.
    func usage(for arguments: [String]) -> String {
        let forms = usage.split(separator: "\n").map { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("evident ") ? String(trimmed.dropFirst("evident ".count)) : String(trimmed)
        }
        guard forms.count > 1, let subcommand = firstPositional(in: arguments) else { return usage }

        return forms.first { $0.hasPrefix("\(name) \(subcommand) ") || $0 == "\(name) \(subcommand)" } ?? usage
    }

    // MARK: - Private

    /// The first argument that is neither an option nor an option's value.
    private func firstPositional(in arguments: [String]) -> String? {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" { return remaining.first }
            guard argument.hasPrefix("-"), argument != "-" else { return argument }

            let option: OptionSpec?
            if argument.hasPrefix("--") {
                option = argument.contains("=") ? nil : self.option(named: String(argument.dropFirst(2)))
            } else {
                option = argument.count == 2 ? argument.last.flatMap { self.option(short: $0) } : nil
            }
            if option?.takesValue == true { remaining = remaining.dropFirst() }
        }
        return nil
    }
}
