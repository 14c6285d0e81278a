import EvidentCore
import Foundation

/// Reads `lsblk --json` into the LUKS encryption state of a Linux machine's root file system.
///
/// The root is the block device mounted at `/` (`mountpoint` before util-linux 2.37, `mountpoints`
/// after). It is encrypted when it or one of its parents is a `crypt` mapping or a `crypto_LUKS`
/// partition. util-linux 2.38 wrote sizes such as `0B` without quotes, which is invalid JSON; such bare
/// words are quoted before parsing.
struct LsblkImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let parsed = Self.parse(text) ?? Self.parse(Self.quotingBareWords(text))
        if parsed == nil, let syntaxError = JSONSyntaxError.syntaxError(in: text, path: context.path) {
            throw syntaxError
        }
        guard let root = parsed, let devices = root["blockdevices"] as? [[String: Any]] else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "not lsblk JSON with a blockdevices array; run LC_ALL=C lsblk --json and save its output")
        }

        var collector = ImportCollector(context: context)
        collector.records = devices.count
        let chain = Self.chain(to: "/", in: devices, ancestors: [])
        let names = chain?.compactMap { LenientJSON.text($0["name"]) } ?? []
        let isEncrypted = chain.map { chain in
            chain.contains {
                LenientJSON.text($0["type"]) == "crypt" || LenientJSON.text($0["fstype"]) == "crypto_LUKS"
            }
        }
        if chain == nil {
            collector.warn(
                line: nil, "no block device is mounted at /, so the root file system's encryption is unknown")
        }
        collector.facts.diskEncryption.append(
            DiskEncryptionStatus(
                device: DeviceFileName.device(of: context.path), volume: "/", isSystemVolume: true,
                isEncrypted: isEncrypted,
                state: chain == nil
                    ? "root not found"
                    : "\(names.joined(separator: " > ")), \(isEncrypted == true ? "LUKS" : "no LUKS")",
                evidence: collector.reference(line: names.last.flatMap { Self.line(ofDevice: $0, in: text) })))
        return collector.finish()
    }

    /// Returns the 1-based line that names a block device (`"name": "nvme0n1p3"`), or `nil` when no
    /// line does. lsblk writes each device on a line of its own.
    static func line(ofDevice name: String, in text: String) -> Int? {
        let quotedName = "\"name\""
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() {
            guard let key = line.range(of: quotedName) else { continue }
            let rest = line[key.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard rest.first == ":" else { continue }
            let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            if value.hasPrefix("\"\(name)\"") {
                return index + 1
            }
        }
        return nil
    }

    // MARK: - Private

    private static func parse(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// Quotes values such as `0B` and `1.5G` that util-linux 2.38 wrote without quotes.
    static func quotingBareWords(_ text: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: #":\s*([0-9][0-9.,]*[A-Za-z]+)\s*([,}\]])"#) else {
            return text
        }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: #": "$1"$2"#)
    }

    /// Returns the devices from a top-level device down to the one mounted at `mountPoint`.
    private static func chain(to mountPoint: String, in devices: [[String: Any]], ancestors: [[String: Any]])
        -> [[String: Any]]?
    {
        for device in devices {
            let path = ancestors + [device]
            var mounts = (device["mountpoints"] as? [Any])?.compactMap(LenientJSON.text) ?? []
            mounts += LenientJSON.text(device["mountpoint"]).map { [$0] } ?? []
            if mounts.contains(mountPoint) { return path }
            if let children = device["children"] as? [[String: Any]],
                let found = chain(to: mountPoint, in: children, ancestors: path)
            {
                return found
            }
        }
        return nil
    }
}
