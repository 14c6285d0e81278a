import Foundation

/// A workspace folder as its readers see it: files addressed by paths relative to the folder, read as
/// text whatever encoding the editor saved them in.
struct WorkspaceFolder: Sendable {
    /// The workspace folder.
    let url: URL

    /// Returns the text of a file, or `nil` when the file does not exist.
    ///
    /// - Parameter path: The path relative to the workspace, with `/` separators.
    /// - Throws: `WorkspaceError.unreadableFile` when the file exists but cannot be read.
    func text(at path: String) throws(WorkspaceError) -> String? {
        guard let bytes = try bytes(at: path) else { return nil }
        return TextDecoder.decode(bytes).text
    }

    /// Returns the bytes of a file, or `nil` when the file does not exist.
    func bytes(at path: String) throws(WorkspaceError) -> Data? {
        let fileURL = resolve(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fileURL.path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else {
            throw .unreadableFile(path: path, reason: "it is a folder, not a file")
        }

        do {
            return try Data(contentsOf: fileURL)
        } catch {
            throw .unreadableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Returns whether a path names a regular file. Relative paths are resolved against the workspace
    /// folder; an absolute path is checked as it is.
    func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: resolve(path).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue
    }

    private func resolve(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return url.appendingPathComponent(path)
    }
}
