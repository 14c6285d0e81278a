import EvidentCore

/// The order in which a numeric date such as `11/09/2026` names its day and month.
enum DateOrder: Hashable, Sendable {
    /// `d/M/yyyy`, as en-GB and en-AU write dates.
    case dayFirst
    /// `M/d/yyyy`, as en-US writes dates.
    case monthFirst

    /// Creates the order in which an export locale reads numeric dates.
    init(_ locale: ExportLocale) {
        self = locale.isDayFirst ? .dayFirst : .monthFirst
    }

    /// The other order.
    var opposite: DateOrder {
        self == .dayFirst ? .monthFirst : .dayFirst
    }

    /// The export locale that reads dates in this order.
    var locale: ExportLocale {
        self == .dayFirst ? .enGB : .enUS
    }

    /// The order's name in messages, `day-first` or `month-first`.
    var name: String {
        self == .dayFirst ? "day-first" : "month-first"
    }
}
