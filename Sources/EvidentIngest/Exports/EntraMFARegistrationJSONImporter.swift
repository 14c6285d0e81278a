import EvidentCore
import FoundationEssentials

/// Reads Entra ID user registration details as Graph returns them, `{"value": [...]}`, or as a bare
/// array of records, into MFA registrations.
struct EntraMFARegistrationJSONImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let data = Data(text.utf8)
        let isBareArray = text.first { !$0.isWhitespace } == "["
        let records: [RegistrationJSON]
        var nextLink: String?
        do {
            if isBareArray {
                records = try JSONDecoder().decode([RegistrationJSON].self, from: data)
            } else {
                let page = try JSONDecoder().decode(GraphPage.self, from: data)
                records = page.value
                nextLink = page.nextLink
            }
        } catch {
            if let syntaxError = JSONSyntaxError.syntaxError(in: text, path: context.path) { throw syntaxError }
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "not valid registration details JSON (\(Self.summary(of: error))); export the file again")
        }

        var collector = ImportCollector(context: context)
        if nextLink != nil {
            collector.warn(
                line: nil,
                "the file holds one page of results and @odata.nextLink names more; save every page so no user is missed"
            )
        }
        let lines = JSONRecordLocator.recordLines(in: text)
        for (index, record) in records.enumerated() {
            collector.records += 1
            let fields = MFARegistrationFields(
                userPrincipalName: record.userPrincipalName?.text,
                isMfaRegistered: record.isMfaRegistered?.text,
                methodsRegistered: record.methodsRegistered?.text,
                isAdmin: record.isAdmin?.text,
                lastUpdatedDateTime: record.lastUpdatedDateTime?.text
            )
            let line = index < lines.count ? lines[index] : nil
            if let registration = fields.registration(line: line, collector: &collector) {
                collector.facts.mfaRegistrations.append(registration)
            }
        }
        return collector.finish()
    }

    // MARK: - Private

    private static func summary(of error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return String(describing: error) }
        switch decodingError {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return String(describing: decodingError)
        }
    }

    private struct GraphPage: Decodable {
        var value: [RegistrationJSON]
        var nextLink: String?

        enum CodingKeys: String, CodingKey {
            case value
            case nextLink = "@odata.nextLink"
        }
    }

    private struct RegistrationJSON: Decodable {
        var userPrincipalName: JSONText?
        var isMfaRegistered: JSONText?
        var methodsRegistered: JSONText?
        var isAdmin: JSONText?
        var lastUpdatedDateTime: JSONText?
    }
}

/// A JSON value read as the text a CSV cell would hold: strings as they are, booleans as `true` or
/// `false`, numbers in decimal, arrays of strings joined with `, `. Exporters disagree on the types of
/// these fields, so none is required to have a particular one.
struct JSONText: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            text = value ? "true" : "false"
        } else if let value = try? container.decode(String.self) {
            text = value
        } else if let value = try? container.decode(Int.self) {
            text = String(value)
        } else if let value = try? container.decode(Double.self) {
            text = String(value)
        } else if let values = try? container.decode([String].self) {
            text = "[" + values.joined(separator: ", ") + "]"
        } else {
            text = "[object Object]"
        }
    }
}
