import Foundation

/// Reads and writes binder files.
public enum BinderFile {
    /// Writes a binder to a temporary name beside `path` and renames it, so a reader never sees half
    /// an archive; mode 0644 as for any report.
    ///
    /// - Throws: `BinderError.cannotWrite` naming the path.
    public static func write(_ archive: [UInt8], to path: String) throws {
        let destination = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(archive).write(to: destination, options: .atomic)
        } catch {
            throw BinderError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    /// Reads a binder's bytes.
    ///
    /// - Throws: `BinderError.cannotRead` naming the path.
    public static func read(_ path: String) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw BinderError.cannotRead(path: path, reason: error.localizedDescription)
        }
    }
}
