import EvidentCore

/// The identities that match one inventory record across two runs.
///
/// Keys are lowercased where the source system compares names without case (user principal names,
/// device names, vendor names), so a change of capitals in an export is not reported as drift.
enum InventoryKey {
    /// The account's source and identifier, for example `entra-id:ava@example.org`.
    static func account(_ account: Account) -> String {
        "\(source(account.source)):\(account.identifier.lowercased())"
    }

    /// The source as stored: `entra-id`, `active-directory`, `google-workspace`, or `system:<system id>`.
    static func source(_ source: AccountSource) -> String {
        switch source {
        case .entraID: "entra-id"
        case .activeDirectory: "active-directory"
        case .googleWorkspace: "google-workspace"
        case .system(let id): "system:\(id)"
        }
    }

    /// The device's management id, else its serial number, else its name.
    static func device(_ device: Device) -> String {
        if let id = device.deviceID, !id.isEmpty { return "id:\(id.lowercased())" }
        if let serial = device.serialNumber, !serial.isEmpty { return "serial:\(serial.lowercased())" }
        return "name:\(device.name.lowercased())"
    }

    /// The vendor's name.
    static func vendor(_ vendor: Vendor) -> String {
        vendor.name.lowercased()
    }

    /// The host's open services as `port/transport name`, for example `443/tcp https`.
    static func services(_ host: ScannedHost) -> [String] {
        host.services.map { service in
            "\(service.port)/\(service.transport)" + (service.name.map { " \($0)" } ?? "")
        }
    }
}
