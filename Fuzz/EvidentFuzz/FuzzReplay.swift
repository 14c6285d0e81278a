#if canImport(Glibc)
    import Glibc
#endif

#if !EVIDENT_FUZZING
    /// Without libFuzzer (a plain `swift build`), replays the files named on the command line through the
    /// same entry point, so an input a fuzzer saved can be rerun under a debugger.
    @main
    struct FuzzReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let file = fopen(path, "rb") else {
                    print("evident-fuzz: cannot open \(path)")
                    exit(2)
                }
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = fread(&buffer, 1, buffer.count, file)
                    if count == 0 { break }
                    bytes += buffer[..<count]
                }
                fclose(file)
                _ = bytes.withUnsafeBufferPointer {
                    fuzzOneInput($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count)
                }
                print("\(path): read without a crash")
            }
        }
    }
#endif

#if EVIDENT_FUZZING
    /// libFuzzer's driver, which parses its options and calls the entry point for each input.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    /// The entry point SwiftPM links an executable target with; under fuzzing it hands control to
    /// libFuzzer's driver.
    @_cdecl("evident_fuzz_main")
    func fuzzMain(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    ) -> Int32 {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
    }
#endif
