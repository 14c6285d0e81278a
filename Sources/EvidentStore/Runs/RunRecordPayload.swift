/// The payload of a run's ledger entry: the SHA-256 of each part of the run as the database holds it.
///
/// `RunFingerprint` computes it when the run is recorded and again when `evident verify` runs, so
/// any changed byte in those rows shows up as a differing field, which names the part changed.
/// NOTE: the run's inventory tables (`run_accounts` and the others) are not covered; they serve
/// `evident diff`, and the report and binder are rebuilt from the covered parts.
struct RunRecordPayload: Codable, Equatable {
    /// The run's id.
    var runID: Int64
    /// The organization's id.
    var organizationID: String
    /// When the run was recorded, as stored.
    var recordedAt: String
    /// The SHA-256 of `runs.assessment_json`, from which reports are rebuilt.
    var assessmentSHA256: String
    /// The SHA-256 of the run's row in `runs`, every column.
    var runRowSHA256: String
    /// The SHA-256 of the run's rows in `results`.
    var resultsSHA256: String
    /// The SHA-256 of the run's rows in `findings`.
    var findingsSHA256: String
    /// The SHA-256 of the run's rows in `evidence_files`.
    var evidenceFilesSHA256: String
    /// The SHA-256 of the run's rows in `run_posture`.
    var postureSHA256: String
    /// The evidence files of the run that the evidence store held when the run was recorded, by path.
    var evidence: [KeptFile]

    /// One evidence file of the run and the SHA-256 it is kept under.
    struct KeptFile: Codable, Equatable {
        var path: String
        var sha256: String
    }

    /// Returns the name of the first part that differs from `other`, for a message, or `nil` when
    /// all are equal. The kept evidence files are left out: the list can grow when content the run
    /// did not keep is stored later, so `IntegrityVerifier` checks that each listed file is still kept.
    func firstDifference(from other: RunRecordPayload) -> String? {
        let parts: [(String, Bool)] = [
            ("run id", runID == other.runID),
            ("organization", organizationID == other.organizationID),
            ("recording time", recordedAt == other.recordedAt),
            ("assessment JSON", assessmentSHA256 == other.assessmentSHA256),
            ("runs row", runRowSHA256 == other.runRowSHA256),
            ("results rows", resultsSHA256 == other.resultsSHA256),
            ("findings rows", findingsSHA256 == other.findingsSHA256),
            ("evidence_files rows", evidenceFilesSHA256 == other.evidenceFilesSHA256),
            ("run_posture rows", postureSHA256 == other.postureSHA256),
        ]
        return parts.first { !$0.1 }?.0
    }

    enum CodingKeys: String, CodingKey {
        case evidence
        case runID = "run_id"
        case organizationID = "organization_id"
        case recordedAt = "recorded_at"
        case assessmentSHA256 = "assessment_sha256"
        case runRowSHA256 = "runs_row_sha256"
        case resultsSHA256 = "results_sha256"
        case findingsSHA256 = "findings_sha256"
        case evidenceFilesSHA256 = "evidence_files_sha256"
        case postureSHA256 = "run_posture_sha256"
    }
}
