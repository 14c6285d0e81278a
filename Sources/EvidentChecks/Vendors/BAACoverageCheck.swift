import EvidentCore

/// Business associate contracts (164.308(b)(1), 164.314(a)(1)): every vendor with ePHI access has
/// a signed, current BAA on file.
///
/// For each vendor with `ephi_access` true: fails when no BAA is signed (critical) or it expired
/// before `asOf` (high). It warns when the BAA expires within `baa_expiry_warning_days`. A signed BAA whose
/// document is missing is missing evidence. An ePHI system whose vendor is not in the register is
/// missing evidence too.
struct BAACoverageCheck: Check {
    let id = "vendors.baa-coverage"
    let title = "Business associate agreements"
    let citations = ["164.308(b)(1)", "164.314(a)(1)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let vendors = context.inventory.vendors.filter(\.hasEPHIAccess)

        for vendor in vendors {
            evaluate(vendor, context, into: &collector)
        }

        let registered = Set(context.inventory.vendors.map(\.name.comparisonKey))
        let systemsWithVendor = context.ephiSystems.filter { !($0.vendor?.trimmedWhitespace.isEmpty ?? true) }
        for system in systemsWithVendor where !registered.contains(system.vendor!.comparisonKey) {
            let vendor = system.vendor!
            collector.missingEvidence(
                .medium, Subject(kind: .vendor, id: vendor),
                "Vendor \(vendor) of ePHI system \(system.id) is not in the BAA register.",
                fix: "Add \(vendor) to inventory/vendors.csv with ephi_access, baa_signed, baa_expires and "
                    + "baa_document, and get a BAA signed if it handles ePHI.",
                evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
        }

        return collector.result(
            evaluated: vendors.count, "vendors with ePHI access", singular: "vendor with ePHI access",
            notApplicable: "No vendor in inventory/vendors.csv has ePHI access, and no ePHI system names a vendor.")
    }

    private func evaluate(_ vendor: Vendor, _ context: CheckContext, into collector: inout FindingCollector) {
        let subject = Subject(kind: .vendor, id: vendor.name)
        let evidence = [vendor.evidence]
        guard vendor.isBAASigned else {
            collector.violation(
                .critical, subject, "Vendor \(vendor.name) has ePHI access (\(vendor.service)) without a signed BAA.",
                fix: "Sign a business associate agreement with \(vendor.name), or stop sharing ePHI with it, and "
                    + "update baa_signed and baa_document in inventory/vendors.csv.",
                evidence: evidence, touchesEPHI: true, gaps: .documented)
            return
        }

        if let expires = vendor.baaExpires {
            let daysLeft = context.settings.asOf.days(to: expires)
            let renew =
                "Renew the BAA with \(vendor.name) and update baa_expires and baa_document in inventory/vendors.csv."
            if daysLeft < 0 {
                collector.violation(
                    .high, subject,
                    "The BAA with vendor \(vendor.name) expired on \(expires) (\(Phrase.count(-daysLeft, "day")) ago).",
                    fix: renew, evidence: evidence, touchesEPHI: true, gaps: .maintained)
            } else if daysLeft <= context.thresholds.baaExpiryWarningDays {
                collector.warning(
                    .low, subject,
                    "The BAA with vendor \(vendor.name) expires on \(expires) (in \(Phrase.count(daysLeft, "day"))).",
                    fix: renew, evidence: evidence, touchesEPHI: true)
            }
        }

        if !vendor.baaDocumentExists || (vendor.baaDocument?.trimmedWhitespace.isEmpty ?? true) {
            let found =
                vendor.baaDocument.map { "its document \($0) was not found in the workspace" }
                ?? "no baa_document is recorded"
            collector.missingEvidence(
                .medium, subject, "The BAA with vendor \(vendor.name) is marked signed, but \(found).",
                fix: "Store the signed BAA with \(vendor.name) in the workspace (for example under documents/baas/) "
                    + "and set baa_document to its path in inventory/vendors.csv.",
                evidence: evidence, touchesEPHI: true)
        }
    }
}
