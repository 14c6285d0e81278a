import EvidentCore

extension SettingsReader {
    /// The keys of `plan.due_days` with the property each one sets.
    static var planDueDayKeys: [(key: String, property: WritableKeyPath<PlanDueDays, Int>)] {
        [("critical", \.critical), ("high", \.high), ("medium", \.medium), ("low", \.low)]
    }

    /// Reads `plan.due_days`, the days a new remediation plan item has per severity. Each key present
    /// replaces its default and must be a whole number greater than 0.
    static func readPlanDueDays(_ settings: YAMLMapping, warnings: inout [String]) throws(YAMLError) -> PlanDueDays {
        var days = PlanDueDays()
        guard let plan = try settings.mapping("plan") else { return days }
        warnings += plan.unknownKeyWarnings(known: ["due_days"])
        guard let mapping = try plan.mapping("due_days") else { return days }
        warnings += mapping.unknownKeyWarnings(known: planDueDayKeys.map(\.key))

        for (key, property) in planDueDayKeys {
            if let value = try mapping.int(key, minimum: 1) {
                days[keyPath: property] = value
            }
        }
        return days
    }
}
