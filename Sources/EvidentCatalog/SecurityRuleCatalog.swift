import Foundation
import EvidentCore

/// The standards and implementation specifications of 45 CFR 164.308 through 164.316, loaded from
/// the catalog resource shipped with Evident.
///
/// The regulation is data rather than code so that a change in the rule, or a second profile, is an
/// edit to the resource and its tests, not to the checks.
public struct SecurityRuleCatalog: Sendable {
    /// The catalog's name.
    public let name: String
    /// The date of the regulation text the catalog follows.
    public let version: String
    /// Every requirement, in the order of the regulation.
    public let requirements: [Requirement]

    private let requirementsByCitation: [String: Requirement]

    /// The catalog shipped with this build of Evident.
    ///
    /// Loading cannot fail for a correct build, because the resource is compiled into the bundle and
    /// a test decodes it, so a failure here is a packaging error and stops the program.
    public static let shipped: SecurityRuleCatalog = {
        do {
            return try SecurityRuleCatalog(resource: "security-rule")
        } catch {
            fatalError("the bundled Security Rule catalog is missing or invalid: \(error)")
        }
    }()

    /// Loads a catalog resource from the module bundle.
    ///
    /// - Parameter resource: The resource name without its `.json` extension.
    /// - Throws: `CatalogError` when the resource is missing, is not valid JSON, or repeats a citation.
    public init(resource: String) throws {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "json") else {
            throw CatalogError.missingResource(resource)
        }
        let data = try Data(contentsOf: url)
        try self.init(json: data, source: resource)
    }

    /// Decodes a catalog from JSON.
    ///
    /// - Throws: `CatalogError` when the JSON is invalid or repeats a citation.
    public init(json: Data, source: String) throws {
        let file: CatalogFile
        do {
            file = try JSONDecoder().decode(CatalogFile.self, from: json)
        } catch {
            throw CatalogError.invalidResource(source, String(describing: error))
        }
        var byCitation: [String: Requirement] = [:]
        for requirement in file.requirements {
            guard byCitation.updateValue(requirement, forKey: requirement.citation) == nil else {
                throw CatalogError.duplicateCitation(source, requirement.citation)
            }
        }
        self.name = file.name
        self.version = file.version
        self.requirements = file.requirements
        self.requirementsByCitation = byCitation
    }

    /// Returns the requirement with a citation, accepting the `45 CFR ` and `§ ` prefixes.
    public func requirement(citation: String) -> Requirement? {
        requirementsByCitation[SecurityRuleCatalog.normalize(citation)]
    }

    /// The addressable implementation specifications, each of which needs a recorded decision.
    public var addressableSpecifications: [Requirement] {
        requirements.filter { $0.designation == .addressable }
    }

    /// Strips the prefixes people write before a citation: `45 CFR`, `§` and spaces.
    public static func normalize(_ citation: String) -> String {
        var text = Substring(citation.trimmingCharacters(in: .whitespaces))
        for prefix in ["45 CFR", "45 C.F.R.", "§"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count).drop(while: { $0 == " " })
        }
        return text.replacingOccurrences(of: " ", with: "")
    }
}

/// Errors loading a catalog resource.
public enum CatalogError: Error, Equatable {
    /// The resource is not in the bundle.
    case missingResource(String)
    /// The resource is not a valid catalog; the second value is the decoder's explanation.
    case invalidResource(String, String)
    /// Two requirements share a citation.
    case duplicateCitation(String, String)
}

extension CatalogError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingResource(let name): "catalog resource \(name).json is missing from the bundle"
        case .invalidResource(let name, let reason): "catalog resource \(name).json is invalid: \(reason)"
        case .duplicateCitation(let name, let citation): "catalog resource \(name).json repeats citation \(citation)"
        }
    }
}

/// The layout of a catalog resource file.
private struct CatalogFile: Decodable {
    var name: String
    var version: String
    var requirements: [Requirement]
}
