import EvidentCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the computer part of a `gpresult /x` resultant set of policy into an endpoint policy.
///
/// Security settings sit in `ComputerResults` as `<qN:Account><qN:Name>MinimumPasswordLength</qN:Name>
/// <qN:SettingNumber>14</qN:SettingNumber>` and as `SecurityOptions` whose `KeyName` ends in
/// `InactivityTimeoutSecs`. The prefixes `q1`, `q2`, ... differ from file to file, so elements are
/// matched by local name. The file is read with the SAX parser and external entities are never
/// resolved.
///
/// NOTE: When several GPOs set one value, the last one in the file is used; `Precedence` is not read.
struct GPResultImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        let handler = GPResultHandler()
        let parser = XMLParser(data: XMLInput.data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler

        // XMLParser can accept a document that simply stops, so the closing </Rsop> is required too.
        guard parser.parse(), handler.hasClosedRoot else {
            throw .malformed(
                path: context.path, line: parser.lineNumber, column: parser.columnNumber,
                reason: "the gpresult XML is malformed or cut short; run gpresult /x again and keep the whole file")
        }

        var collector = ImportCollector(context: context)
        let computer = handler.computerName.map { String($0.split(separator: "\\").last ?? Substring($0)) }
        // The policy cites its first security setting, as a secedit export cites its [System Access] line.
        let line = handler.firstSettingLine ?? handler.computerResultsLine
        var policy = EndpointPolicy(
            device: computer ?? DeviceFileName.device(of: context.path), evidence: collector.reference(line: line))
        policy.minimumPasswordLength = handler.numbers["MinimumPasswordLength"]
        policy.maximumPasswordAgeDays = handler.numbers["MaximumPasswordAge"]
        policy.lockoutThreshold = handler.numbers["LockoutBadCount"]
        policy.requiresComplexity = handler.booleans["PasswordComplexity"]
        policy.inactivityTimeoutSeconds = handler.inactivityTimeoutSeconds
        collector.records = 1
        collector.facts.endpointPolicies.append(policy)
        return collector.finish()
    }
}

/// Collects the security settings of `ComputerResults` from a resultant set of policy.
private final class GPResultHandler: NSObject, XMLParserDelegate {
    var computerName: String?
    var numbers: [String: Int] = [:]
    var booleans: [String: Bool] = [:]
    var inactivityTimeoutSeconds: Int?
    var hasClosedRoot = false
    /// The line of the `ComputerResults` element.
    var computerResultsLine: Int?
    /// The line of the first `Account` or `SecurityOptions` setting of `ComputerResults`.
    var firstSettingLine: Int?

    private var path: [String] = []
    private var text = ""
    private var fields: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(Self.localName(elementName))
        text = ""
        if path.last == "ComputerResults" && computerResultsLine == nil {
            computerResultsLine = parser.lineNumber
        }
        if path.last == "Account" || path.last == "SecurityOptions" {
            fields = [:]
            if path.contains("ComputerResults") && firstSettingLine == nil {
                firstSettingLine = parser.lineNumber
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        let name = Self.localName(elementName)
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        defer {
            _ = path.popLast()
            text = ""
            hasClosedRoot = hasClosedRoot || path.isEmpty
        }
        guard path.contains("ComputerResults") else { return }

        if name == "Name" && path.count >= 2 && path[path.count - 2] == "ComputerResults" {
            computerName = value
        } else if path.dropLast().contains("Account") || path.dropLast().contains("SecurityOptions") {
            fields[name] = value
        } else if name == "Account", let setting = fields["Name"] {
            if let number = fields["SettingNumber"].flatMap({ Int($0) }) { numbers[setting] = number }
            if let flag = fields["SettingBoolean"].flatMap(ExportValue.boolean) { booleans[setting] = flag }
        } else if name == "SecurityOptions", let key = fields["KeyName"],
            key.lowercased().hasSuffix("inactivitytimeoutsecs")
        {
            inactivityTimeoutSeconds = fields["SettingNumber"].flatMap { Int($0) }
        }
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
