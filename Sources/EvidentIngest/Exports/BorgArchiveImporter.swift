import EvidentCore
import Foundation

/// Reads `borg list --json` or `borg info --json` into backup sessions, one per archive.
///
/// An archive exists only when `borg create` completed, so each is a successful run ending at its
/// `end` (from `borg info`) or else its `time` or `start`. Archive names usually end in a timestamp
/// (`{hostname}-{now}`), so the job name is the name without a trailing date. The repository's
/// `encryption.mode` is recorded for each job: `none` and the `authenticated` modes store data in
/// the clear, every other mode encrypts it.
///
/// NOTE: borg writes local times without a zone, and they are read as UTC like every zone-less time,
/// so sessions can be off by the backup server's UTC offset.
struct BorgArchiveImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let (roots, _) = try EntraSignInJSONImporter.records(in: text, path: context.path)
        guard let archives = roots.first?["archives"] as? [[String: Any]] else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no archives array; save the output of borg list --json or borg info --json")
        }
        var collector = ImportCollector(context: context)
        let lines = Self.archiveLines(in: text)
        let encryptionMode = LenientJSON.text((roots.first?["encryption"] as? [String: Any])?["mode"])

        for (index, archive) in archives.enumerated() {
            collector.records += 1
            let line = index < lines.count ? lines[index] : nil
            guard let name = LenientJSON.text(archive["name"]) ?? LenientJSON.text(archive["archive"]) else {
                collector.skip(line: line, "skipped an archive without a name")
                continue
            }
            let timeText =
                LenientJSON.text(archive["end"]) ?? LenientJSON.text(archive["time"])
                ?? LenientJSON.text(archive["start"]) ?? ""
            guard let endedAt = context.timestamps.parse(timeText).date else {
                collector.skip(line: line, "skipped archive \(name): time '\(timeText)' could not be read")
                continue
            }

            collector.include(endedAt)
            let job = Self.jobName(of: name)
            if let mode = encryptionMode, !collector.facts.backupEncryption.contains(where: { $0.target == job }) {
                collector.facts.backupEncryption.append(
                    BackupEncryptionStatus(
                        target: job, isEncrypted: !(mode == "none" || mode.hasPrefix("authenticated")),
                        state: "borg encryption mode \(mode)", evidence: collector.reference(line: line), tool: .borg))
            }
            collector.facts.backupSessions.append(
                BackupSession(
                    jobName: job, result: .success, endedAt: endedAt,
                    machine: LenientJSON.text(archive["hostname"]), evidence: collector.reference(line: line)))
        }
        return collector.finish()
    }

    /// Returns an archive name without a trailing `-2026-11-29T01:00:00`, `_20261129` or similar date.
    static func jobName(of name: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: #"[-_.]?\d{4}-?\d{2}-?\d{2}([T_ -]?[\d:.-]*)?$"#),
            let match = pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)),
            let range = Range(match.range, in: name), range.lowerBound > name.startIndex
        else { return name }
        return String(name[..<range.lowerBound])
    }

    /// Returns the line of each archive's opening brace inside the `archives` array.
    private static func archiveLines(in text: String) -> [Int] {
        guard let start = text.range(of: "\"archives\"") else { return [] }
        var lines: [Int] = []
        var line = text[..<start.lowerBound].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        var depth = 0
        var isInString = false
        var previous: Character = " "
        for character in text[start.upperBound...] {
            if character.isNewline { line += 1 }
            if isInString {
                if character == "\"" && previous != "\\" { isInString = false }
                previous = character
                continue
            }
            switch character {
            case "\"": isInString = true
            case "[", "{":
                if character == "{" && depth == 1 { lines.append(line) }
                depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 { return lines }
            default: break
            }
            previous = character
        }
        return lines
    }
}
