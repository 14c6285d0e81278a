/// An error reading the files people edit in a workspace: `evident.yaml`, `inventory/` and
/// `attestations.yaml`.
///
/// Paths are relative to the workspace folder. Every description reads
/// `path:line: what is wrong with which value; what to do`, for example
/// `inventory/systems.yaml:14: mfa is "sometimes"; expected one of enforced, optional, none.`
public enum WorkspaceError: Error, Hashable, Sendable {
    /// The workspace folder itself does not exist or is not a folder; `path` is as the user gave it.
    case missingFolder(path: String)
    /// A required file does not exist; `remedy` tells the user what to put in it.
    case missingFile(path: String, remedy: String)
    /// A file exists but could not be read; `reason` is the system's message.
    case unreadableFile(path: String, reason: String)
    /// A YAML file is invalid or holds a value of the wrong type or form.
    case invalidYAML(YAMLError)
    /// A CSV file has a quoted field that is never closed.
    case unterminatedQuote(path: String, line: Int)
    /// A CSV header lacks required columns.
    case missingColumns(path: String, line: Int, columns: [String], expectedHeader: String)
    /// A CSV field or a YAML value has a value the reader cannot use; `found` is quoted or `empty`.
    case invalidValue(path: String, line: Int, field: String, found: String, expected: String)
    /// Two entries share an id that must be unique.
    case duplicateID(path: String, line: Int, id: String, firstLine: Int)

    /// The path of the file the error is about.
    public var path: String {
        switch self {
        case .missingFolder(let path), .missingFile(let path, _), .unreadableFile(let path, _),
            .unterminatedQuote(let path, _),
            .missingColumns(let path, _, _, _), .invalidValue(let path, _, _, _, _), .duplicateID(let path, _, _, _):
            return path
        case .invalidYAML(let error):
            return error.path
        }
    }

    /// The 1-based line the error is about; `nil` when it concerns the whole file.
    public var line: Int? {
        switch self {
        case .missingFolder, .missingFile, .unreadableFile:
            return nil
        case .unterminatedQuote(_, let line), .missingColumns(_, let line, _, _), .invalidValue(_, let line, _, _, _),
            .duplicateID(_, let line, _, _):
            return line
        case .invalidYAML(let error):
            return error.line
        }
    }
}

extension WorkspaceError: CustomStringConvertible {
    /// `path:line: what is wrong; what to do`.
    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "\(path): workspace folder not found; pass the folder that holds evident.yaml "
                + "(see docs/workspace.md)."
        case .missingFile(let path, let remedy):
            return "\(path): file not found; \(remedy) (see docs/workspace.md)."
        case .unreadableFile(let path, let reason):
            return "\(path): could not be read (\(reason)); check that the file is readable by this user."
        case .invalidYAML(let error):
            return error.description
        case .unterminatedQuote(let path, let line):
            return "\(path):\(line): a quoted field that starts on this line is never closed; "
                + "add the closing double quote, and double any quote inside the field (\"\")."
        case .missingColumns(let path, let line, let columns, let expectedHeader):
            return "\(path):\(line): the header lacks the column\(columns.count == 1 ? "" : "s") "
                + "\(columns.joined(separator: ", ")); make the first line \(expectedHeader)"
        case .invalidValue(let path, let line, let field, let found, let expected):
            return "\(path):\(line): \(field) is \(found); expected \(expected)."
        case .duplicateID(let path, let line, let id, let firstLine):
            return "\(path):\(line): id \"\(id)\" is already used on line \(firstLine); give each entry its own id."
        }
    }
}
