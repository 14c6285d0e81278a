import EvidentCore

/// The day and month order that one file's dates prove, weighed against `export_locale`.
///
/// A date that only one order accepts (`25/10/2026` is day-first) proves how the exporting tool
/// writes dates, and that decides the file's ambiguous dates (`11/09/2026`) too. When nothing proves
/// an order, `export_locale` decides.
enum DateOrderVerdict: Hashable, Sendable {
    /// Nothing contradicts the order of `export_locale`.
    case followsLocale
    /// Dates prove only the order opposite to `export_locale`, so the file must be read in that order.
    case provesOpposite(DateOrder, DateOrderEvidence.Proof)
    /// Dates prove both orders, so the file's ambiguous dates cannot be read with certainty.
    case conflicting(dayFirst: DateOrderEvidence.Proof, monthFirst: DateOrderEvidence.Proof)

    /// Weighs the dates recorded while reading a file in `locale`.
    init(_ evidence: DateOrderEvidence, locale: ExportLocale) {
        let configured = DateOrder(locale)
        let dayFirst = evidence.proof(of: .dayFirst)
        let monthFirst = evidence.proof(of: .monthFirst)
        if let dayFirst, let monthFirst {
            self = .conflicting(dayFirst: dayFirst, monthFirst: monthFirst)
        } else if let opposite = evidence.proof(of: configured.opposite) {
            self = .provesOpposite(configured.opposite, opposite)
        } else {
            self = .followsLocale
        }
    }

    /// Returns the warning for a file read in `order` instead of the order of `locale`.
    static func oppositeOrderWarning(
        path: String, order: DateOrder, proof: DateOrderEvidence.Proof, text: String, locale: ExportLocale
    ) -> String {
        "\(path) writes dates \(order.name): \(describe(proof, text: text)) valid only \(order.name), so every "
            + "date in the file, those valid in both orders included, was read \(order.name), which differs from "
            + "export_locale \(locale.rawValue) (\(DateOrder(locale).name))"
    }

    /// Returns why a file whose dates prove both orders is only partly usable.
    static func conflictReason(
        dayFirst: DateOrderEvidence.Proof, monthFirst: DateOrderEvidence.Proof, text: String, locale: ExportLocale
    ) -> String {
        "its dates are written in both orders (\(describe(dayFirst, text: text)) valid only day-first, "
            + "\(describe(monthFirst, text: text)) valid only month-first), so its dates valid in both orders "
            + "cannot be read with certainty. They were read \(DateOrder(locale).name), as "
            + "export_locale \(locale.rawValue) sets. Export the file again from one machine so that all its dates "
            + "share one order"
    }

    // MARK: - Private

    /// Describes the proving dates, for example `'25/10/2026' on line 3 and 4 more dates are`.
    private static func describe(_ proof: DateOrderEvidence.Proof, text: String) -> String {
        let line = TextLineLocator.line(of: proof.example, in: text).map { " on line \($0)" } ?? ""
        let others = proof.count - 1
        let more = others == 0 ? " is" : " and \(others) more date\(others == 1 ? "" : "s") are"
        return "'\(proof.example)'\(line)\(more)"
    }
}
