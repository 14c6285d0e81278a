import EvidentCore
import FoundationEssentials

/// The canonical JSON of an assessment as the store keeps it in `runs.assessment_json`.
///
/// It is the Core types' own `Codable` form with sorted keys and dates as seconds since the
/// reference date, which decodes to a value equal to the one encoded. It is not the documented
/// report JSON: that one is shaped for readers, this one for an exact read back.
/// NOTE: renaming a Core property changes this form, so such a rename needs a migration that
/// rewrites `assessment_json`, or decoding of older runs fails with `invalidStoredAssessment`.
enum AssessmentCoding {
    /// Encodes an assessment.
    static func json(_ assessment: Assessment) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .deferredToDate

        do {
            return String(decoding: try encoder.encode(assessment), as: UTF8.self)
        } catch {
            throw StoreError.cannotEncodeAssessment(reason: String(describing: error))
        }
    }

    /// Decodes an assessment stored for run `runID` of the database at `path`.
    static func assessment(_ json: String, runID: Int64, path: String) throws -> Assessment {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .deferredToDate

        do {
            return try decoder.decode(Assessment.self, from: Data(json.utf8))
        } catch {
            throw StoreError.invalidStoredAssessment(path: path, runID: runID, reason: String(describing: error))
        }
    }

    /// Encodes a list of strings, such as citations or warnings, as a JSON array.
    static func array(_ values: [String]) throws -> String {
        try encodeColumn(values)
    }

    /// Encodes evidence references as a JSON array of `{"line": ..., "path": ...}` objects.
    static func references(_ references: [EvidenceReference]) throws -> String {
        try encodeColumn(references)
    }

    // MARK: - Private

    private static func encodeColumn(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError.cannotEncodeAssessment(reason: String(describing: error))
        }
    }
}
