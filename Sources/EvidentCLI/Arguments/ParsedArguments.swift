/// The arguments of one command after parsing: option values, flags and positionals.
struct ParsedArguments: Equatable, Sendable {
    /// Option values by long name. The last occurrence wins when an option is repeated.
    var values: [String: String] = [:]
    /// Flags that were given, by long name.
    var flags: Set<String> = []
    /// Positional arguments in order.
    var positionals: [String] = []

    /// Returns whether a flag was given.
    func has(_ flag: String) -> Bool {
        flags.contains(flag)
    }
}
