import EvidentCore
import Foundation

/// Reads osquery result logs (`osqueryd.results.log`, `osqueryd.snapshots.log`): one JSON object per
/// line in the event (`columns` with `action` added or removed), snapshot (`snapshot` array) or batch
/// (`diffResults.added`) format.
///
/// Rows are recognized by their columns, whatever the query is named: `windows_security_center`
/// (`antivirus`) gives malware protection, `disk_encryption` (`encrypted`) and `bitlocker_info`
/// (`protection_status`, `conversion_status`) give volume encryption, `screenlock` (`enabled`,
/// `grace_period`) whether a Mac requires a password on waking, `users` (`username`, `uid`, `shell`,
/// `directory`) the local accounts people sign in with, and `file_events` and `hash` file-integrity
/// activity (see `OsqueryFileIntegrityRows`). `os_version` (`name`, `version`, `platform`) gives the
/// operating system a host reports about itself. `programs` gives the endpoint protection products
/// installed on a Windows host (see `EndpointProtectionProducts`), which show neither that they are on
/// nor that their signatures are current. Rows of other tables are counted and not used.
///
/// Removed rows are ignored, except that a removed `programs` row uninstalls its product and a
/// `programs` snapshot replaces the host's earlier products. For each host and volume the last row in
/// the file wins, because osquery appends results in time order. Values are strings unless `numerics`
/// is on, so both are read.
struct OsqueryResultImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        var antivirus: [String: AntivirusStatus] = [:]
        var volumes: [String: DiskEncryptionStatus] = [:]
        var screenLocks: [String: EndpointPolicy] = [:]
        var localAccounts: [String: LocalAccount] = [:]
        var operatingSystems: [String: OperatingSystemReport] = [:]
        var installations = OsqueryProtectionInstallations()
        var order: [String] = []
        var fileIntegrity = FileIntegrityFolder()
        var validLines = 0

        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                collector.warn(line: index + 1, "not a JSON object (a line cut short?); skipped")
                continue
            }
            validLines += 1
            let host = LenientJSON.text(object["hostIdentifier"]) ?? DeviceFileName.device(of: context.path)
            let reference = collector.reference(line: index + 1)
            let time = LenientJSON.integer(object["unixTime"]).map { Date(timeIntervalSince1970: Double($0)) }
            collector.include(time)
            let isDifferential = OsqueryFileIntegrityRows.isDifferential(object)

            let rows = Self.addedRows(of: object)
            if object["snapshot"] != nil, rows.contains(where: OsqueryProgramRow.isProgram) {
                installations.clear(host: host)
            }
            for row in Self.removedRows(of: object) where OsqueryProgramRow.isProgram(row) {
                installations.remove(row, host: host)
            }

            for row in rows {
                collector.records += 1
                if let (changes, example) = OsqueryFileIntegrityRows.read(row, isDifferential: isDifferential) {
                    let rowTime = LenientJSON.integer(row["time"]).map { Date(timeIntervalSince1970: Double($0)) }
                    guard let instant = rowTime ?? time else {
                        collector.skip(line: index + 1, "skipped a file-integrity row of \(host) without unixTime")
                        continue
                    }
                    fileIntegrity.add(
                        host: host, tool: .osquery, at: instant, changes: changes, example: example,
                        evidence: reference)
                } else if let status = Self.antivirus(row, host: host, evidence: reference) {
                    antivirus[host.lowercased()] = status
                } else if let policy = Self.screenLock(row, host: host, evidence: reference) {
                    screenLocks[host.lowercased()] = policy
                } else if let account = OsqueryUserRow.account(row, host: host, evidence: reference) {
                    localAccounts["\(host.lowercased())|\(account.username.lowercased())"] = account
                } else if let report = OsqueryOperatingSystemRow.report(row, host: host, evidence: reference) {
                    operatingSystems[host.lowercased()] = report
                } else if OsqueryProgramRow.isProgram(row) {
                    installations.add(row, host: host, evidence: reference)
                } else if let volume = Self.volume(row, host: host, evidence: reference) {
                    let key = "\(host.lowercased())|\(volume.volume)"
                    if volumes[key] == nil { order.append(key) }
                    volumes[key] = volume
                }
            }
        }

        guard validLines > 0 else {
            throw .malformed(
                path: context.path, line: 1, column: nil,
                reason: "no line is an osquery result object; save osqueryd.results.log as written")
        }
        collector.facts.antivirus = antivirus.sorted { $0.key < $1.key }.map(\.value) + installations.statuses
        collector.facts.operatingSystems = operatingSystems.sorted { $0.key < $1.key }.map(\.value)
        collector.facts.diskEncryption = order.compactMap { volumes[$0] }
        collector.facts.endpointPolicies = screenLocks.sorted { $0.key < $1.key }.map(\.value)
        collector.facts.localAccounts = localAccounts.sorted { $0.key < $1.key }.map(\.value)
        collector.facts.fileIntegrity = fileIntegrity.activity
        return collector.finish()
    }

    // MARK: - Private

    private static func addedRows(of object: [String: Any]) -> [[String: Any]] {
        if let snapshot = object["snapshot"] as? [[String: Any]] { return snapshot }
        if let diff = object["diffResults"] as? [String: Any] { return diff["added"] as? [[String: Any]] ?? [] }
        guard LenientJSON.text(object["action"]) != "removed", let columns = object["columns"] as? [String: Any]
        else { return [] }
        return [columns]
    }

    private static func removedRows(of object: [String: Any]) -> [[String: Any]] {
        if let diff = object["diffResults"] as? [String: Any] { return diff["removed"] as? [[String: Any]] ?? [] }
        guard LenientJSON.text(object["action"]) == "removed", let columns = object["columns"] as? [String: Any]
        else { return [] }
        return [columns]
    }

    /// Reads a `windows_security_center` row: `Good` is on and current, `Poor` and `Snoozed` are off
    /// or out of date, `Not Monitored` and `Error` are unknown.
    private static func antivirus(_ row: [String: Any], host: String, evidence: EvidenceReference) -> AntivirusStatus? {
        guard row["windows_security_center_service"] != nil, let value = LenientJSON.text(row["antivirus"]) else {
            return nil
        }
        let isGood: Bool? =
            switch value.lowercased() {
            case "good": true
            case "poor", "snoozed": false
            default: nil
            }
        return AntivirusStatus(
            device: host, isEnabled: isGood, isUpToDate: isGood, state: "windows_security_center antivirus \(value)",
            evidence: evidence)
    }

    /// Reads a macOS `screenlock` row: `enabled` 1 when a password is required after sleep or the
    /// screen saver, and `grace_period` the seconds before it is, with -1 for never.
    private static func screenLock(_ row: [String: Any], host: String, evidence: EvidenceReference) -> EndpointPolicy? {
        guard row.count == 2, let enabled = LenientJSON.integer(row["enabled"]),
            let grace = LenientJSON.integer(row["grace_period"])
        else { return nil }
        var policy = EndpointPolicy(device: host, evidence: evidence)
        policy.requiresPasswordOnWake = enabled == 1 && grace >= 0
        policy.passwordGracePeriodSeconds = grace >= 0 ? grace : nil
        return policy
    }

    private static func volume(_ row: [String: Any], host: String, evidence: EvidenceReference) -> DiskEncryptionStatus?
    {
        if let conversion = LenientJSON.integer(row["conversion_status"]),
            let protection = LenientJSON.integer(row["protection_status"])
        {
            let letter = LenientJSON.text(row["drive_letter"]) ?? LenientJSON.text(row["device_id"]) ?? "volume"
            let isEncrypted: Bool? = conversion == 1 ? protection == 1 : (conversion == 0 ? false : nil)
            return DiskEncryptionStatus(
                device: host, volume: letter, isSystemVolume: letter.uppercased() == "C:", isEncrypted: isEncrypted,
                state: "bitlocker_info conversion_status \(conversion), protection_status \(protection)",
                evidence: evidence)
        }
        if let encrypted = LenientJSON.text(row["encrypted"]), let name = LenientJSON.text(row["name"]) {
            return DiskEncryptionStatus(
                device: host, volume: name, isSystemVolume: false,
                isEncrypted: encrypted == "1" ? true : (encrypted == "0" ? false : nil),
                state: "disk_encryption encrypted \(encrypted) \(LenientJSON.text(row["type"]) ?? "")"
                    .trimmingCharacters(in: .whitespaces),
                evidence: evidence)
        }
        return nil
    }
}
