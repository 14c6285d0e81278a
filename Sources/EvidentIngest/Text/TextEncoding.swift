/// The text encodings real exports arrive in.
///
/// Windows PowerShell 5.1 writes UTF-16LE with a byte order mark (`>`, `Out-File`, `secedit /export`),
/// UTF-8 with a BOM (`-Encoding utf8`) or the ANSI code page; PowerShell 7 writes UTF-8 without a BOM.
public enum TextEncoding: String, Hashable, Sendable, Codable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf-8"
    /// UTF-16, little endian.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big endian.
    case utf16BigEndian = "utf-16be"
    /// Windows code page 1252, the ANSI code page of US and Western European Windows.
    case windows1252 = "windows-1252"
}

/// Text decoded from a file, with the encoding it was found in.
public struct DecodedText: Sendable {
    /// The text, without any byte order mark.
    public var text: String
    /// The encoding the bytes were in.
    public var encoding: TextEncoding
    /// Whether the bytes began with a byte order mark.
    public var hadByteOrderMark: Bool
    /// Whether the text had been through UTF-8 read as Windows-1252 and was repaired.
    public var repairedMojibake = false
}
