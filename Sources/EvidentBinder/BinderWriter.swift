import EvidentCore
import EvidentReport
import EvidentStore
import FoundationEssentials

/// Builds a binder: the run's reports, assessment, findings, evidence files and ledger entries in one
/// folder of a ustar archive, with a `MANIFEST` of SHA-256 sums signed with Ed25519.
///
/// `MANIFEST` is in `sha256sum` format and lists every other file except `MANIFEST.sig`, so an
/// auditor can check the binder with `openssl` and `sha256sum` alone (docs/verify.md).
public enum BinderWriter {
    /// The binder's bytes, with what an auditor needs to know about it.
    public struct Binder: Sendable {
        /// The archive.
        public var archive: [UInt8]
        /// The folder every member is in.
        public var folder: String
        /// The SHA-256 of `MANIFEST`, which the ledger records for the binder.
        public var manifestSHA256: String
        /// Evidence files the binder could not include, with why.
        public var missingEvidence: [String]
    }

    /// Builds the binder of one run, signed with `key`.
    ///
    /// - Throws: `BinderError` when a path does not fit the archive or signing fails.
    public static func build(_ input: BinderInput, key: SigningKey) throws -> Binder {
        var files: [(path: String, content: [UInt8])] = [
            ("report.html", Array(HTMLReport.render(input.assessment, history: input.history).utf8)),
            ("report.txt", Array(TextReport.render(input.assessment, listRequirements: true).utf8)),
            ("assessment.json", Array(try AssessmentJSON.render(input.assessment).utf8)),
            ("findings.csv", Array(FindingsCSV.render(input.assessment).utf8)),
            ("ledger.jsonl", try ledgerLines(input.ledgerEntries)),
            ("public-key.pem", key.publicKeyPEM),
        ]
        var missing: [String] = []
        for evidence in input.evidence.sorted(by: { $0.path < $1.path }) {
            guard let content = evidence.content else {
                missing.append("\(evidence.path) (SHA-256 \(evidence.sha256)): not in the evidence store")
                continue
            }
            files.append((memberPath(evidence.path), content))
        }
        files.append(("README.txt", Array(BinderReadme.text(input, key: key, missing: missing).utf8)))

        let manifest = Array(
            files.sorted { $0.path < $1.path }.map { "\(SHA256Hasher.hex(of: $0.content))  \($0.path)\n" }.joined()
                .utf8)
        let signature = try key.sign(manifest)

        let folder = "binder-\(safeName(input.run.organizationID))-run-\(input.run.id)"
        var archive = TarArchive(modificationTime: Int64(input.run.recordedAt.timeIntervalSince1970))
        for file in files + [("MANIFEST", manifest), ("MANIFEST.sig", signature)] {
            try archive.append(path: "\(folder)/\(file.0)", content: file.1)
        }
        return Binder(
            archive: archive.finished(), folder: folder, manifestSHA256: SHA256Hasher.hex(of: manifest),
            missingEvidence: missing)
    }

    /// The path of an evidence file inside the binder: its workspace path without empty, `.` or `..`
    /// components, and with characters `sha256sum -c` would read differently replaced by `_`.
    static func memberPath(_ workspacePath: String) -> String {
        let components = workspacePath.split(separator: "/").filter { $0 != "." && $0 != ".." }
        let joined = components.joined(separator: "/")
        let cleaned = String(joined.map { $0 == "\\" || $0.isNewline ? "_" : $0 })
        return cleaned.hasPrefix("evidence/") ? cleaned : "evidence/" + cleaned
    }

    // MARK: - Private

    private static func ledgerLines(_ entries: [LedgerEntry]) throws -> [UInt8] {
        Array(try entries.map { try LedgerDraft.canonicalJSON($0) + "\n" }.joined().utf8)
    }

    private static func safeName(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }
}
