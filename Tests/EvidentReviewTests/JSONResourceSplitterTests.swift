import Testing

@testable import EvidentReview

@Suite("JSON resource splitter")
struct JSONResourceSplitterTests {
    /// Feeds text in chunks of `size` bytes and returns each object found with its line.
    private func split(_ text: String, chunk size: Int) -> [(String, Int)] {
        var splitter = JSONResourceSplitter()
        var found: [(String, Int)] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            bytes[start..<end].withUnsafeBufferPointer { chunk in
                splitter.feed(chunk) { object, line in found.append((String(decoding: object, as: UTF8.self), line)) }
            }
            start = end
        }
        return found
    }

    @Test("Bundle entries across chunk borders")
    func bundleEntries() {
        let bundle = """
            {"resourceType": "Bundle", "type": "collection",
             "entry": [
              {"fullUrl": "urn:a", "resource": {"resourceType": "AuditEvent", "id": "a", "note": "}{"}},
              {"fullUrl": "urn:b",
               "resource": {"resourceType": "AuditEvent", "id": "b"}}
             ]}
            """

        for size in [1, 3, 7, 4096] {
            let found = split(bundle, chunk: size)

            #expect(
                found.map(\.0) == [
                    #"{"resourceType": "AuditEvent", "id": "a", "note": "}{"}"#,
                    #"{"resourceType": "AuditEvent", "id": "b"}"#,
                ])
            #expect(found.map(\.1) == [3, 5])
        }
    }

    @Test("single resource and array")
    func singleAndArray() {
        #expect(split(#"{"resourceType": "AuditEvent"}"#, chunk: 5).map(\.0) == [#"{"resourceType": "AuditEvent"}"#])
        #expect(split(#"[{"id": "1"}, {"id": "2"}]"#, chunk: 5).map(\.0) == [#"{"id": "1"}"#, #"{"id": "2"}"#])
    }
}
