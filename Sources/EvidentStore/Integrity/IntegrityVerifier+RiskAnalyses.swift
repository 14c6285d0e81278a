import FoundationEssentials

extension IntegrityVerifier {
    /// Compares each risk analysis's rows with its `risk-analysis.recorded` or `risk-analysis.adopted`
    /// entry, and reports analyses without an entry and entries whose analysis is gone.
    func checkRiskAnalyses(_ entries: [LedgerEntry], into report: inout IntegrityReport) throws {
        let connection = repository.connection
        var entryByAnalysis: [String: LedgerEntry] = [:]
        for entry in entries where entry.action == .riskAnalysisRecorded || entry.action == .riskAnalysisAdopted {
            entryByAnalysis[entry.subject] = entry
        }
        let analysisIDs = try connection.query("SELECT id FROM risk_analyses ORDER BY id", []).map {
            $0.integer(at: 0)
        }
        report.riskAnalyses = analysisIDs.count

        let fingerprint = RiskAnalysisFingerprint(connection: connection)
        for analysisID in analysisIDs {
            let id = String(analysisID)
            guard let entry = entryByAnalysis.removeValue(forKey: id) else {
                report.problems.append(.init(.riskAnalysis, id, "has no ledger entry; it was added outside Evident"))
                continue
            }
            let recorded = try? JSONDecoder().decode(
                RiskAnalysisFingerprint<Connection>.Payload.self, from: Data(entry.payload.utf8))
            let current = try fingerprint.payload(analysisID: analysisID)
            if recorded?.analysisRowSHA256 != current?.analysisRowSHA256 {
                report.problems.append(
                    .init(.riskAnalysis, id, "risk_analyses row changed since ledger entry \(entry.sequence)"))
            } else if recorded?.risksSHA256 != current?.risksSHA256 {
                report.problems.append(
                    .init(.riskAnalysis, id, "risk_analysis_risks rows changed since ledger entry \(entry.sequence)"))
            }
        }
        for (id, entry) in entryByAnalysis.sorted(by: { $0.value.sequence < $1.value.sequence }) {
            report.problems.append(
                .init(.riskAnalysis, id, "recorded in ledger entry \(entry.sequence) but missing from the database"))
        }
    }
}
