import EvidentCore
import Foundation

/// Reads the optional `review:` mapping of `evident.yaml` into `ReviewSettings`, for `evident review`.
///
/// A workspace without the mapping gets the defaults `ReviewSettings` documents. Unknown keys are
/// warnings, as elsewhere in the file, so a typo never silently turns a rule off.
public enum ReviewSettingsReader {
    static let keys = [
        "time_zone", "working_hours", "sites", "ehr_csv", "patients", "systems", "disabled_rules", "bulk_access",
        "failed_sign_ins",
    ]

    /// Reads the review settings of a workspace.
    ///
    /// - Parameters:
    ///   - folder: The workspace folder.
    ///   - warnings: Receives a `path:line: message` warning per unknown key.
    /// - Throws: `WorkspaceError` when `evident.yaml` is missing or a review setting is invalid.
    public static func read(at folder: URL, warnings: inout [String]) throws(WorkspaceError) -> ReviewSettings {
        let workspace = WorkspaceFolder(url: folder)
        guard let text = try workspace.text(at: SettingsReader.path) else {
            throw .missingFile(path: SettingsReader.path, remedy: "create it with the organization's name and kind")
        }
        return try read(text, warnings: &warnings)
    }

    /// Parses the review settings from the text of `evident.yaml`.
    static func read(_ text: String, warnings: inout [String]) throws(WorkspaceError) -> ReviewSettings {
        try WorkspaceError.readingYAML { () throws(YAMLError) -> ReviewSettings in
            let path = SettingsReader.path
            guard let root = try YAMLParser.parse(text, path: path),
                let review = try YAMLMapping(root, path: path, name: "the file").mapping("review")
            else { return ReviewSettings() }
            warnings += review.unknownKeyWarnings(known: keys)

            var settings = ReviewSettings()
            settings.timeZone = try review.string("time_zone") ?? settings.timeZone
            if let hours = try review.mapping("working_hours") {
                settings.workingHours = try WorkingHoursReader.read(hours, warnings: &warnings)
            }
            settings.sites = try review.mappings("sites").map { (site) throws(YAMLError) -> ReviewSite in
                warnings += site.unknownKeyWarnings(known: ["id", "time_zone", "working_hours"])
                let hours = try site.mapping("working_hours")
                return ReviewSite(
                    id: try site.requiredString("id"),
                    timeZone: try site.string("time_zone") ?? settings.timeZone,
                    workingHours: try hours.map { (hours) throws(YAMLError) in
                        try WorkingHoursReader.read(hours, warnings: &warnings)
                    } ?? settings.workingHours)
            }
            if let columns = try review.mapping("ehr_csv")?.mapping("columns") {
                settings.ehrColumns = try readColumns(columns, warnings: &warnings)
            }
            settings.patientsFile = try review.string("patients")
            settings.systems = try review.strings("systems")
            settings.disabledRules = Set(try review.strings("disabled_rules"))
            if let bulk = try review.mapping("bulk_access") {
                warnings += bulk.unknownKeyWarnings(known: ["floor", "multiplier"])
                settings.bulkAccessFloor = try bulk.int("floor", minimum: 1) ?? settings.bulkAccessFloor
                settings.bulkAccessMultiplier = try bulk.int("multiplier", minimum: 1) ?? settings.bulkAccessMultiplier
            }
            if let signIns = try review.mapping("failed_sign_ins") {
                warnings += signIns.unknownKeyWarnings(known: ["burst", "window_minutes"])
                settings.failedSignInBurst = try signIns.int("burst", minimum: 1) ?? settings.failedSignInBurst
                settings.failedSignInWindowMinutes =
                    try signIns.int("window_minutes", minimum: 1) ?? settings.failedSignInWindowMinutes
            }
            return settings
        }
    }

    // MARK: - Private

    private static func readColumns(_ columns: YAMLMapping, warnings: inout [String]) throws(YAMLError)
        -> EHRColumnMapping
    {
        warnings += columns.unknownKeyWarnings(known: [
            "user", "patient_id", "patient_name", "action", "time", "time_zone", "workstation", "site",
        ])
        let defaults = EHRColumnMapping()
        return EHRColumnMapping(
            user: try columns.string("user") ?? defaults.user,
            patientID: try columns.string("patient_id") ?? defaults.patientID,
            patientName: try columns.string("patient_name") ?? defaults.patientName,
            action: try columns.string("action") ?? defaults.action,
            time: try columns.string("time") ?? defaults.time,
            timeZone: try columns.string("time_zone") ?? defaults.timeZone,
            workstation: try columns.string("workstation") ?? defaults.workstation,
            site: try columns.string("site") ?? defaults.site)
    }
}
