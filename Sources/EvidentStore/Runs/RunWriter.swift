import EvidentCore
import FoundationEssentials

/// Writes one run into either database: the organization, the run with its canonical JSON, the
/// normalized results, findings and evidence files, and the run's inventory when given.
///
/// Everything happens in one transaction, so a failure or a killed process leaves the database as
/// it was before the run.
struct RunWriter<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// Who records the run, for its ledger entry.
    var actor: String = LedgerActor.current()

    /// Records the run and returns its id.
    func record(_ assessment: Assessment, inventory: Inventory?, recordedAt: Date) throws -> Int64 {
        let json = try AssessmentCoding.json(assessment)

        return try connection.inTransaction {
            try writeOrganization(assessment.organization)
            let runID = try writeRun(assessment, json: json, hasInventory: inventory != nil, recordedAt: recordedAt)
            try writeResults(assessment.results, runID: runID)
            try writeFindings(assessment.results.flatMap(\.findings), runID: runID)
            try writeEvidenceFiles(assessment.evidence, runID: runID)
            try writePosture(assessment.posture, runID: runID)
            if let inventory {
                try InventoryWriter(connection: connection).write(inventory, runID: runID)
            }
            try appendLedgerEntry(runID: runID, organizationID: assessment.organization.id, recordedAt: recordedAt)
            return runID
        }
    }

    // MARK: - Private

    /// Appends the run's `run.recorded` entry, whose payload hashes the rows just written.
    private func appendLedgerEntry(runID: Int64, organizationID: String, recordedAt: Date) throws {
        guard let payload = try RunFingerprint(connection: connection).payload(runID: runID) else {
            throw StoreError.runNotFound(runID: runID)
        }
        let draft = try LedgerDraft(
            action: .runRecorded, actor: actor, organizationID: organizationID, runID: runID, subject: String(runID),
            encoding: payload)
        _ = try LedgerWriter(connection: connection).append(draft, recordedAt: recordedAt)
    }

    private func writeOrganization(_ organization: Organization) throws {
        try connection.run(
            """
            INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind
            """,
            [.text(organization.id), .text(organization.name), .text(organization.kind.rawValue)])
    }

    private func writeRun(_ assessment: Assessment, json: String, hasInventory: Bool, recordedAt: Date) throws
        -> Int64
    {
        let sql = """
            INSERT INTO runs (organization_id, organization_name, as_of, profile, recorded_at,
                assessment_schema_version, assessment_json, has_inventory)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """
        let rows = try connection.query(
            sql,
            [
                .text(assessment.organization.id), .text(assessment.organization.name),
                .text(assessment.asOf.description), .text(assessment.profile),
                .text(StoreTimestamp.text(recordedAt)), .integer(Assessment.schemaVersion), .text(json),
                .flag(hasInventory),
            ])
        guard let id = rows.first?.text(at: 0).flatMap({ Int64($0) }) else {
            throw StoreError.invalidStoredValue(path: connection.location, runID: 0, column: "runs.id", value: "")
        }
        return id
    }

    private func writeResults(_ results: [CheckResult], runID: Int64) throws {
        try connection.insert(
            into: "results",
            columns: [
                "run_id", "position", "check_id", "title", "status", "citations", "documented", "implemented",
                "maintained", "evidenced", "summary",
            ],
            rows: try results.enumerated().map { position, result in
                [
                    .integer(runID), .integer(position), .text(result.checkID), .text(result.title),
                    .text(result.status.rawValue), .text(try AssessmentCoding.array(result.citations)),
                    .flag(result.lifecycle.documented), .flag(result.lifecycle.implemented),
                    .flag(result.lifecycle.maintained), .flag(result.lifecycle.evidenced), .text(result.summary),
                ]
            })
    }

    private func writeFindings(_ findings: [Finding], runID: Int64) throws {
        try connection.insert(
            into: "findings",
            columns: [
                "run_id", "position", "check_id", "kind", "severity", "subject_kind", "subject_id", "message",
                "remediation", "evidence", "touches_ephi",
            ],
            rows: try findings.enumerated().map { position, finding in
                [
                    .integer(runID), .integer(position), .text(finding.checkID), .text(finding.kind.rawValue),
                    .text(finding.severity.rawValue), .text(finding.subject.kind.rawValue),
                    .text(finding.subject.id), .text(finding.message), .text(finding.remediation),
                    .text(try AssessmentCoding.references(finding.evidence)), .flag(finding.touchesEPHI),
                ]
            })
    }

    private func writeEvidenceFiles(_ files: [EvidenceFile], runID: Int64) throws {
        try connection.insert(
            into: "evidence_files",
            columns: ["run_id", "path", "sha256", "format", "records", "earliest", "latest", "warnings", "error"],
            rows: try files.map { file in
                [
                    .integer(runID), .text(file.path), .text(file.sha256), .text(file.format.rawValue),
                    .integer(file.records), .optionalText(file.dateRange.map { StoreTimestamp.text($0.earliest) }),
                    .optionalText(file.dateRange.map { StoreTimestamp.text($0.latest) }),
                    .text(try AssessmentCoding.array(file.warnings)), .optionalText(file.error),
                ]
            })
    }

    private func writePosture(_ posture: [CategoryPosture], runID: Int64) throws {
        try connection.insert(
            into: "run_posture",
            columns: ["run_id", "category", "passed", "failed", "insufficient_evidence", "not_applicable"],
            rows: posture.map { category in
                [
                    .integer(runID), .text(category.category.rawValue), .integer(category.passed),
                    .integer(category.failed), .integer(category.insufficientEvidence),
                    .integer(category.notApplicable),
                ]
            })
    }
}
