import EvidentCore

/// Runs one importer on bytes in memory, for fuzzing and for tools that hold an export without a
/// workspace around it.
public enum EvidenceBytesImporter {
    /// Reads bytes as `format`, without detection, with the `en-US` locale and no assessment day.
    ///
    /// - Returns: The facts and the number of records, or the error that stopped the import.
    public static func read(_ bytes: [UInt8], as format: EvidenceFormat) -> Result<ImportedExport, EvidenceError> {
        let context = ImportContext(
            path: "evidence/input", timestamps: TimestampParser(locale: .enUS), asOf: nil)
        let reader = EvidenceFileReader(context: context, accessListOwners: format == .accessList ? ["system"] : nil)
        do {
            let imported = try reader.importFacts(format: format, bytes: bytes)
            return .success(
                imported ?? ImportedExport(facts: EvidenceFacts(), records: 0, dateRange: nil, warnings: []))
        } catch {
            return .failure(error)
        }
    }
}
