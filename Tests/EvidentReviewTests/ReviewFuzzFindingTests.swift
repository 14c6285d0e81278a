import EvidentCore
import Testing

@testable import EvidentReview

/// Inputs the `review` fuzz target found, each kept as a test of the reader it broke.
@Suite("Review fuzzing findings")
struct ReviewFuzzFindingTests {
    @Test("FHIR agent list closed by a stray brace", .timeLimit(.minutes(1)))
    func strayBraceInAgentList() throws {
        // A byte changed in a key, and one `}` too many before the `]` that closes `agent`: the
        // reader used to ask for the element at that `}` forever.
        var bytes = Array(
            #"{"resourceType":"AuditEvent","recorded":"2026-(3T09:00:00Z","agent":[{"requestor":true,"#.utf8)
        bytes += Array(#""who":{"identifier"#.utf8) + [0xE6, 0xC5, 0x84, 0xDD, 0x89, 0x9E, 0x93, 0x8A]
        bytes += Array(#"%e":"jkim"}}}]}"#.utf8) + [0x0A]
        let fixture = try ReviewFixture()
        let path = try fixture.write("fuzz.ndjson", String(decoding: bytes, as: UTF8.self))

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.eventCount == 0)
        #expect(result.sources.first?.skipped == 1)
    }

    @Test("closing bracket where a value belongs fails the cursor")
    func closingBracketAsValue() {
        let bytes = Array("}]".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer)
            cursor.skipValue()

            let hasNext = cursor.nextElement()

            #expect(cursor.failed)
            #expect(!hasNext)
        }
    }
}
