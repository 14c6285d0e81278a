import EvidentCore
import Foundation

/// The threats a risk analysis considers, loaded from the catalog resource shipped with Evident.
///
/// Threats are data rather than code, like the Security Rule catalog, so adding a threat or changing
/// a rating is an edit to the resource and its tests.
public struct ThreatCatalog: Sendable {
    /// The catalog's name.
    public let name: String
    /// The version of the resource's content, raised whenever a threat or rating changes.
    public let version: Int
    /// The method the ratings follow.
    public let method: String
    /// Where the ratings come from, shown with the register.
    public let ratingNote: String
    /// Every threat, in catalog order.
    public let threats: [Threat]

    /// The catalog shipped with this build of Evident.
    ///
    /// A test decodes the resource, so a failure here is a packaging error and stops the program.
    public static let shipped: ThreatCatalog = {
        do {
            return try ThreatCatalog(resource: "threat-catalog")
        } catch {
            fatalError("the bundled threat catalog is missing or invalid: \(error)")
        }
    }()

    /// Loads a catalog resource from the module bundle.
    ///
    /// - Throws: `RiskError` when the resource is missing or invalid.
    public init(resource: String) throws {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "json") else {
            throw RiskError.missingCatalogResource(resource)
        }
        try self.init(json: try Data(contentsOf: url), source: resource)
    }

    /// Decodes and validates a catalog.
    ///
    /// - Throws: `RiskError.invalidCatalog` when the JSON does not decode, a threat id repeats, a
    ///   threat lists no asset kind or no vulnerability, or an asset kind has no impact.
    public init(json: Data, source: String) throws {
        let file: CatalogFile
        do {
            file = try JSONDecoder().decode(CatalogFile.self, from: json)
        } catch {
            throw RiskError.invalidCatalog(source, String(describing: error))
        }

        var seen: Set<String> = []
        for threat in file.threats {
            guard seen.insert(threat.id).inserted else {
                throw RiskError.invalidCatalog(source, "threat id '\(threat.id)' appears twice")
            }
            guard !threat.assetKinds.isEmpty, !threat.vulnerabilities.isEmpty else {
                throw RiskError.invalidCatalog(source, "threat '\(threat.id)' lists no asset kind or no vulnerability")
            }
            for kind in threat.assetKinds where threat.impact(on: kind) == nil {
                throw RiskError.invalidCatalog(source, "threat '\(threat.id)' has no impact for '\(kind.rawValue)'")
            }
        }

        self.name = file.name
        self.version = file.version
        self.method = file.method
        self.ratingNote = file.ratingNote
        self.threats = file.threats
    }

    /// Returns the threat with an id, or `nil`.
    public func threat(id: String) -> Threat? {
        threats.first { $0.id == id }
    }

    /// Every check id any threat lists, sorted.
    public var checkIDs: [String] {
        Set(threats.flatMap(\.vulnerabilities)).sorted()
    }
}

/// The JSON layout of the resource.
private struct CatalogFile: Decodable {
    let name: String
    let version: Int
    let method: String
    let ratingNote: String
    let threats: [Threat]

    enum CodingKeys: String, CodingKey {
        case name, version, method, threats
        case ratingNote = "rating_note"
    }
}
