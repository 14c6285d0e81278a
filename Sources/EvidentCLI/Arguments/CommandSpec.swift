/// What a command accepts: its options and positional arguments, and the help that describes them.
struct CommandSpec: Sendable {
    /// The command name, for example `assess`.
    let name: String
    /// One line saying what the command does.
    let abstract: String
    /// The usage line after `evident`, for example `assess [DIR] [options]`.
    let usage: String
    /// Paragraphs shown in `evident help COMMAND` after the usage line.
    let discussion: String
    /// The options the command accepts; `--help` is added to every command.
    let options: [OptionSpec]
    /// The most positional arguments the command accepts.
    let maximumPositionals: Int

    /// Returns the option a long or short name refers to.
    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }

    /// Returns the option a one-letter alias refers to.
    func option(short: Character) -> OptionSpec? {
        options.first { $0.shortName == short }
    }
}
