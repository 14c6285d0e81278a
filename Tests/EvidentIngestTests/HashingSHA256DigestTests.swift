import EvidentCore
import Testing

@testable import EvidentIngest

@Suite("SHA256Digest")
struct HashingSHA256DigestTests {
    @Test("known test vectors")
    func knownVectors() throws {
        #expect(
            try SHA256Digest.hex(of: [], path: "empty")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            try SHA256Digest.hex(of: Array("abc".utf8), path: "abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            try SHA256Digest.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000), path: "million")
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("scanner records the file's hash")
    func scannerRecordsHash() throws {
        let workspace = try ExportsFixtureWorkspace()
        try workspace.write(Array("abc".utf8), to: "evidence/notes.txt")

        let scan = try workspace.scan()

        let file = try #require(ExportsFixtureWorkspace.file("evidence/notes.txt", in: scan))
        #expect(file.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
