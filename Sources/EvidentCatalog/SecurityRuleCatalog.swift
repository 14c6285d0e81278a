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
    /// The version of the resource's layout and content, raised whenever either changes.
    public let resourceVersion: Int
    /// Every requirement, in the order of the regulation.
    public let requirements: [Requirement]
    /// Citations of earlier numberings mapped to today's, for example `164.308(b)(4)`, the written
    /// contract before the 2013 Omnibus Rule renumbered it `164.308(b)(3)`.
    public let legacyCitations: [String: String]

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
        self.resourceVersion = file.resourceVersion ?? 1
        self.requirements = file.requirements
        self.legacyCitations = file.legacyCitations ?? [:]
        self.requirementsByCitation = byCitation
    }

    /// Returns the requirement a citation names, in the forms people write it: with or without the
    /// `45 CFR`, `§` and `Sec.` prefixes and spaces, a standard without its trailing `(1)` or `(i)`
    /// (`164.312(a)` for `164.312(a)(1)`), and a legacy number such as `164.308(b)(4)`.
    public func requirement(citation: String) -> Requirement? {
        canonicalCitation(citation).flatMap { requirementsByCitation[$0] }
    }

    /// Returns today's catalog citation for a citation as written, or `nil` when it names nothing in
    /// the catalog.
    public func canonicalCitation(_ citation: String) -> String? {
        let normalized = SecurityRuleCatalog.normalize(citation)
        let mapped = legacyCitations[normalized] ?? normalized
        for candidate in [mapped, mapped + "(1)", mapped + "(i)"] where requirementsByCitation[candidate] != nil {
            return candidate
        }
        return nil
    }

    /// The requirements NIST counts, which the posture lists: every one but those that are part of
    /// another standard.
    public var assessedRequirements: [Requirement] {
        requirements.filter { $0.partOf == nil }
    }

    /// The implementation specifications of a standard, in catalog order.
    public func specifications(of standard: String) -> [Requirement] {
        requirements.filter { $0.standard == standard }
    }

    /// The addressable implementation specifications, each of which needs a recorded decision.
    public var addressableSpecifications: [Requirement] {
        requirements.filter { $0.designation == .addressable }
    }

    /// Strips the prefixes people write before a citation (`45 CFR`, `§`, `Sec.`, `section`, in any
    /// case) and every space. Letters keep their case, because `(a)` and `(A)` are different levels.
    public static func normalize(_ citation: String) -> String {
        var text = Substring(citation.trimmingCharacters(in: .whitespaces))
        for prefix in ["45 CFR", "45 C.F.R.", "§", "Sec.", "section"] {
            guard text.lowercased().hasPrefix(prefix.lowercased()) else { continue }
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
    var resourceVersion: Int?
    var legacyCitations: [String: String]?
    var requirements: [Requirement]

    enum CodingKeys: String, CodingKey {
        case name, version, requirements
        case resourceVersion = "resource_version"
        case legacyCitations = "legacy_citations"
    }
}
