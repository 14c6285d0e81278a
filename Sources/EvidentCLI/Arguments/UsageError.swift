/// A command line that cannot be run as written. Reported on stderr with exit status 2.
enum UsageError: Error, Equatable, Sendable {
    /// No command by this name exists.
    case unknownCommand(String)
    /// An option before the command that `evident` itself does not define.
    case unknownGlobalOption(String)
    /// The command defines no such option.
    case unknownOption(String, command: String)
    /// The option needs a value and none followed it.
    case missingValue(option: String, placeholder: String)
    /// The option's value is not one of the accepted ones.
    case invalidValue(option: String, value: String, allowed: [String])
    /// A flag was given a value with `=`.
    case unexpectedValue(option: String)
    /// More positional arguments than the command takes.
    case unexpectedArgument(String, command: String)
    /// A value is well-formed for the parser but wrong for the command, with the reason.
    case invalidArgument(String)
}

extension UsageError: CustomStringConvertible {
    var description: String {
        switch self {
        case .unknownCommand(let name):
            "unknown command '\(name)'. Run 'evident --help' to list the commands."
        case .unknownGlobalOption(let option):
            "unknown option '\(option)'. Run 'evident --help' to list the options."
        case .unknownOption(let option, let command):
            "unknown option '\(option)' for 'evident \(command)'. Run 'evident help \(command)' to list its options."
        case .missingValue(let option, let placeholder):
            "option '\(option)' needs a value (\(option) \(placeholder))."
        case .invalidValue(let option, let value, let allowed):
            "invalid value '\(value)' for '\(option)'; expected one of: \(allowed.joined(separator: ", "))."
        case .unexpectedValue(let option):
            "option '\(option)' takes no value."
        case .unexpectedArgument(let argument, let command):
            "unexpected argument '\(argument)' for 'evident \(command)'."
        case .invalidArgument(let message):
            message
        }
    }
}
