import EvidentCore

/// Reads the output of `manage-bde -status` in English, German or French into volume encryption
/// states.
///
/// Each volume starts with `Volume C: [OS]` (German `Volume "C:" []`) and lists the conversion status,
/// the percentage encrypted and the protection status. English output is encrypted when it is `Fully
/// Encrypted` with `Protection On`. German and French output is encrypted when 100 percent is
/// encrypted and protection is on, and not encrypted at 0 percent or with protection off, because the
/// conversion states' wording was not seen for every state. Output in other languages is not
/// recognized; export `Get-BitLockerVolume | ConvertTo-Json` on such machines.
struct ManageBDEStatusImporter {
    let context: ImportContext

    /// Returns whether text looks like `manage-bde -status` output in a language this importer reads.
    static func matches(_ head: Substring) -> Bool {
        head.contains("Volume ") && ManageBDELanguage.detect(head) != nil
    }

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let device = DeviceFileName.device(of: context.path)
        let language = ManageBDELanguage.detect(Substring(text)) ?? .english
        var volume: (name: String, line: Int, isSystem: Bool)?
        var conversion = ""
        var percentage = ""
        var protection = ""

        func finishVolume() {
            guard let current = volume else { return }
            collector.records += 1
            let isEncrypted =
                language.name == ManageBDELanguage.english.name
                ? Self.isEncrypted(conversion: conversion, protection: protection)
                : Self.isEncrypted(percentage: percentage, protection: protection, language: language)
            if conversion.isEmpty {
                collector.warn(
                    line: current.line, "volume \(current.name) has no \(language.conversion); state unknown")
            }
            collector.facts.diskEncryption.append(
                DiskEncryptionStatus(
                    device: device, volume: current.name, isSystemVolume: current.isSystem, isEncrypted: isEncrypted,
                    state: [conversion, language.name == "English" ? "" : percentage, protection]
                        .filter { !$0.isEmpty }.joined(separator: ", "),
                    evidence: collector.reference(line: current.line)))
        }

        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("Volume ") {
                finishVolume()
                let name = line.dropFirst("Volume ".count).prefix { $0 != " " }
                volume = (name.replacingOccurrences(of: "\"", with: ""), index + 1, line.contains("[OS]"))
                conversion = ""
                percentage = ""
                protection = ""
            } else if language.hasPrefix(line, language.systemVolume), let current = volume {
                volume = (current.name, current.line, true)
            } else if let value = language.value(of: language.conversion, in: line) {
                conversion = value
            } else if let value = language.value(of: language.percentage, in: line) {
                percentage = value
            } else if let value = language.value(of: language.protection, in: line) {
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

    // MARK: - Private

    private static func isEncrypted(conversion: String, protection: String) -> Bool? {
        if conversion == "Fully Encrypted" && protection == "Protection On" { return true }
        if conversion == "Fully Decrypted" || protection == "Protection Off" { return false }
        return nil
    }

    private static func isEncrypted(percentage: String, protection: String, language: ManageBDELanguage) -> Bool? {
        let percent = ManageBDELanguage.percentage(percentage)
        let isOn = language.isProtectionOn(protection)
        if percent == 100 && isOn == true { return true }
        if percent == 0 || isOn == false { return false }
        return nil
    }
}
