import EvidentCore

/// The output of `evident evidence`: what each evidence file was read as, without assessing it.
///
/// It lets a user see, before an assessment, which exports were recognized, how many records each
/// held, their date range and hash, and which files could not be read and why.
public enum EvidenceListing {
    /// Renders evidence files for the terminal, one block per file and a closing count.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func renderText(_ files: [EvidenceFile]) -> String {
        guard !files.isEmpty else {
            return "No evidence files found. Put exports in the workspace's evidence/ folder.\n"
        }

        var lines: [String] = []
        for file in files {
            var facts = "\(file.format.displayName), \(file.records) record\(file.records == 1 ? "" : "s")"
            if let range = file.dateRange {
                facts += ", \(ReportDate.text(range.earliest)) to \(ReportDate.text(range.latest))"
            }
            lines.append(file.path)
            lines += TextWrapper.wrap(facts, width: TextReport.width, firstPrefix: "  ", prefix: "  ")
            lines.append("  sha256 \(file.sha256)")
            if let error = file.error {
                lines += TextWrapper.wrap(error, width: TextReport.width, firstPrefix: "  error: ", prefix: "         ")
            }
            if let reason = file.partialReason {
                lines += TextWrapper.wrap(
                    reason, width: TextReport.width, firstPrefix: "  read in part: ", prefix: "                ")
            }
            for warning in file.warnings {
                lines += TextWrapper.wrap(
                    warning, width: TextReport.width, firstPrefix: "  warning: ", prefix: "           ")
            }
        }

        let usable = files.filter(\.isUsable).count
        let readInFull = files.filter(\.isReadInFull).count
        lines.append("")
        lines.append(
            "\(files.count) file\(files.count == 1 ? "" : "s"): \(readInFull) read in full, "
                + "\(usable - readInFull) read in part, \(files.count - usable) not usable.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders evidence files as JSON: `{"evidence": [...], "schema_version": N}`.
    ///
    /// Each file object has the fields of the assessment JSON's evidence entries plus `format_name`,
    /// `read_in_full`, `partial_reason` and `skipped_records`.
    ///
    /// - Throws: `EncodingError` from Foundation's `JSONEncoder`.
    public static func renderJSON(_ files: [EvidenceFile]) throws -> String {
        try JSONOutput.text(
            EvidenceListingDocument(
                schemaVersion: Assessment.schemaVersion,
                evidence: files.map { EvidenceFileDocument($0, includeFormatName: true, includeReading: true) }))
    }
}

private struct EvidenceListingDocument: Encodable {
    let schemaVersion: Int
    let evidence: [EvidenceFileDocument]

    enum CodingKeys: String, CodingKey {
        case evidence
        case schemaVersion = "schema_version"
    }
}
