import EvidentCore

/// Reads the English output of `manage-bde -status` into volume encryption states.
///
/// Each volume starts with `Volume C: [OS]` (or `[Data Volume]`) and lists `Conversion Status` and
/// `Protection Status`. A volume is encrypted when it is `Fully Encrypted` with `Protection On`.
/// Translated output is not recognized, because its labels differ; export `Get-BitLockerVolume |
/// ConvertTo-Json` on such machines.
struct ManageBDEStatusImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let device = DeviceFileName.device(of: context.path)
        var volume: (name: String, line: Int, isSystem: Bool)?
        var conversion = ""
        var protection = ""

        func finishVolume() {
            guard let current = volume else { return }
            collector.records += 1
            var isEncrypted: Bool?
            if conversion == "Fully Encrypted" && protection == "Protection On" {
                isEncrypted = true
            } else if conversion == "Fully Decrypted" || protection == "Protection Off" {
                isEncrypted = false
            }
            if conversion.isEmpty {
                collector.warn(line: current.line, "volume \(current.name) has no Conversion Status; state unknown")
            }
            collector.facts.diskEncryption.append(
                DiskEncryptionStatus(
                    device: device, volume: current.name, isSystemVolume: current.isSystem, isEncrypted: isEncrypted,
                    state: [conversion, protection].filter { !$0.isEmpty }.joined(separator: ", "),
                    evidence: collector.reference(line: current.line)))
        }

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("Volume ") {
                finishVolume()
                let name = line.dropFirst("Volume ".count).prefix { $0 != " " }
                volume = (String(name), index + 1, line.contains("[OS]"))
                conversion = ""
                protection = ""
            } else if line.hasPrefix("[OS Volume]"), let current = volume {
                volume = (current.name, current.line, true)
            } else if let value = Self.value(of: "Conversion Status:", in: line) {
                conversion = value
            } else if let value = Self.value(of: "Protection Status:", in: line) {
                protection = value
            }
        }
        finishVolume()

        guard collector.records > 0 else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no 'Volume' section found; run manage-bde -status in an elevated prompt and save its "
                    + "whole output")
        }
        return collector.finish()
    }

    private static func value(of label: String, in line: String) -> String? {
        guard line.hasPrefix(label) else { return nil }
        return line.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
    }
}
