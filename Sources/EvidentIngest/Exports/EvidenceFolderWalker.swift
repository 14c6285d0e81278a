import Foundation

/// Lists the files under a workspace folder, skipping hidden files and folders.
struct EvidenceFolderWalker {
    /// Folders that could not be listed.
    private(set) var warnings: [String] = []
    private let workspace: URL

    init(workspace: URL) {
        self.workspace = workspace
    }

    /// Returns the paths, relative to the workspace, of the files under a folder, at any depth.
    ///
    /// Symbolic links to files are followed; symbolic links to folders are not, so a link cycle cannot
    /// make the walk endless.
    mutating func filePaths(under folder: String) -> [String] {
        let url = workspace.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }

        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            warnings.append("\(folder): the folder could not be listed (\(error.localizedDescription))")
            return []
        }

        var paths: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let child = url.appendingPathComponent(name)
            let values = try? child.resourceValues(forKeys: [.isSymbolicLinkKey, .isDirectoryKey])
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if values?.isSymbolicLink != true {
                    paths += filePaths(under: path)
                }
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    /// Returns a workspace-relative path without `.` components and duplicate `/`, or `nil` for an
    /// absolute path or one that climbs out of the workspace with `..`.
    static func normalizedRelativePath(_ path: String) -> String? {
        guard !path.hasPrefix("/") else { return nil }
        var components: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            guard component != ".." else { return nil }
            components.append(component)
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }
}
