import EvidentCore
import Foundation

/// Reads one evidence file: its bytes once, then the hash, the format and the facts.
struct EvidenceFileReader {
    let context: ImportContext
    /// The systems whose `access_list` names this file; `nil` when none does.
    let accessListOwners: [String]?

    /// Reads the file at `url`; every failure is recorded in the returned file's `error`.
    func read(from url: URL) -> (EvidenceFile, EvidenceFacts) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(url.path, relativePath: context.path)
        } catch {
            return (
                EvidenceFile(path: context.path, sha256: "", format: .unknown, error: error.description),
                EvidenceFacts()
            )
        }

        let sha256: String
        do {
            sha256 = try SHA256Digest.hex(of: bytes, path: context.path)
        } catch {
            return (
                EvidenceFile(path: context.path, sha256: "", format: .unknown, error: error.description),
                EvidenceFacts()
            )
        }

        // Detection needs only the start of the file. The whole text is decoded when the file is not
        // UTF-8 or has mojibake, or for importers that read a `String`, so a large UTF-8 sign-in log is
        // never held twice.
        let decodedHead = TextDecoder.decode(FileBytes.head(of: bytes))
        let head = decodedHead.text
        var detection = EvidenceFormatDetector.detect(bytes: bytes, text: head)
        if accessListOwners != nil {
            detection = FormatDetection(format: .accessList)
        }
        var file = EvidenceFile(path: context.path, sha256: sha256, format: detection.format)
        file.warnings += detection.warning.map { [$0] } ?? []
        // The whole file is scanned once here and the layout handed to the importer, because a
        // double-encoded name can first appear in any record.
        let layout = UTF8Input.layout(of: bytes)
        if decodedHead.repairedMojibake || layout.repairedMojibake {
            file.warnings.append(
                "the text had been read as Windows-1252 and saved again as UTF-8 (mojibake such as 'Ã©' for 'é'); "
                    + "it was repaired, but export the file again as UTF-8 to be sure of its names")
        }

        do {
            guard var imported = try importFacts(format: detection.format, bytes: bytes, layout: layout) else {
                return (file, EvidenceFacts())
            }
            // A cut between two fields leaves no line break at the end, so a file that ends with one is
            // not scanned again.
            if bytes.last != UInt8(ascii: "\n"),
                let (intact, reason) = importBeforeBreak(
                    format: detection.format, bytes: bytes, layout: layout, insideQuote: false)
            {
                imported = intact
                imported.partialReason = [reason, intact.partialReason].compactMap { $0 }.joined(separator: "; ")
            }
            file.records = imported.records
            file.skippedRecords = imported.skippedRecords
            file.dateRange = imported.dateRange
            file.warnings += imported.warnings
            file.partialReason = imported.partialReason
            return (file, imported.facts)
        } catch {
            if let (imported, reason) = importBeforeBreak(
                format: detection.format, bytes: bytes, layout: layout, insideQuote: true)
            {
                file.records = imported.records
                file.dateRange = imported.dateRange
                file.warnings += [error.description] + imported.warnings
                file.partialReason = [reason, imported.partialReason].compactMap { $0 }.joined(separator: "; ")
                return (file, imported.facts)
            }
            file.error = error.description
            return (file, EvidenceFacts())
        }
    }

    /// Imports bytes as a given format; `nil` for `.unknown`. `layout` is the UTF-8 layout of the bytes
    /// when the caller worked it out already.
    ///
    /// Numeric dates are read in the order that the file's own dates prove (see `DateOrderVerdict`),
    /// and in the order of `export_locale` when nothing proves one. A file read in the other order is
    /// imported a second time; a file whose dates prove both orders is marked partial.
    func importFacts(
        format: EvidenceFormat, bytes: [UInt8], layout: UTF8Input.Layout? = nil
    ) throws(EvidenceError) -> ImportedExport? {
        var context = self.context
        context.textLayout = layout
        var text: String {
            if case .decoded(let decoded) = layout { return decoded.text }
            return TextDecoder.decode(bytes).text
        }

        let evidence = DateOrderEvidence()
        var recording = context
        recording.timestamps = context.timestamps.recording(into: evidence)
        guard var imported = try importFormat(format, bytes: bytes, text: text, context: recording) else {
            return nil
        }

        let locale = context.timestamps.locale
        switch DateOrderVerdict(evidence, locale: locale) {
        case .followsLocale:
            return imported
        case .provesOpposite(let order, let proof):
            var reordered = context
            reordered.timestamps = TimestampParser(locale: order.locale)
            guard var reread = try importFormat(format, bytes: bytes, text: text, context: reordered) else {
                return nil
            }
            let warning = DateOrderVerdict.oppositeOrderWarning(
                path: context.path, order: order, proof: proof, text: text, locale: locale)
            reread.warnings.insert(warning, at: 0)
            return reread
        case .conflicting(let dayFirst, let monthFirst):
            let reason = DateOrderVerdict.conflictReason(
                dayFirst: dayFirst, monthFirst: monthFirst, text: text, locale: locale)
            imported.warnings.insert("\(context.path): \(reason)", at: 0)
            imported.partialReason = [imported.partialReason, reason].compactMap { $0 }.joined(separator: "; ")
            return imported
        }
    }

    /// Runs the importer of `format`; `nil` for `.unknown`.
    private func importFormat(
        _ format: EvidenceFormat, bytes: [UInt8], text decodeText: @autoclosure () -> String, context: ImportContext
    ) throws(EvidenceError) -> ImportedExport? {
        var text: String { decodeText() }
        return switch format {
        case .intuneDevices: try IntuneDeviceImporter(context: context).read(bytes)
        case .entraUsers: try EntraUserImporter(context: context).read(bytes)
        case .entraMFARegistrationCSV: try EntraMFARegistrationImporter(context: context).read(text)
        case .entraMFARegistrationJSON: try EntraMFARegistrationJSONImporter(context: context).read(text)
        case .activeDirectoryUsers: try ActiveDirectoryUserImporter(context: context).read(bytes)
        case .veeamBackupSessions: try VeeamBackupSessionImporter(context: context).read(text)
        case .veeamEnterpriseManagerSessions: try VeeamEnterpriseManagerImporter(context: context).read(text)
        case .nmapXML: try NmapXMLImporter(context: context).read(bytes)
        case .bitLockerVolumesJSON: try BitLockerVolumeImporter(context: context).read(text)
        case .manageBDEStatus: try ManageBDEStatusImporter(context: context).read(text)
        case .fdesetupStatus: try FDESetupStatusImporter(context: context).read(text)
        case .lsblkJSON: try LsblkImporter(context: context).read(text)
        case .cryptsetupStatus: try CryptsetupStatusImporter(context: context).read(text)
        case .defenderDeviceInventoryCSV: try DefenderDeviceInventoryImporter(context: context).read(text)
        case .resticSnapshots: try ResticSnapshotImporter(context: context).read(text)
        case .borgArchives: try BorgArchiveImporter(context: context).read(text)
        case .testsslJSON: try TestsslImporter(context: context).readJSON(text)
        case .testsslCSV: try TestsslImporter(context: context).readCSV(text)
        case .sslyzeJSON: try SslyzeImporter(context: context).read(text)
        case .defenderStatusJSON: try DefenderStatusImporter(context: context).read(text)
        case .osqueryResults: try OsqueryResultImporter(context: context).read(text)
        case .seceditINF: try SeceditImporter(context: context).read(text)
        case .gpresultXML: try GPResultImporter(context: context).read(bytes)
        case .googleWorkspaceUsers: try GoogleWorkspaceUserImporter(context: context).read(text)
        case .entraSignInsCSV: try EntraSignInCSVImporter(context: context).read(bytes)
        case .entraSignInsJSON, .entraSignInsDiagnosticJSON: try EntraSignInJSONImporter(context: context).read(text)
        case .accessList: try AccessListImporter(context: context, systemIDs: accessListOwners ?? []).read(text)
        case .aideCheck: try AIDEReportImporter(context: context).read(text)
        case .wazuhAlerts: try WazuhAlertImporter(context: context).read(bytes)
        case .resticCheck: try ResticCheckImporter(context: context).read(text)
        case .borgCheck: try BorgCheckImporter(context: context).read(text)
        case .auditdRules: try AuditRulesImporter(context: context).read(text)
        case .auditpolCSV: try AuditPolicyImporter(context: context).read(text)
        case .veeamJobEncryption: try VeeamJobEncryptionImporter(context: context).read(text)
        case .unknown: nil
        }
    }
}
