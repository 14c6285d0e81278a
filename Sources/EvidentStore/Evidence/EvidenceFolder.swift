import Foundation

/// The files of a SQLite history's evidence store: `evidence/ab/abcdef...` beside the database, one
/// read-only file per SHA-256, named after it.
///
/// Files are written to a temporary name and renamed, so a reader never sees half a file, and two
/// processes keeping the same content at once both leave the same bytes.
struct EvidenceFolder {
    /// The `evidence` folder beside the database file.
    let root: URL

    /// Creates the folder beside the database at `databasePath`.
    init(databasePath: String) {
        self.root = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("evidence")
    }

    /// Returns the file that contains the content with this SHA-256.
    func url(sha256: String) -> URL {
        root.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    /// Writes content under its SHA-256 unless the file exists already.
    ///
    /// - Throws: `LedgerError.evidenceFile` when the folder or file cannot be written.
    func write(_ content: [UInt8], sha256: String) throws {
        let destination = url(sha256: sha256)
        guard !FileManager.default.fileExists(atPath: destination.path) else { return }

        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(sha256).\(getpid()).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(content).write(to: temporary)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LedgerError.evidenceFile(path: destination.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw LedgerError.evidenceFile(path: destination.path, reason: reason)
        }
    }

    /// Copies a file to a temporary name in the folder 1 MiB at a time, hashing it on the way, so
    /// `place` can later move it under its SHA-256 without reading it again.
    ///
    /// - Throws: `LedgerError.contentChanged` when the copy's hash is not `expectedSHA256`, and
    ///   `LedgerError.evidenceFile` when the file cannot be read or the copy written.
    func stage(_ source: URL, path: String, expectedSHA256: String) throws -> StagedEvidence {
        let destination = url(sha256: expectedSHA256)
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(expectedSHA256).\(getpid()).staged")
        let staged = StagedEvidence(temporary: temporary, destination: destination)
        let hasher = SHA256Hasher()
        var bytes: Int64 = 0
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let input = try FileHandle(forReadingFrom: source)
            defer { try? input.close() }
            let output = try FileHandle(forWritingTo: temporary)
            defer { try? output.close() }
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(chunk)
                try output.write(contentsOf: chunk)
                bytes += Int64(chunk.count)
            }
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: temporary.path)
        } catch {
            staged.discard()
            throw LedgerError.evidenceFile(path: source.path, reason: error.localizedDescription)
        }

        let found = hasher.finalize()
        guard found == expectedSHA256 else {
            staged.discard()
            throw LedgerError.contentChanged(path: path, expected: expectedSHA256, found: found)
        }
        return StagedEvidence(temporary: temporary, destination: destination, bytes: bytes)
    }

    /// Moves a staged copy under its SHA-256 unless that file exists already.
    ///
    /// - Throws: `LedgerError.evidenceFile` when the copy cannot be moved.
    func place(_ staged: StagedEvidence) throws {
        guard !FileManager.default.fileExists(atPath: staged.destination.path) else { return }
        guard rename(staged.temporary.path, staged.destination.path) == 0 else {
            throw LedgerError.evidenceFile(path: staged.destination.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Reads a whole file, for a store that takes content as one value.
    ///
    /// - Throws: `LedgerError.evidenceFile` when the file cannot be read.
    static func contents(of source: URL) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: source))
        } catch {
            throw LedgerError.evidenceFile(path: source.path, reason: error.localizedDescription)
        }
    }

    /// Reads the content kept under a SHA-256, or `nil` when there is no such file.
    func read(sha256: String) throws -> [UInt8]? {
        let source = url(sha256: sha256)
        guard FileManager.default.fileExists(atPath: source.path) else { return nil }
        do {
            return [UInt8](try Data(contentsOf: source))
        } catch {
            throw LedgerError.evidenceFile(path: source.path, reason: error.localizedDescription)
        }
    }

    /// Recomputes the SHA-256 of the file kept under a SHA-256, reading 1 MiB at a time; `nil` when
    /// there is no such file.
    func digest(sha256: String) throws -> String? {
        let source = url(sha256: sha256)
        guard let handle = FileHandle(forReadingAtPath: source.path) else { return nil }
        defer { try? handle.close() }

        let hasher = SHA256Hasher()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(chunk)
            }
        } catch {
            throw LedgerError.evidenceFile(path: source.path, reason: error.localizedDescription)
        }
        return hasher.finalize()
    }

    /// Removes the file kept under a SHA-256; a missing file is not an error.
    func remove(sha256: String) throws {
        let target = url(sha256: sha256)
        guard FileManager.default.fileExists(atPath: target.path) else { return }
        do {
            try FileManager.default.removeItem(at: target)
        } catch {
            throw LedgerError.evidenceFile(path: target.path, reason: error.localizedDescription)
        }
    }
}

/// A copy of an evidence file under a temporary name in the evidence folder, hashed and waiting to be
/// placed under its SHA-256.
struct StagedEvidence {
    /// The temporary file.
    let temporary: URL
    /// The file the copy becomes once placed.
    let destination: URL
    /// The file's size.
    var bytes: Int64 = 0

    /// Removes the temporary file if it is still there, as after a failed or skipped placement.
    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
