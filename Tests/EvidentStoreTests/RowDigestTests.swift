import Testing

@testable import EvidentStore

/// The row digest of ledger payloads: values cannot move between columns or rows unnoticed.
@Suite struct RowDigestTests {
    @Test func textMovedBetweenColumnsChangesDigest() {
        let before = RowDigest.sha256([DatabaseRow(columns: ["a;b", "c"])])
        let after = RowDigest.sha256([DatabaseRow(columns: ["a", "b;c"])])

        #expect(before != after)
    }

    @Test func nullDiffersFromEmptyText() {
        let null = RowDigest.sha256([DatabaseRow(columns: [nil])])
        let empty = RowDigest.sha256([DatabaseRow(columns: [""])])

        #expect(null != empty)
    }

    @Test func rowBoundaryChangesDigest() {
        let twoRows = RowDigest.sha256([DatabaseRow(columns: ["a"]), DatabaseRow(columns: ["b"])])
        let oneRow = RowDigest.sha256([DatabaseRow(columns: ["a", "b"])])

        #expect(twoRows != oneRow)
    }

    @Test func digestFollowsTheDocumentedText() {
        let digest = RowDigest.sha256([DatabaseRow(columns: ["ab", nil])])

        #expect(digest == SHA256Hasher.hex(of: "2:ab;N;\n"))
    }
}
