/// The labels `manage-bde -status` writes in each language Evident reads, taken from real output.
///
/// English is read by its words. German and French are read by their labels and by the stable parts
/// of their values: the percentage encrypted, a number, and whether protection is on or off. The
/// German labels come from a captured `manage-bde -status` of Windows 10 (build 19041), and the French
/// ones from two captured outputs, one of an encrypted and one of a decrypted system volume.
///
/// Labels and words are compared by their ASCII letters only, because `manage-bde -status > FILE` in
/// `cmd.exe` writes the OEM code page (850 in Western Europe), whose `ü` and `É` this reader, which
/// takes non-UTF-8 bytes as Windows-1252, sees as other characters.
struct ManageBDELanguage: Sendable {
    /// The language's name, for states and warnings.
    let name: String
    /// The conversion status label, without its colon.
    let conversion: String
    /// The percentage encrypted label.
    let percentage: String
    /// The protection status label.
    let protection: String
    /// The marker line of the operating system volume.
    let systemVolume: String
    /// Words in a protection status that mean off; checked before `protectionOn`, which they contain.
    let protectionOff: [String]
    /// Words in a protection status that mean on.
    let protectionOn: [String]

    static let english = ManageBDELanguage(
        name: "English", conversion: "Conversion Status", percentage: "Percentage Encrypted",
        protection: "Protection Status", systemVolume: "[OS Volume]", protectionOff: ["Protection Off"],
        protectionOn: ["Protection On"])

    static let german = ManageBDELanguage(
        name: "German", conversion: "Konvertierungsstatus", percentage: "Verschlüsselt (Prozent)",
        protection: "Schutzstatus", systemVolume: "[Betriebssystemvolume]", protectionOff: ["deaktiviert"],
        protectionOn: ["aktiviert"])

    static let french = ManageBDELanguage(
        name: "French", conversion: "État de la conversion", percentage: "Pourcentage chiffré",
        protection: "État de la protection", systemVolume: "[Volume du système d", protectionOff: ["désactivée"],
        protectionOn: ["activée"])

    static let all = [english, german, french]

    /// Returns the language whose conversion and protection labels both appear in the text.
    static func detect(_ text: Substring) -> ManageBDELanguage? {
        let skeleton = asciiSkeleton(text)
        return all.first { language in
            skeleton.contains(asciiSkeleton(language.conversion))
                && skeleton.contains(asciiSkeleton(language.protection))
        }
    }

    /// Returns the value after a label and its colon (French puts a space before the colon), or `nil`
    /// when the line does not start with the label.
    func value(of label: String, in line: String) -> String? {
        guard let colon = line.firstIndex(of: ":"),
            Self.asciiSkeleton(line[..<colon]).trimmingCharacters(in: .whitespaces) == Self.asciiSkeleton(label)
        else { return nil }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    /// Returns whether a line starts with a marker, compared by ASCII letters.
    func hasPrefix(_ line: String, _ marker: String) -> Bool {
        Self.asciiSkeleton(line).hasPrefix(Self.asciiSkeleton(marker))
    }

    /// Returns whether a protection status means on (`true`), off (`false`), or neither (`nil`).
    func isProtectionOn(_ status: String) -> Bool? {
        let skeleton = Self.asciiSkeleton(status)
        if protectionOff.contains(where: { skeleton.contains(Self.asciiSkeleton($0)) }) { return false }
        if protectionOn.contains(where: { skeleton.contains(Self.asciiSkeleton($0)) }) { return true }
        return nil
    }

    /// Returns the text with every character outside ASCII removed.
    static func asciiSkeleton(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(\.isASCII)))
    }

    /// Returns the percentage in `100,0 %`, `100.0%` or `0,0%`.
    static func percentage(_ text: String) -> Double? {
        let number = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        return Double(number.replacingOccurrences(of: ",", with: "."))
    }
}
