import Foundation
import Testing

@testable import EvidentBinder

/// The procedure docs/verify.md gives auditors, run with the real `tar`, `openssl` and `sha256sum`.
@Suite struct OpenSSLProcedureTests {
    @Test func auditorProcedureAcceptsBinder() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binderFolder = try Self.extractedBinder(in: folder)

        let signature = try Self.run(
            "/usr/bin/openssl",
            [
                "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in", "MANIFEST", "-sigfile",
                "MANIFEST.sig",
            ], in: binderFolder)
        let sums = try Self.run("/usr/bin/sha256sum", ["-c", "MANIFEST"], in: binderFolder)

        #expect(signature.status == 0)
        #expect(signature.output.contains("Signature Verified Successfully"))
        #expect(sums.status == 0)
        #expect(sums.output.contains("evidence/hr/roster.csv: OK"))
    }

    @Test func auditorProcedureNamesChangedFile() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binderFolder = try Self.extractedBinder(in: folder)
        let roster = binderFolder.appendingPathComponent("evidence/hr/roster.csv")
        var bytes = [UInt8](try Data(contentsOf: roster))
        bytes[0] ^= 0x01
        try Data(bytes).write(to: roster)

        let sums = try Self.run("/usr/bin/sha256sum", ["-c", "--quiet", "MANIFEST"], in: binderFolder)

        #expect(sums.status == 1)
        #expect(sums.output == "evidence/hr/roster.csv: FAILED\n")
    }

    @Test func auditorProcedureRejectsChangedManifest() throws {
        let folder = try BinderFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binderFolder = try Self.extractedBinder(in: folder)
        let manifest = binderFolder.appendingPathComponent("MANIFEST")
        var bytes = [UInt8](try Data(contentsOf: manifest))
        bytes[0] = bytes[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try Data(bytes).write(to: manifest)

        let signature = try Self.run(
            "/usr/bin/openssl",
            [
                "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in", "MANIFEST", "-sigfile",
                "MANIFEST.sig",
            ], in: binderFolder)

        #expect(signature.status == 1)
        #expect(signature.output.contains("Signature Verification Failure"))
    }

    // MARK: - Private

    /// Writes a binder into `folder` and extracts it with `tar -xf`, returning the binder's folder.
    private static func extractedBinder(in folder: URL) throws -> URL {
        let key = try SigningKey.loadOrCreate(at: folder.appendingPathComponent("key.pem").path)
        let binder = try BinderWriter.build(BinderFixtures.input(), key: key)
        let path = folder.appendingPathComponent("binder.tar").path
        try BinderFile.write(binder.archive, to: path)

        let extraction = try run("/usr/bin/tar", ["-xf", path], in: folder)
        #expect(extraction.status == 0)
        return folder.appendingPathComponent(binder.folder)
    }

    private static func run(_ tool: String, _ arguments: [String], in folder: URL) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
