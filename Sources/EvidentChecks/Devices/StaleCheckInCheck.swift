import EvidentCore

/// Device and media controls (164.310(d)(1)): managed devices keep reporting to their management
/// service, so their state is known.
///
/// Fails for a device whose last check-in is older than `device_checkin_max_days` or that never
/// checked in. A missing or unreadable device export is missing evidence. Where the export and the
/// device's own report (osquery `os_version`) name different operating systems or versions, a
/// warning reports the conflict, because the export's record of the device is then not current.
struct StaleCheckInCheck: Check {
    let id = "devices.stale-checkin"
    let title = "Devices checking in"
    let citations = ["164.310(d)(1)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let devices = context.inventory.devices
        let limit = context.thresholds.deviceCheckinMaxDays
        guard collector.requireDeviceExport(context, severity: .medium) else {
            return collector.result(
                evaluated: 0, "managed devices", singular: "managed device", notApplicable: "No device was found.")
        }

        for device in devices {
            let subject = Subject(kind: .device, id: device.name)
            let fix =
                "Bring \(device.name) online so it syncs with Intune, or retire and wipe it if it is lost or no "
                + "longer used."
            guard let lastCheckIn = device.lastCheckIn else {
                collector.violation(
                    .medium, subject, "Device \(device.name) has never checked in with its management service.",
                    fix: fix, evidence: [device.evidence], gaps: .maintained)
                continue
            }
            let seconds = context.seconds(since: lastCheckIn)
            guard seconds > Double(limit) * 86_400 else { continue }
            collector.violation(
                .medium, subject,
                "Device \(device.name) last checked in at \(Phrase.timestamp(lastCheckIn)) "
                    + "(\(Phrase.count(Phrase.wholeDays(seconds), "day")) ago, limit \(limit)).",
                fix: fix, evidence: [device.evidence], gaps: .maintained)
        }

        for conflict in context.operatingSystems.conflicts {
            reportConflict(conflict, into: &collector)
        }

        return collector.result(
            evaluated: devices.count, "managed devices", singular: "managed device",
            notApplicable: "No managed device was found.")
    }

    /// Records where the management export and the device's own report name different operating
    /// systems, which shows the export's record of the device is out of date or belongs to another
    /// machine of the same name.
    private func reportConflict(_ conflict: DeviceOperatingSystems.Conflict, into collector: inout FindingCollector) {
        let device = conflict.device
        let report = conflict.report
        let exported = [device.operatingSystem, device.osVersion].compactMap { $0 }.joined(separator: " ")
        let reported = [report.productName, report.osVersion].compactMap { $0 }.joined(separator: " ")
        collector.warning(
            .low, Subject(kind: .device, id: device.name),
            "Sources disagree on \(device.name): the device export reports \(exported), but the device's own "
                + "output shows \(reported). The device's output is used.",
            fix: "Let \(device.name) sync with its management service and export devices again; if the two records "
                + "are different machines, give one of them another name.",
            evidence: [device.evidence, report.evidence])
    }
}
