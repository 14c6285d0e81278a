import EvidentCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads nmap XML output (`nmap -oX`) into the hosts the scan found up, with their open ports.
///
/// The file is read with the SAX `XMLParser`, never into a DOM, because scans of large networks reach
/// tens of megabytes. External entities are never resolved: the file comes from outside and nmap
/// itself never writes any. An interrupted scan leaves the file without `</nmaprun>`, which is
/// reported as an error naming where the XML stops, since a partial scan cannot show what is exposed.
struct NmapXMLImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        let handler = NmapXMLHandler(path: context.path)
        let parser = XMLParser(data: XMLInput.data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler

        let succeeded = parser.parse()

        guard succeeded, handler.hasClosedRoot else {
            throw .malformed(
                path: context.path, line: parser.lineNumber, column: parser.columnNumber,
                reason: Self.describe(succeeded ? nil : parser.parserError))
        }

        var collector = ImportCollector(context: context)
        collector.records = handler.hostCount
        collector.facts.scannedHosts = handler.hosts
        for warning in handler.warnings {
            collector.warn(line: warning.line, warning.message)
        }
        collector.countSkipped(handler.skippedHostCount)
        collector.include(handler.startedAt)
        collector.include(handler.finishedAt)
        return collector.finish()
    }

    // MARK: - Private

    /// Explains a parser failure in the user's terms; `nil` means the XML was well formed but
    /// `</nmaprun>` never came.
    private static func describe(_ error: (any Error)?) -> String {
        let truncated =
            "the file ends before </nmaprun>, so the scan is truncated (probably interrupted); "
            + "run the scan again and keep the whole file"
        guard let error else { return truncated }
        let code = (error as NSError).code
        switch XMLParser.ErrorCode(rawValue: code) {
        case .prematureDocumentEndError:
            return truncated
        case .entityIsExternalError, .entityReferenceMissingSemiError, .undeclaredEntityError:
            return "the XML references an entity that is never loaded; use the file nmap -oX wrote, unchanged"
        default:
            return "the XML is malformed (XMLParser error \(code)), so the file may be truncated or edited; "
                + "run the scan again and keep the whole file"
        }
    }
}
