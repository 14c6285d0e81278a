import EvidentCore

/// Device and media controls (164.310(d)(1)): managed devices keep reporting to their management
/// service, so their state is known.
///
/// Fails for a device whose last check-in is older than `device_checkin_max_days` or that never
/// checked in. A missing or unreadable device export is missing evidence.
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

        return collector.result(
            evaluated: devices.count, "managed devices", singular: "managed device",
            notApplicable: "No managed device was found.")
    }
}
