import EvidentCore
import FoundationEssentials

/// Writes a run's normalized inventory: accounts, devices, scanned hosts, systems, vendors and
/// workforce, one bulk insert per table.
///
/// `item_key` is what identifies the same record in two runs; `InventoryKey` computes it.
struct InventoryWriter<Connection: DatabaseConnection> {
    /// The open database, inside the run's transaction.
    let connection: Connection

    /// Writes every inventory table for one run.
    func write(_ inventory: Inventory, runID: Int64) throws {
        try connection.insert(
            into: "run_accounts",
            columns: [
                "run_id", "position", "item_key", "source", "username", "user_principal_name", "display_name",
                "email", "enabled", "guest", "role", "last_sign_in", "evidence_path", "evidence_line",
            ],
            rows: inventory.accounts.enumerated().map { position, account in
                [
                    .integer(runID), .integer(position), .text(InventoryKey.account(account)),
                    .text(InventoryKey.source(account.source)), .text(account.username),
                    .optionalText(account.userPrincipalName), .optionalText(account.displayName),
                    .optionalText(account.email), .flag(account.isEnabled), .flag(account.isGuest),
                    .optionalText(account.role), .text(Self.lastSignIn(account.lastSignIn)),
                ] + Self.evidence(account.evidence)
            })

        try connection.insert(
            into: "run_devices",
            columns: [
                "run_id", "position", "item_key", "name", "device_id", "serial_number", "operating_system",
                "os_version", "primary_user", "encrypted", "last_check_in", "compliance_state", "ownership",
                "evidence_path", "evidence_line",
            ],
            // Hosts that only report their own operating system (osquery) are devices too, as the checks
            // and the risk analysis count them, so `diff` shows them come and go.
            rows: DeviceOperatingSystems(devices: inventory.devices, reports: inventory.operatingSystems).devices
                .enumerated().map { position, device in
                    [
                        .integer(runID), .integer(position), .text(InventoryKey.device(device)), .text(device.name),
                        .optionalText(device.deviceID), .optionalText(device.serialNumber),
                        .optionalText(device.operatingSystem), .optionalText(device.osVersion),
                        .optionalText(device.primaryUser), .optionalFlag(device.isEncrypted),
                        .optionalText(device.lastCheckIn.map(StoreTimestamp.text)),
                        .optionalText(device.complianceState),
                        .optionalText(device.ownership),
                    ] + Self.evidence(device.evidence)
                })

        try connection.insert(
            into: "run_hosts",
            columns: [
                "run_id", "position", "item_key", "address", "hostnames", "mac_address", "up", "services",
                "evidence_path", "evidence_line",
            ],
            rows: try inventory.scannedHosts.enumerated().map { position, host in
                [
                    .integer(runID), .integer(position), .text(host.address), .text(host.address),
                    .text(try AssessmentCoding.array(host.hostnames)), .optionalText(host.macAddress),
                    .flag(host.isUp), .text(try AssessmentCoding.array(InventoryKey.services(host))),
                ] + Self.evidence(host.evidence)
            })

        try writeDeclaredInventory(inventory, runID: runID)
    }

    // MARK: - Private

    private func writeDeclaredInventory(_ inventory: Inventory, runID: Int64) throws {
        try connection.insert(
            into: "run_systems",
            columns: [
                "run_id", "position", "item_key", "name", "handles_ephi", "vendor", "mfa", "encryption_at_rest",
                "audit_logging", "evidence_path", "evidence_line",
            ],
            rows: inventory.systems.enumerated().map { position, system in
                [
                    .integer(runID), .integer(position), .text(system.id), .text(system.name),
                    .flag(system.handlesEPHI), .optionalText(system.vendor), .optionalText(system.mfa?.rawValue),
                    .optionalFlag(system.encryptionAtRest), .optionalFlag(system.auditLogging),
                ] + Self.evidence(system.evidence)
            })

        try connection.insert(
            into: "run_vendors",
            columns: [
                "run_id", "position", "item_key", "name", "service", "ephi_access", "baa_signed", "baa_expires",
                "evidence_path", "evidence_line",
            ],
            rows: inventory.vendors.enumerated().map { position, vendor in
                [
                    .integer(runID), .integer(position), .text(InventoryKey.vendor(vendor)), .text(vendor.name),
                    .text(vendor.service), .flag(vendor.hasEPHIAccess), .flag(vendor.isBAASigned),
                    .optionalText(vendor.baaExpires?.description),
                ] + Self.evidence(vendor.evidence)
            })

        try connection.insert(
            into: "run_workforce",
            columns: [
                "run_id", "position", "item_key", "employee_id", "name", "email", "username", "role", "status",
                "end_date", "evidence_path", "evidence_line",
            ],
            rows: inventory.workforce.enumerated().map { position, member in
                [
                    .integer(runID), .integer(position), .text(member.employeeID), .text(member.employeeID),
                    .text(member.name), .optionalText(member.email), .optionalText(member.username),
                    .text(member.role), .text(member.status.rawValue), .optionalText(member.endDate?.description),
                ] + Self.evidence(member.evidence)
            })
    }

    private static func evidence(_ reference: EvidenceReference) -> [DatabaseValue] {
        [.text(reference.path), .optionalInteger(reference.line)]
    }

    private static func lastSignIn(_ value: LastSignIn) -> String {
        switch value {
        case .at(let date): StoreTimestamp.text(date)
        case .never: "never"
        case .unknown: "unknown"
        }
    }
}
