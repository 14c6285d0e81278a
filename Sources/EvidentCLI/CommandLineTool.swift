/// Entry point placeholder replaced by the argument parser.
public enum CommandLineTool {
    public static func run(arguments: [String]) async -> Int32 { 0 }
}
