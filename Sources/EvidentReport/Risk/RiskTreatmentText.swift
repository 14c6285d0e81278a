import EvidentCore

/// One line about a risk treatment, shared by the text, CSV and HTML outputs.
enum RiskTreatmentText {
    /// Describes a treatment, for example `accept, owner Pat Doe, approved by Lee Park, expires
    /// 2027-01-31` with ` (expired)` or ` (overdue)` when its day is before `asOf`.
    static func describe(_ treatment: RiskTreatment, asOf: CalendarDay) -> String {
        var parts = [treatment.kind.rawValue, "owner \(treatment.owner)", "approved by \(treatment.approver)"]
        if let due = treatment.due {
            parts.append("due \(due)" + (due < asOf ? " (overdue)" : ""))
        }
        if let expires = treatment.expires {
            parts.append("expires \(expires)" + (expires < asOf ? " (expired)" : ""))
        }
        return parts.joined(separator: ", ")
    }
}
