import EvidentCore

/// How far the device management exports can be trusted to list every managed device, so checks
/// that compare other evidence against them can tell a device that is absent from one the export
/// failed to show.
struct DeviceInventoryState {
    /// Device exports that could not be read, were cut short, or left out records.
    let incompleteFiles: [EvidenceFile]
    /// Whether any device export was read, or any device is known.
    let hasExport: Bool
    /// Files in `evidence/` of no recognized format, one of which may be the device export in a shape
    /// that cannot be read, such as the zip file the Intune portal downloads.
    let unrecognizedFiles: [EvidenceFile]

    /// Reads the state of the device exports of an inventory.
    init(_ inventory: Inventory) {
        let formats = ExportFormats.devices
        var seen = Set<String>()
        let incomplete =
            inventory.unreadableFiles(of: formats) + inventory.partialFiles(of: formats)
            + inventory.filesWithSkippedRecords(of: formats)
        self.incompleteFiles = incomplete.filter { seen.insert($0.path).inserted }
        self.hasExport = !inventory.devices.isEmpty || !inventory.usableFiles(of: formats).isEmpty
        self.unrecognizedFiles = inventory.evidenceFiles.filter { $0.format == .unknown }
    }

    /// Whether the devices read are the whole inventory: an export was read and none was cut short or
    /// unreadable.
    var isComplete: Bool {
        hasExport && incompleteFiles.isEmpty
    }

    /// One sentence per unrecognized file naming it and why it was not read, or an empty string when
    /// every file was recognized.
    var unrecognizedFilesNote: String {
        unrecognizedFiles.prefix(5).map { file in
            let reason = file.warnings.first.map { ": \($0)" } ?? ""
            return " \(file.path) was not recognized as any export\(reason)."
        }.joined()
    }

    /// A clause describing why each incomplete export falls short, for example
    /// `evidence/devices.csv could be read only in part (the file ends inside a quoted field)`.
    var incompleteFilesDescription: String {
        Phrase.list(
            incompleteFiles.map { file in
                if let error = file.error { return "\(file.path) could not be read (\(error))" }
                if let reason = file.partialReason { return "\(file.path) could be read only in part (\(reason))" }
                return "\(file.path) left out \(file.skippedRecords) of its \(file.records) records"
            })
    }
}
