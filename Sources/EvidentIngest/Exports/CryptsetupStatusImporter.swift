import EvidentCore

/// Reads Linux `cryptsetup status NAME` output, one block per mapping, as written with `LC_ALL=C`:
///
///     /dev/mapper/cryptroot is active and is in use.
///       type:    LUKS2
///       cipher:  aes-xts-plain64
///       device:  /dev/nvme0n1p3
///
/// An active mapping of type LUKS1, LUKS2, PLAIN, TCRYPT or BITLK is encrypted unless its cipher is
/// `cipher_null`, which LUKS2 uses for a device that is not encrypted yet. An inactive mapping shows
/// nothing about the data, so its state is unknown. The device is the file name without its extension,
/// because the output does not name the machine. A mapping named `root` or ending in `root` (such as
/// `cryptroot` or `luks-root`) counts as the system volume. Other locales translate the status line, so their output is not recognized.
struct CryptsetupStatusImporter {
    let context: ImportContext

    /// Returns whether text starts like `cryptsetup status` output.
    static func matches(_ head: Substring) -> Bool {
        guard let firstLine = head.split(whereSeparator: \.isNewline).first else { return false }
        return Mapping(statusLine: firstLine.trimmingCharacters(in: .whitespaces), line: 1) != nil
    }

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let device = DeviceFileName.device(of: context.path)
        var current: Mapping?

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let status = Mapping(statusLine: line, line: index + 1) {
                if let current { collector.facts.diskEncryption.append(current.status(device: device, &collector)) }
                current = status
            } else if let separator = line.firstIndex(of: ":"), current != nil {
                let key = line[..<separator].lowercased()
                let value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
                current?.fields[key] = value
            } else if !line.isEmpty {
                collector.warn(line: index + 1, "'\(line.prefix(60))' is not a cryptsetup status line; skipped")
            }
        }
        if let current { collector.facts.diskEncryption.append(current.status(device: device, &collector)) }

        guard !collector.facts.diskEncryption.isEmpty else {
            throw .malformed(
                path: context.path, line: 1, column: nil,
                reason: "no 'NAME is active.' or 'NAME is inactive.' line; save the output of "
                    + "LC_ALL=C cryptsetup status NAME")
        }
        collector.records = collector.facts.diskEncryption.count
        return collector.finish()
    }

    /// One mapping's status line and the `key: value` lines under it.
    fileprivate struct Mapping {
        var name: String
        var isActive: Bool
        var line: Int
        var fields: [String: String] = [:]

        init?(statusLine: String, line: Int) {
            let suffixes = [(" is active and is in use.", true), (" is active.", true), (" is inactive.", false)]
            guard let (suffix, isActive) = suffixes.first(where: { statusLine.hasSuffix($0.0) }) else { return nil }
            let path = statusLine.dropLast(suffix.count)
            guard !path.isEmpty, !path.contains(" ") else { return nil }
            name = path.split(separator: "/").last.map(String.init) ?? String(path)
            self.isActive = isActive
            self.line = line
        }

        func status(device: String, _ collector: inout ImportCollector) -> DiskEncryptionStatus {
            let type = fields["type"] ?? ""
            let cipher = fields["cipher"] ?? ""
            let encryptingTypes: Set<String> = ["luks1", "luks2", "plain", "tcrypt", "bitlk"]
            var isEncrypted: Bool?
            if isActive {
                isEncrypted =
                    encryptingTypes.contains(type.lowercased()) && !cipher.lowercased().hasPrefix("cipher_null")
                if type.isEmpty {
                    isEncrypted = nil
                    collector.warn(line: line, "mapping \(name) has no 'type:' line, so its encryption is unknown")
                }
            }
            let lowered = name.lowercased()
            let isSystem = lowered.hasSuffix("root")
            let state =
                isActive
                ? "\(type.isEmpty ? "unknown type" : type), cipher \(cipher.isEmpty ? "unknown" : cipher)"
                : "inactive"
            return DiskEncryptionStatus(
                device: device, volume: name, isSystemVolume: isSystem, isEncrypted: isEncrypted, state: state,
                evidence: collector.reference(line: line))
        }
    }
}
