import EvidentCore
import EvidentReview

#if canImport(Glibc)
    import Glibc
#endif

/// Runs one input through `evident review`'s format detection and the reader it picks, for the
/// `review` fuzz format. The review reads files by path, so the input is written to a file first.
enum ReviewFuzzing {
    /// The file each input is written to, one per process.
    nonisolated(unsafe) private static var path: String?

    /// Reviews the bytes as a log file; thrown errors are the expected outcome for bad input.
    static func review(_ bytes: [UInt8]) {
        let file = path ?? "/tmp/evident-fuzz-review-\(getpid()).log"
        path = file
        guard let handle = fopen(file, "wb") else { return }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        fclose(handle)
        _ = try? LogReviewer.review(ReviewRequest(paths: [file], referenceTime: 1_795_000_000))
    }
}
