import EvidentCore

/// The endpoint protection products installed on each host, kept as osquery's `programs` results
/// add and remove them.
///
/// A snapshot lists every program, so it replaces what earlier lines showed for its host; a removed
/// row of a differential result deletes its program.
struct OsqueryProtectionInstallations {
    private var byHost: [String: [String: AntivirusStatus]] = [:]

    /// Forgets every product of a host, before a snapshot of its programs.
    mutating func clear(host: String) {
        byHost[host.lowercased()] = nil
    }

    /// Records a program row; a program that is not a protection product is left out.
    mutating func add(_ row: [String: Any], host: String, evidence: EvidenceReference) {
        guard let status = OsqueryProgramRow.protection(row, host: host, evidence: evidence),
            let key = OsqueryProgramRow.key(row)
        else { return }
        byHost[host.lowercased(), default: [:]][key] = status
    }

    /// Deletes the program of a removed row.
    mutating func remove(_ row: [String: Any], host: String) {
        guard let key = OsqueryProgramRow.key(row) else { return }
        byHost[host.lowercased()]?[key] = nil
    }

    /// The installations in a fixed order: by host, then by their columns and values.
    var statuses: [AntivirusStatus] {
        byHost.sorted { $0.key < $1.key }.flatMap { _, programs in
            programs.sorted { $0.key < $1.key }.map(\.value)
        }
    }
}
