import EvidentCore
import Foundation

/// A proposed amendment to the Security Rule as a readiness profile, loaded from a resource shipped
/// with Evident.
///
/// Its requirements are labelled proposed wherever they appear and are kept apart from the posture
/// of the rule in force, because a proposed rule creates no obligation until it is final.
public struct ProposedRuleProfile: Sendable {
    /// The profile name, for example `hipaa-nprm-2025`.
    public let profile: String
    /// The rulemaking it follows.
    public let name: String
    /// The profile's sources and how far they are confirmed.
    public let note: String
    /// The version of the resource, raised whenever its content changes.
    public let resourceVersion: Int
    /// Every proposed requirement, in the order reports list them.
    public let requirements: [ProposedRequirement]

    /// The January 2025 proposed rule, 90 FR 898.
    ///
    /// A test decodes the resource, so a failure here is a packaging error and stops the program.
    public static let nprm2025: ProposedRuleProfile = {
        do {
            return try ProposedRuleProfile(resource: "hipaa-nprm-2025")
        } catch {
            fatalError("the bundled proposed rule profile is missing or invalid: \(error)")
        }
    }()

    /// Loads a profile resource from the module bundle.
    ///
    /// - Throws: `CatalogError` when the resource is missing, invalid, or repeats an id.
    public init(resource: String) throws {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "json") else {
            throw CatalogError.missingResource(resource)
        }
        let file: ProfileFile
        do {
            file = try JSONDecoder().decode(ProfileFile.self, from: try Data(contentsOf: url))
        } catch {
            throw CatalogError.invalidResource(resource, String(describing: error))
        }
        var ids: Set<String> = []
        for requirement in file.requirements where !ids.insert(requirement.id).inserted {
            throw CatalogError.duplicateCitation(resource, requirement.id)
        }
        profile = file.profile
        name = file.name
        note = file.note
        resourceVersion = file.resourceVersion
        requirements = file.requirements
    }

    /// Returns the proposed requirement with an id.
    public func requirement(id: String) -> ProposedRequirement? {
        requirements.first { $0.id == id.trimmingCharacters(in: .whitespaces) }
    }
}

/// The layout of a proposed rule profile resource.
private struct ProfileFile: Decodable {
    var profile: String
    var name: String
    var status: String
    var note: String
    var resourceVersion: Int
    var requirements: [ProposedRequirement]

    enum CodingKeys: String, CodingKey {
        case profile, name, status, note, requirements
        case resourceVersion = "resource_version"
    }
}
