import EvidentCore

/// Reads the BAA register, `inventory/vendors.csv`, into `Vendor` values.
///
/// `vendor`, `service`, `ephi_access` and `baa_signed` are required in every row. An empty
/// `baa_signed` is an error, not `false`, so an unknown BAA status is never read as a fact.
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
        let csv = try WorkspaceCSV(
            text, path: path, required: ["vendor", "service", "ephi_access", "baa_signed"], header: header)

        var vendors: [Vendor] = []
        for record in csv.table.records {
            let hasEPHIAccess = try csv.requiredBool(record, "ephi_access")
            let isBAASigned = try csv.requiredBool(record, "baa_signed")

            let document = record.value("baa_document")
            vendors.append(
                Vendor(
                    name: try csv.required(record, "vendor", expected: "the vendor's name"),
                    service: try csv.required(record, "service", expected: "what the vendor does for the organization"),
                    hasEPHIAccess: hasEPHIAccess,
                    isBAASigned: isBAASigned,
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
