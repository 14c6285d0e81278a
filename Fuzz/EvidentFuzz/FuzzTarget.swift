import EvidentCore
import EvidentIngest

#if canImport(Glibc)
    import Glibc
#endif

/// The format whose reader this run fuzzes, from `EVIDENT_FUZZ_FORMAT` (a format id such as
/// `entra-sign-ins-csv`), `detect` to fuzz format detection and then the detected reader, or `review`
/// to fuzz the log readers of `evident review`.
nonisolated(unsafe) private var fuzzedFormat: EvidenceFormat?
nonisolated(unsafe) private var isFormatResolved = false
nonisolated(unsafe) private var isReviewFuzzing = false

/// libFuzzer's entry point: reads one input with the chosen reader. A crash, a trap or a hang here is
/// a bug, whatever the input; thrown errors and warnings are the expected outcome for bad input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if !isFormatResolved {
        let name = getenv("EVIDENT_FUZZ_FORMAT").map { String(cString: $0) } ?? "detect"
        fuzzedFormat = EvidenceFormat(rawValue: name)
        isReviewFuzzing = name == "review"
        isFormatResolved = true
    }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if isReviewFuzzing {
        ReviewFuzzing.review(bytes)
        return 0
    }

    let format =
        fuzzedFormat
        ?? EvidenceFormatDetector.detect(bytes: bytes, text: TextDecoder.decode(bytes.prefix(65_536)).text).format
    _ = EvidenceBytesImporter.read(bytes, as: format)

    var scanner = CSVRecordScanner()
    var fields = 0
    _ = bytes.withUnsafeBufferPointer { buffer in
        scanner.scan(buffer, isFinal: true) { fields += $0.strings.count }
    }
    return 0
}
