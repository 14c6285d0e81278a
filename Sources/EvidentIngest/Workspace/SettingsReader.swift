import EvidentCore

/// Reads `evident.yaml` into `WorkspaceSettings`.
///
/// Only `organization.name` and `organization.kind` are required; every other setting has the default
/// `WorkspaceSettings` documents. `as_of` defaults to the `today` the caller passes, so reading never
/// depends on the clock.
enum SettingsReader {
    /// The file's path relative to the workspace.
    static let path = "evident.yaml"

    /// The keys the file may have at the top level and under `organization`.
    static let topLevelKeys = [
        "organization", "profile", "as_of", "export_locale", "thresholds", "required_policies", "review",
        "risk", "plan",
    ]
    static let organizationKeys = ["id", "name", "kind"]

    /// Parses the file's text.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - today: The `as_of` used when the file sets none.
    ///   - warnings: Receives a `path:line: message` warning per unknown key.
    static func read(_ text: String, today: CalendarDay, warnings: inout [String]) throws(WorkspaceError)
        -> WorkspaceSettings
    {
        try WorkspaceError.readingYAML { () throws(YAMLError) -> WorkspaceSettings in
            guard let root = try YAMLParser.parse(text, path: path) else {
                throw .missingKey(path: path, line: 1, key: "organization", expected: "a mapping of name and kind")
            }
            let settings = try YAMLMapping(root, path: path, name: "the file")
            warnings += settings.unknownKeyWarnings(known: topLevelKeys)

            let organization = try readOrganization(settings, warnings: &warnings)
            let thresholds = try readThresholds(settings, warnings: &warnings)
            var requiredPolicies = WorkspaceSettings.defaultRequiredPolicies
            if settings.node("required_policies") != nil {
                requiredPolicies = try settings.strings("required_policies")
            }

            var profile = WorkspaceSettings.defaultProfile
            if settings.node("profile") != nil {
                profile = try settings.requiredString("profile")
            }

            var workspaceSettings = WorkspaceSettings(
                organization: organization,
                profile: profile,
                asOf: try settings.date("as_of") ?? today,
                exportLocale: try settings.value("export_locale", as: ExportLocale.self) ?? .enUS,
                thresholds: thresholds,
                requiredPolicies: requiredPolicies
            )
            workspaceSettings.risk = try readRisk(settings, warnings: &warnings)
            workspaceSettings.planDueDays = try readPlanDueDays(settings, warnings: &warnings)
            return workspaceSettings
        }
    }

    // MARK: - Private

    private static func readOrganization(_ settings: YAMLMapping, warnings: inout [String]) throws(YAMLError)
        -> Organization
    {
        let expected = "a mapping of name and kind"
        guard let mapping = try settings.mapping("organization") else {
            throw settings.missing("organization", expected: expected)
        }
        warnings += mapping.unknownKeyWarnings(known: organizationKeys)

        let name = try mapping.requiredString("name")
        let kind = try mapping.requiredValue("kind", as: Organization.Kind.self)
        let id = try mapping.string("id")
        if id == nil, Organization.slug(name).isEmpty {
            throw .missingKey(
                path: path, line: mapping.line, key: "organization.id",
                expected: "an id of lowercase letters, digits and dashes, because the name has no ASCII letters")
        }
        if let given = id, given.allSatisfy(\.isWhitespace) {
            throw .invalidValue(
                path: path, line: mapping.line(of: "id"), key: "organization.id", found: "blank",
                expected: "an id of lowercase letters, digits and dashes")
        }
        return Organization(id: id, name: name, kind: kind)
    }
}
