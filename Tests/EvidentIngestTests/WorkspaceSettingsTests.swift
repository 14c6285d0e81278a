import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Workspace settings")
struct WorkspaceSettingsTests {
    /// Reads `evident.yaml` text in an otherwise valid workspace.
    private func read(_ settings: String) throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("evident.yaml", settings)
        return try fixture.read()
    }

    private func readError(_ settings: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) {
            try read(settings)
        }
    }

    @Test func validSettings() throws {
        let settings = try read(WorkspaceSamples.settings).settings

        #expect(
            settings.organization
                == Organization(
                    id: "riverside-family-practice", name: "Riverside Family Practice", kind: .coveredEntity))
        #expect(settings.profile == "hipaa-security-rule")
        #expect(settings.asOf == CalendarDay(year: 2026, month: 3, day: 1))
        #expect(settings.exportLocale == .enGB)
        #expect(settings.thresholds.backupMaxAgeHours == 24)
        #expect(settings.thresholds.inactiveAccountMaxDays == 60)
        #expect(settings.thresholds.sessionTimeoutMaxSeconds == Thresholds().sessionTimeoutMaxSeconds)
        #expect(settings.requiredPolicies == ["access-control", "contingency-plan"])
    }

    @Test func minimalSettingsTakeDefaults() throws {
        let settings = try read("organization:\n  name: Lakeside Dental\n  kind: business-associate\n").settings

        #expect(settings.organization.id == "lakeside-dental")
        #expect(settings.organization.kind == .businessAssociate)
        #expect(settings.profile == WorkspaceSettings.defaultProfile)
        #expect(settings.asOf == WorkspaceFixture.today)
        #expect(settings.exportLocale == .enUS)
        #expect(settings.thresholds == Thresholds())
        #expect(settings.requiredPolicies == WorkspaceSettings.defaultRequiredPolicies)
    }

    @Test func emptyRequiredPoliciesListIsKept() throws {
        let settings = try read("organization: {name: A, kind: covered-entity}\nrequired_policies: []\n").settings

        #expect(settings.requiredPolicies.isEmpty)
    }

    @Test func everyThresholdKeyIsReadable() throws {
        var text = "organization: {name: A, kind: covered-entity}\nthresholds:\n"
        for (index, entry) in SettingsReader.thresholdKeys.enumerated() {
            text += "  \(entry.key): \(index + 1)\n"
        }

        let thresholds = try read(text).settings.thresholds

        for (index, entry) in SettingsReader.thresholdKeys.enumerated() {
            #expect(thresholds[keyPath: entry.property] == index + 1, "\(entry.key)")
        }
    }

    @Test func thresholdKeysMatchCodingKeys() throws {
        let data = try JSONEncoder().encode(Thresholds())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

        #expect(Set(object.keys) == Set(SettingsReader.thresholdKeys.map(\.key)))
        #expect(SettingsReader.thresholdKeys.count == object.count)
    }

    @Test func zeroThresholdIsInvalid() {
        let error = readError("organization: {name: A, kind: covered-entity}\nthresholds:\n  backup_max_age_hours: 0\n")

        #expect(
            error?.description
                == "evident.yaml:3: thresholds.backup_max_age_hours is \"0\"; expected a whole number greater than 0.")
    }

    @Test func negativeThresholdIsInvalid() {
        let error = readError(
            "organization: {name: A, kind: covered-entity}\nthresholds:\n  log_review_max_age_days: -5\n")

        #expect(error?.line == 3)
    }

    @Test func unknownKindListsKinds() {
        let error = readError("organization:\n  name: A\n  kind: hospital\n")

        #expect(
            error?.description
                == "evident.yaml:3: organization.kind is \"hospital\"; expected one of covered-entity, business-associate."
        )
    }

    @Test func invalidExportLocale() {
        let error = readError("organization: {name: A, kind: covered-entity}\nexport_locale: en-CA\n")

        #expect(
            error?.description == "evident.yaml:2: export_locale is \"en-CA\"; expected one of en-US, en-GB, en-AU.")
    }

    @Test func invalidAsOf() {
        let error = readError("organization: {name: A, kind: covered-entity}\nas_of: 03/01/2026\n")

        #expect(error?.description == "evident.yaml:2: as_of is \"03/01/2026\"; expected a date as YYYY-MM-DD.")
    }

    @Test func requiredPoliciesMustBeList() {
        let error = readError("organization: {name: A, kind: covered-entity}\nrequired_policies: access-control\n")

        #expect(error?.line == 2)
        #expect(error?.description.contains("required_policies is \"access-control\"; expected a list") == true)
    }

    @Test func missingOrganization() {
        let error = readError("profile: hipaa-security-rule\n")

        #expect(
            error?.description
                == "evident.yaml:1: organization is missing; add organization: with a mapping of name and kind.")
    }

    @Test func missingOrganizationName() {
        let error = readError("# header\norganization:\n  kind: covered-entity\n")

        #expect(error?.description == "evident.yaml:3: organization.name is missing; add name: with text.")
    }

    @Test func organizationAsTextIsInvalid() {
        let error = readError("organization: Riverside\n")

        #expect(
            error?.description == "evident.yaml:1: organization is \"Riverside\"; expected a mapping of keys to values."
        )
    }

    @Test func nameWithoutASCIILettersNeedsID() {
        let error = readError("organization:\n  name: 北区诊所\n  kind: covered-entity\n")

        guard case .invalidYAML(.missingKey(_, 2, "organization.id", _)) = error else {
            Issue.record("expected organization.id to be required, got \(String(describing: error))")
            return
        }
    }

    @Test func emptyFileNeedsOrganization() {
        let error = readError("")

        #expect(error?.path == "evident.yaml")
        #expect(error?.line == 1)
    }

    @Test func emptyProfileIsInvalid() {
        let error = readError("organization: {name: A, kind: covered-entity}\nprofile: ''\n")

        #expect(error?.description == "evident.yaml:2: profile is blank; expected text.")
    }

    @Test func unknownKeysWarnWithSuggestions() throws {
        let text = """
            organization:
              name: A
              kind: covered-entity
              nmae: typo
            as_off: 2026-01-01
            thresholds:
              backup_max_age_hour: 12
            colour: blue
            """

        let warnings = try read(text).warnings

        #expect(
            warnings == [
                "evident.yaml:5: unknown key \"as_off\" is ignored; did you mean \"as_of\"?",
                "evident.yaml:8: unknown key \"colour\" is ignored; check its spelling against docs/workspace.md.",
                "evident.yaml:4: unknown key \"organization.nmae\" is ignored; did you mean \"organization.name\"?",
                "evident.yaml:7: unknown key \"thresholds.backup_max_age_hour\" is ignored; "
                    + "did you mean \"thresholds.backup_max_age_hours\"?",
            ])
    }

    @Test func syntaxErrorIsWorkspaceError() {
        let error = readError("organization:\n  name: \"unterminated\n  kind: covered-entity\n")

        guard case .invalidYAML(.syntax(let path, _, _, _, _)) = error else {
            Issue.record("expected a YAML syntax error, got \(String(describing: error))")
            return
        }
        #expect(path == "evident.yaml")
    }
}
