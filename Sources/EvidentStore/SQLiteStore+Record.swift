import EvidentCore
import FoundationEssentials

extension SQLiteStore {
    /// Records one assessment as a new run in a single transaction, rolled back on any error.
    ///
    /// The organization row is created or updated to the assessment's name and kind. The run keeps
    /// the name as it was at the time of the run.
    ///
    /// - Returns: The new run's id.
    /// - Throws: `StoreError` when a row cannot be written, for example two results with one check id.
    public func record(_ assessment: Assessment, recordedAt: Date) throws -> Int64 {
        let json = try AssessmentCoding.json(assessment)

        return try connection.inTransaction {
            try writeOrganization(assessment.organization)
            let runID = try writeRun(assessment, json: json, recordedAt: recordedAt)
            try writeResults(assessment.results, runID: runID)
            try writeFindings(assessment.results.flatMap(\.findings), runID: runID)
            try writeEvidenceFiles(assessment.evidence, runID: runID)
            return runID
        }
    }

    // MARK: - Private

    private func writeOrganization(_ organization: Organization) throws {
        try connection.prepare(
            """
            INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind
            """
        ).run([.text(organization.id), .text(organization.name), .text(organization.kind.rawValue)])
    }

    private func writeRun(_ assessment: Assessment, json: String, recordedAt: Date) throws -> Int64 {
        try connection.prepare(
            """
            INSERT INTO runs (organization_id, organization_name, as_of, profile, recorded_at,
                assessment_schema_version, assessment_json)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """
        ).run([
            .text(assessment.organization.id), .text(assessment.organization.name),
            .text(assessment.asOf.description), .text(assessment.profile), .text(StoreTimestamp.text(recordedAt)),
            .integer(Assessment.schemaVersion), .text(json),
        ])
        return connection.lastInsertRowID
    }

    private func writeResults(_ results: [CheckResult], runID: Int64) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO results (run_id, position, check_id, title, status, citations,
                documented, implemented, maintained, evidenced, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        )
        for (position, result) in results.enumerated() {
            try statement.run([
                .integer(runID), .integer(position), .text(result.checkID), .text(result.title),
                .text(result.status.rawValue), .text(try AssessmentCoding.array(result.citations)),
                .flag(result.lifecycle.documented), .flag(result.lifecycle.implemented),
                .flag(result.lifecycle.maintained), .flag(result.lifecycle.evidenced), .text(result.summary),
            ])
        }
    }

    private func writeFindings(_ findings: [Finding], runID: Int64) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO findings (run_id, position, check_id, kind, severity, subject_kind, subject_id,
                message, remediation, evidence, touches_ephi)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        )
        for (position, finding) in findings.enumerated() {
            try statement.run([
                .integer(runID), .integer(position), .text(finding.checkID), .text(finding.kind.rawValue),
                .text(finding.severity.rawValue), .text(finding.subject.kind.rawValue), .text(finding.subject.id),
                .text(finding.message), .text(finding.remediation),
                .text(try AssessmentCoding.references(finding.evidence)), .flag(finding.touchesEPHI),
            ])
        }
    }

    private func writeEvidenceFiles(_ files: [EvidenceFile], runID: Int64) throws {
        let statement = try connection.prepare(
            """
            INSERT INTO evidence_files (run_id, path, sha256, format, records, earliest, latest, warnings, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        )
        for file in files {
            try statement.run([
                .integer(runID), .text(file.path), .text(file.sha256), .text(file.format.rawValue),
                .integer(file.records), .optionalText(file.dateRange.map { StoreTimestamp.text($0.earliest) }),
                .optionalText(file.dateRange.map { StoreTimestamp.text($0.latest) }),
                .text(try AssessmentCoding.array(file.warnings)), .optionalText(file.error),
            ])
        }
    }
}
