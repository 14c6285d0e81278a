import EvidentCLI

#if canImport(Glibc)
    import Glibc
#endif

let status = await CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(status)
