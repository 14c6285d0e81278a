import EvidentCore

/// Reads the BAA register, `inventory/vendors.csv`, into `Vendor` values.
///
/// `vendor`, `ephi_access` and `baa_signed` are required columns; `baa_signed` may be empty only for a
/// vendor without ePHI access, because an unknown BAA status for a business associate is never
/// treated as signed or unsigned.
enum VendorsReader {
    /// The file's path relative to the workspace.
    static let path = "inventory/vendors.csv"

    /// The header docs/workspace.md documents, shown when columns are missing.
    static let header = "vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact"

    /// Parses the file's text.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - folder: The workspace, against which `baa_document` paths are checked.
    static func read(_ text: String, folder: WorkspaceFolder) throws(WorkspaceError) -> [Vendor] {
        let csv = try WorkspaceCSV(text, path: path, required: ["vendor", "ephi_access", "baa_signed"], header: header)

        var vendors: [Vendor] = []
        for record in csv.table.records {
            let hasEPHIAccess = try csv.bool(record, "ephi_access")
            guard let hasEPHIAccess else {
                throw .invalidValue(
                    path: path, line: record.line, field: "ephi_access", found: "empty", expected: "true or false")
            }
            let isBAASigned = try csv.bool(record, "baa_signed")
            if isBAASigned == nil && hasEPHIAccess {
                throw .invalidValue(
                    path: path, line: record.line, field: "baa_signed", found: "empty",
                    expected: "true or false for a vendor with ePHI access")
            }

            let document = record.value("baa_document")
            vendors.append(
                Vendor(
                    name: try csv.required(record, "vendor", expected: "the vendor's name"),
                    service: record.value("service") ?? "",
                    hasEPHIAccess: hasEPHIAccess,
                    isBAASigned: isBAASigned ?? false,
                    baaExpires: try csv.date(record, "baa_expires"),
                    baaDocument: document,
                    baaDocumentExists: document.map(folder.fileExists) ?? false,
                    contact: record.value("contact"),
                    evidence: EvidenceReference(path: path, line: record.line)
                ))
        }
        return vendors
    }
}
