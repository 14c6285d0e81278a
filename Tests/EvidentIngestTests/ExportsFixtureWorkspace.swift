import EvidentCore
import Foundation

@testable import EvidentIngest

/// A workspace folder in the temporary directory that a test fills with exports written byte by byte,
/// deleted when the value is released.
final class ExportsFixtureWorkspace {
    /// The workspace folder.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-exports-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("evidence"), withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes bytes to a path relative to the workspace, creating folders as needed.
    func write(_ bytes: [UInt8], to path: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Writes text as UTF-8, with a byte order mark when `byteOrderMark` is set.
    func writeUTF8(_ text: String, to path: String, byteOrderMark: Bool = false) throws {
        try write((byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), to: path)
    }

    /// Writes text as UTF-16 little endian with a byte order mark, as Windows PowerShell 5.1 does.
    func writeUTF16LittleEndian(_ text: String, to path: String) throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        try write(bytes, to: path)
    }

    /// Scans the workspace's evidence.
    func scan(
        systems: [InformationSystem] = [], locale: ExportLocale = .enUS, asOf: CalendarDay? = nil
    ) throws -> EvidenceScan {
        try EvidenceScanner.scan(workspace: folder, systems: systems, locale: locale, asOf: asOf)
    }

    /// Returns the one file of a scan with this path, or `nil`.
    static func file(_ path: String, in scan: EvidenceScan) -> EvidenceFile? {
        scan.files.first { $0.path == path }
    }
}

/// Builds instants in UTC for expectations.
enum ExportsFixtureDate {
    static func utc(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Double = 0
    ) -> Date {
        let dayStart = CalendarDay(year: year, month: month, day: day)!.start
        return dayStart.addingTimeInterval(Double(hour * 3600 + minute * 60) + second)
    }
}
