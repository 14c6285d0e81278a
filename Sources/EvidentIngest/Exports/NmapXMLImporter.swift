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
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler

        let succeeded = parser.parse()

        guard succeeded, handler.hasClosedRoot else {
            let detail = parser.parserError.map { " (\($0.localizedDescription))" } ?? ""
            throw .malformed(
                path: context.path, line: parser.lineNumber, column: parser.columnNumber,
                reason: "the nmap XML is truncated or malformed here\(detail), so the scan may be incomplete; "
                    + "run the scan again and keep the whole file")
        }

        var collector = ImportCollector(context: context)
        collector.records = handler.hostCount
        collector.facts.scannedHosts = handler.hosts
        for warning in handler.warnings {
            collector.warn(line: warning.line, warning.message)
        }
        collector.include(handler.startedAt)
        collector.include(handler.finishedAt)
        return collector.finish()
    }
}
