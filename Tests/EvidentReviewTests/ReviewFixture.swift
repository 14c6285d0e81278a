import EvidentCore
import Foundation

@testable import EvidentReview

/// A temporary folder of synthetic logs for one test, removed when the test ends.
final class ReviewFixture {
    /// The folder.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("evident-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes a file and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The `shared/samples` folder beside the package, read in place.
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/samples")

    /// Returns the instant of an ISO 8601 time with offset, in seconds since 1970.
    static func instant(_ text: String) -> Int64 {
        ReviewPeriod.bound(text, isEnd: false) ?? 0
    }

    /// Returns one FHIR R4 AuditEvent as a single NDJSON line.
    static func fhirLine(
        user: String, patient: String?, recorded: String, outcome: String = "0", type: String = "110110",
        address: String = "10.0.0.5"
    ) -> String {
        let entity = patient.map { #","entity":[{"what":{"reference":"Patient/\#($0)"},"role":{"code":"1"}}]"# } ?? ""
        return
            #"{"resourceType":"AuditEvent","type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"\#(type)"},"#
            + #""action":"R","recorded":"\#(recorded)","outcome":"\#(outcome)","#
            + #""agent":[{"who":{"identifier":{"value":"\#(user)"}},"requestor":true,"network":{"address":"\#(address)","type":"2"}}]"#
            + entity + "}"
    }
}
