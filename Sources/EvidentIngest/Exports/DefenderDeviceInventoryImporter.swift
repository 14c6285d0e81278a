import EvidentCore
import FoundationEssentials

/// Reads the Microsoft Defender portal's device inventory (Assets › Devices › Export) into malware
/// protection states, one per device.
///
/// `Device Name` names the device, `Antivirus status` (`Updated`, `Not updated`, `Disabled` or
/// `Unknown`) gives the protection state, `Onboarding status` shows whether Defender for Endpoint runs
/// on it at all (`Onboarded`, `Can be onboarded`, `Unsupported`, `Insufficient info`), and
/// `Last device update` dates the row. Devices that are not onboarded have no protection state the
/// portal can vouch for, so their state is unknown.
///
/// NOTE: the column names come from the portal's column and filter names in Microsoft's device
/// inventory documentation and from a public script that reads `Device Name` from this export; no
/// real export was available, so other spellings of the same columns are accepted too.
struct DefenderDeviceInventoryImporter {
    let context: ImportContext

    /// Returns whether CSV header names are the device inventory's.
    static func matches(has: (String...) -> Bool, hasAny: (String...) -> Bool) -> Bool {
        hasAny("Device Name", "DeviceName", "Computer DNS Name")
            && hasAny("Onboarding status", "Onboardingstatus", "Onboarding state")
            && hasAny("Antivirus status", "Sensor health state", "Health status", "Last device update")
    }

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["Device Name", "DeviceName", "Computer DNS Name"]])
        var collector = ImportCollector(context: context)
        if !table.hasColumns(["Antivirus status"]) {
            collector.warn(
                line: table.headerLine,
                "no Antivirus status column, so the protection of every device is unknown; add the column in the "
                    + "portal's Customize columns before exporting")
        }

        for record in table.records {
            collector.records += 1
            guard let name = record.value("Device Name", "DeviceName", "Computer DNS Name") else {
                collector.skip(line: record.line, "skipped a device without a device name")
                continue
            }
            let updated = lastUpdate(of: record, collector: &collector)
            collector.include(updated)
            collector.facts.antivirus.append(status(of: record, device: name, updated: updated, &collector))
        }
        return collector.finish()
    }

    // MARK: - Private

    private func status(of record: CSVRecord, device: String, updated: Date?, _ collector: inout ImportCollector)
        -> AntivirusStatus
    {
        let onboarding = record.value("Onboarding status", "Onboardingstatus", "Onboarding state") ?? ""
        let antivirus = record.value("Antivirus status") ?? ""
        let isOnboarded = onboarding.lowercased() == "onboarded"

        var isEnabled: Bool?
        var isUpToDate: Bool?
        if isOnboarded {
            switch antivirus.lowercased() {
            case "updated", "up to date":
                isEnabled = true
                isUpToDate = true
            case "not updated", "outdated":
                isEnabled = true
                isUpToDate = false
            case "disabled":
                isEnabled = false
            case "", "unknown":
                break
            default:
                collector.warn(
                    line: record.line, "Antivirus status '\(antivirus)' is not one the portal writes; unknown")
            }
        }

        let onboardingText = onboarding.isEmpty ? "onboarding status unknown" : "onboarding \(onboarding)"
        var status = AntivirusStatus(
            device: device, isEnabled: isEnabled, isUpToDate: isUpToDate,
            state: "antivirus \(antivirus.isEmpty ? "unknown" : antivirus), \(onboardingText) in the Defender portal",
            evidence: collector.reference(line: record.line))
        status.isReportedByConsole = true
        return status
    }

    private func lastUpdate(of record: CSVRecord, collector: inout ImportCollector) -> Date? {
        let text = record.value("Last device update", "Last seen") ?? ""
        switch context.timestamps.parse(text) {
        case .instant(let date):
            return date
        case .never, .missing:
            return nil
        case .invalid(_, let reason):
            collector.warn(line: record.line, "Last device update \(reason); ignored")
            return nil
        }
    }
}
