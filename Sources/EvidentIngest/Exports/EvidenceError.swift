/// The failures that stop an evidence file, or the evidence folder, from being read.
///
/// Each description names the file (relative to the workspace), the line where one is known, the value
/// at fault and what to do, because these messages are shown to the person who produced the export.
public enum EvidenceError: Error, Hashable, Sendable {
    /// The workspace folder does not exist or is not a folder.
    case workspaceNotFound(path: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// OpenSSL failed while hashing the file.
    case hashingFailed(path: String, reason: String)
    /// The file's content breaks its format at a known place.
    case malformed(path: String, line: Int?, column: Int?, reason: String)
    /// The file lacks columns the format requires.
    case missingColumns(path: String, columns: [String])
}

extension EvidenceError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .workspaceNotFound(let path):
            return "workspace folder '\(path)' not found; pass the folder that holds evident.yaml"
        case .unreadable(let path, let reason):
            return "\(path): could not be read (\(reason)); check the file's permissions"
        case .hashingFailed(let path, let reason):
            return "\(path): SHA-256 failed (\(reason)); check the OpenSSL installation"
        case .malformed(let path, let line, let column, let reason):
            let location = [path, line.map(String.init), line == nil ? nil : column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
            return "\(location): \(reason)"
        case .missingColumns(let path, let columns):
            let names = columns.map { "'\($0)'" }.joined(separator: ", ")
            return "\(path): missing column(s) \(names); export the file again with these columns"
        }
    }
}
