import EvidentCore

/// Reads a run's normalized inventory back as comparable items: identity, label and state.
struct InventoryReader<Connection: DatabaseConnection> {
    /// The open database.
    let connection: Connection

    /// The run's inventory items by kind, or `nil` when the run did not keep its inventory.
    func items(runID: Int64) throws -> [InventoryItem]? {
        let flags = try connection.query("SELECT has_inventory FROM runs WHERE id = ?", [.integer(runID)])
        guard let flag = flags.first, flag.integer(at: 0) == 1 else { return nil }

        var items: [InventoryItem] = []
        items += try read(
            .account,
            "SELECT item_key, COALESCE(user_principal_name, username), enabled, guest, role FROM run_accounts",
            runID: runID
        ) { row in
            Self.joined([
                row.integer(at: 2) == 1 ? "enabled" : "disabled", row.integer(at: 3) == 1 ? "guest" : nil,
                row.text(at: 4).map { "role \($0)" },
            ])
        }
        items += try read(
            .device, "SELECT item_key, name, encrypted, compliance_state, primary_user FROM run_devices", runID: runID
        ) { row in
            Self.joined([
                Self.flag(row.text(at: 2), yes: "encrypted", no: "not encrypted", unknown: "encryption unknown"),
                row.text(at: 3), row.text(at: 4).map { "user \($0)" },
            ])
        }
        items += try read(.host, "SELECT item_key, address, up, services FROM run_hosts", runID: runID) { row in
            Self.joined([row.integer(at: 2) == 1 ? "up" : "down", "services \(row.text(at: 3) ?? "[]")"])
        }
        items += try read(
            .system, "SELECT item_key, name, handles_ephi, mfa, encryption_at_rest FROM run_systems", runID: runID
        ) { row in
            Self.joined([
                row.integer(at: 2) == 1 ? "ePHI" : "no ePHI", row.text(at: 3).map { "MFA \($0)" },
                Self.flag(row.text(at: 4), yes: "encrypted at rest", no: "not encrypted at rest", unknown: nil),
            ])
        }
        items += try readVendors(runID: runID)
        items += try read(.workforce, "SELECT item_key, name, status, role, end_date FROM run_workforce", runID: runID)
        {
            row in
            Self.joined([row.text(at: 2), row.text(at: 3), row.text(at: 4).map { "ended \($0)" }])
        }
        return items
    }

    // MARK: - Private

    private func read(
        _ kind: InventoryItem.Kind, _ select: String, runID: Int64, state: (DatabaseRow) -> String
    ) throws -> [InventoryItem] {
        try connection.query(select + " WHERE run_id = ? ORDER BY position", [.integer(runID)]).map { row in
            InventoryItem(kind: kind, key: row.text(at: 0) ?? "", label: row.text(at: 1) ?? "", state: state(row))
        }
    }

    private func readVendors(runID: Int64) throws -> [InventoryItem] {
        let rows = try connection.query(
            """
            SELECT item_key, name, ephi_access, baa_signed, baa_expires FROM run_vendors
            WHERE run_id = ? ORDER BY position
            """,
            [.integer(runID)])

        return try rows.map { row in
            let expires = try row.text(at: 4).map { text in
                try RunReader(connection: connection).day(text, runID: runID, column: "run_vendors.baa_expires")
            }
            let state = Self.joined([
                row.integer(at: 2) == 1 ? "ePHI access" : "no ePHI access",
                row.integer(at: 3) == 1 ? "BAA signed" : "no BAA", expires.map { "expires \($0)" },
            ])
            return InventoryItem(
                kind: .vendor, key: row.text(at: 0) ?? "", label: row.text(at: 1) ?? "", state: state, expires: expires)
        }
    }

    private static func flag(_ text: String?, yes: String, no: String, unknown: String?) -> String? {
        switch text {
        case "1": yes
        case "0": no
        default: unknown
        }
    }

    private static func joined(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.joined(separator: ", ")
    }
}
