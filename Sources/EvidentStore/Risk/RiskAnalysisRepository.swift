import EvidentCore
import FoundationEssentials

/// Writes and reads the risk analyses of `evident risk` in either database.
struct RiskAnalysisRepository<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection
    /// The actor that the analyses' ledger entries name.
    var actor: String = LedgerActor.current()

    /// Records an analysis, its risks and its ledger entry in one transaction, creating or updating
    /// the organization.
    ///
    /// - Returns: The analysis's id.
    func record(_ analysis: StoredRiskAnalysis, organization: Organization, recordedAt: Date) throws -> Int64 {
        let missing = try AssessmentCoding.array(analysis.missingElements)

        return try connection.inTransaction {
            try connection.run(
                """
                INSERT INTO organizations (id, name, kind) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """,
                [.text(organization.id), .text(organization.name), .text(organization.kind.rawValue)])

            let rows = try connection.query(
                """
                INSERT INTO risk_analyses (organization_id, performed, recorded_at, complete, missing_elements,
                    catalog_version)
                VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id
                """,
                [
                    .text(organization.id), .text(analysis.performed.description),
                    .text(StoreTimestamp.text(recordedAt)), .flag(analysis.isComplete), .text(missing),
                    .integer(analysis.catalogVersion),
                ])
            guard let analysisID = rows.first.flatMap({ Int64($0.text(at: 0) ?? "") }) else {
                throw StoreError.invalidStoredValue(
                    path: connection.location, runID: 0, column: "risk_analyses.id", value: "")
            }

            try connection.insert(
                into: "risk_analysis_risks",
                columns: [
                    "analysis_id", "position", "asset", "threat", "inherent_likelihood", "residual_likelihood",
                    "impact", "inherent_level", "residual_level", "treatment",
                ],
                rows: analysis.risks.enumerated().map { position, risk in
                    [
                        .integer(analysisID), .integer(position), .text(risk.asset), .text(risk.threat),
                        .text(risk.inherentLikelihood.rawValue), .text(risk.residualLikelihood.rawValue),
                        .text(risk.impact.rawValue), .text(risk.inherentLevel.rawValue),
                        .text(risk.residualLevel.rawValue), .optionalText(risk.treatment),
                    ]
                })
            try RiskAnalysisFingerprint(connection: connection).appendEntry(
                analysisID: analysisID, action: .riskAnalysisRecorded, actor: actor, recordedAt: recordedAt)
            return analysisID
        }
    }

    /// Lists an organization's analyses, newest first, with their risks.
    func analyses(organizationID: String) throws -> [StoredRiskAnalysis] {
        let rows = try connection.query(
            """
            SELECT id, performed, complete, missing_elements, catalog_version
            FROM risk_analyses WHERE organization_id = ? ORDER BY performed DESC, id DESC
            """,
            [.text(organizationID)])

        return try rows.map { row in
            let id = row.integer(at: 0)
            let performedText = row.text(at: 1) ?? ""
            guard let performed = CalendarDay(iso8601: performedText) else {
                throw invalid(id, "performed", performedText)
            }
            let missingText = row.text(at: 3) ?? ""
            guard let missing = try? JSONDecoder().decode([String].self, from: Data(missingText.utf8)) else {
                throw invalid(id, "missing_elements", missingText)
            }
            return StoredRiskAnalysis(
                id: id, performed: performed, isComplete: row.integer(at: 2) == 1, missingElements: missing,
                catalogVersion: Int(row.integer(at: 4)), risks: try risks(analysisID: id))
        }
    }

    // MARK: - Private

    private func risks(analysisID: Int64) throws -> [StoredRisk] {
        let rows = try connection.query(
            """
            SELECT asset, threat, inherent_likelihood, residual_likelihood, impact, inherent_level, residual_level,
                treatment
            FROM risk_analysis_risks WHERE analysis_id = ? ORDER BY position
            """,
            [.integer(analysisID)])

        let columns = [
            "inherent_likelihood", "residual_likelihood", "impact", "inherent_level", "residual_level",
        ]
        return try rows.map { row in
            var levels: [RiskLevel] = []
            for (offset, column) in columns.enumerated() {
                let text = row.text(at: 2 + offset) ?? ""
                guard let level = RiskLevel(rawValue: text) else { throw invalid(analysisID, column, text) }
                levels.append(level)
            }
            return StoredRisk(
                asset: row.text(at: 0) ?? "", threat: row.text(at: 1) ?? "", inherentLikelihood: levels[0],
                residualLikelihood: levels[1], impact: levels[2], inherentLevel: levels[3], residualLevel: levels[4],
                treatment: row.text(at: 7))
        }
    }

    private func invalid(_ id: Int64, _ column: String, _ value: String) -> StoreError {
        .invalidStoredValue(path: connection.location, runID: id, column: "risk_analyses.\(column)", value: value)
    }
}

extension SQLiteStore: RiskAnalysisStore {
    public func record(_ analysis: StoredRiskAnalysis, organization: Organization, recordedAt: Date) throws -> Int64 {
        try RiskAnalysisRepository(connection: connection, actor: actor).record(
            analysis, organization: organization, recordedAt: recordedAt)
    }

    public func riskAnalyses(organizationID: String) throws -> [StoredRiskAnalysis] {
        try RiskAnalysisRepository(connection: connection).analyses(organizationID: organizationID)
    }
}

extension PostgreSQLStore: RiskAnalysisStore {
    public func record(_ analysis: StoredRiskAnalysis, organization: Organization, recordedAt: Date) throws -> Int64 {
        try RiskAnalysisRepository(connection: connection, actor: actor).record(
            analysis, organization: organization, recordedAt: recordedAt)
    }

    public func riskAnalyses(organizationID: String) throws -> [StoredRiskAnalysis] {
        try RiskAnalysisRepository(connection: connection).analyses(organizationID: organizationID)
    }
}
