import EvidentCore
import EvidentRisk

/// The register as CSV, one row per risk in register order, for a spreadsheet.
///
/// Rows end with CRLF and cells are quoted as RFC 4180 specifies, with formula triggers neutralized
/// as in `findings.csv`.
public enum RiskRegisterCSV {
    /// The header row's column names.
    public static let columns = [
        "residual_level", "residual_likelihood", "impact", "inherent_level", "inherent_likelihood", "threat",
        "asset_kind", "asset_id", "asset_name", "raised_by", "credited_checks", "treatment",
    ]

    /// Renders the register.
    ///
    /// - Returns: The header row and one row per risk, each ending with CRLF.
    public static func render(_ analysis: RiskAnalysis) -> String {
        var rows = [columns]
        for entry in analysis.entries {
            rows.append([
                entry.residualLevel.rawValue, entry.residualLikelihood.rawValue, entry.impact.rawValue,
                entry.inherentLevel.rawValue, entry.inherentLikelihood.rawValue, entry.threat.id,
                entry.asset.kind.rawValue, entry.asset.id, entry.asset.name,
                entry.factors.map(\.explanation).joined(separator: "; "),
                entry.creditedChecks.joined(separator: "; "),
                entry.treatment.map { RiskTreatmentText.describe($0, asOf: analysis.asOf) } ?? "",
            ])
        }
        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }
}
