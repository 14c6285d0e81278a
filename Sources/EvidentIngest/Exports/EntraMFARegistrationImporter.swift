import EvidentCore

/// Reads Entra ID user registration details saved as CSV (Graph field names, as collector scripts
/// write them, or the portal's display names) into MFA registrations.
struct EntraMFARegistrationImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path,
            required: [
                ["userPrincipalName", "User principal name"],
                ["isMfaRegistered", "Multifactor authentication registered"],
            ])
        var collector = ImportCollector(context: context)

        for record in table.records {
            collector.records += 1
            let fields = MFARegistrationFields(
                userPrincipalName: record.value("userPrincipalName", "User principal name"),
                isMfaRegistered: record.value("isMfaRegistered", "Multifactor authentication registered"),
                methodsRegistered: record.value("methodsRegistered", "Methods registered"),
                isAdmin: record.value("isAdmin", "Admin"),
                lastUpdatedDateTime: record.value("lastUpdatedDateTime")
            )
            if let registration = fields.registration(line: record.line, collector: &collector) {
                collector.facts.mfaRegistrations.append(registration)
            }
        }
        return collector.finish()
    }
}

/// The fields of one registration details record as text, shared by the CSV and JSON readers so both
/// apply the same rules.
struct MFARegistrationFields {
    var userPrincipalName: String?
    var isMfaRegistered: String?
    var methodsRegistered: String?
    var isAdmin: String?
    var lastUpdatedDateTime: String?

    /// Returns the registration, or `nil` after a warning when a required value is missing or invalid.
    func registration(line: Int?, collector: inout ImportCollector) -> MFARegistration? {
        guard let userPrincipalName else {
            collector.skip(line: line, "skipped a record without a userPrincipalName")
            return nil
        }
        guard let isRegistered = ExportValue.boolean(isMfaRegistered ?? "") else {
            collector.skip(
                line: line,
                "skipped \(userPrincipalName): isMfaRegistered '\(isMfaRegistered ?? "")' is not True or False")
            return nil
        }

        var methods: [String] = []
        if let methodsRegistered {
            if let list = ExportValue.list(methodsRegistered) {
                methods = list
            } else {
                collector.warn(
                    line: line,
                    "methodsRegistered of \(userPrincipalName) is '\(methodsRegistered)', so the methods are unknown; "
                        + "join the array before Export-Csv (-join ', ')")
            }
        }

        var admin: Bool?
        if let isAdmin {
            admin = ExportValue.boolean(isAdmin)
            if admin == nil {
                collector.warn(line: line, "isAdmin '\(isAdmin)' of \(userPrincipalName) is not True or False")
            }
        }

        if let lastUpdatedDateTime {
            switch collector.context.timestamps.parse(lastUpdatedDateTime) {
            case .instant(let date): collector.include(date)
            case .never, .missing: break
            case .invalid(_, let reason): collector.warn(line: line, "lastUpdatedDateTime \(reason)")
            }
        }

        return MFARegistration(
            userPrincipalName: userPrincipalName, isRegistered: isRegistered, methods: methods, isAdmin: admin,
            evidence: collector.reference(line: line))
    }
}
