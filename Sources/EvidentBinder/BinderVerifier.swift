import EvidentStore
import FoundationEssentials

/// Checks a binder offline: the manifest's signature with the binder's public key, every file's
/// SHA-256 against the manifest, files the manifest does not list, and the hashes of each ledger
/// entry in `ledger.jsonl`.
public enum BinderVerifier {
    /// Checks the binder in `archive`.
    ///
    /// - Parameter name: The binder's path, for messages.
    /// - Returns: The result; an archive whose structure is damaged gives one problem naming the byte.
    public static func verify(_ archive: [UInt8], name: String) -> BinderVerification {
        var result = BinderVerification()
        let members: [TarReader.Member]
        do {
            members = try TarReader.members(of: archive, name: name)
        } catch {
            result.problems.append(String(describing: error))
            return result
        }

        let folders = Set(members.map { $0.path.split(separator: "/").first.map(String.init) ?? "" })
        guard folders.count == 1, let folder = folders.first, !folder.isEmpty else {
            result.problems.append("\(name): the members are not all in one binder folder")
            return result
        }
        result.folder = folder
        var files = Dictionary(
            members.map { (String($0.path.dropFirst(folder.count + 1)), $0.content) },
            uniquingKeysWith: { _, last in last })

        guard let manifest = files.removeValue(forKey: "MANIFEST"),
            let signature = files.removeValue(forKey: "MANIFEST.sig"), let publicKey = files["public-key.pem"]
        else {
            result.problems.append("\(folder): MANIFEST, MANIFEST.sig or public-key.pem is missing")
            return result
        }
        let ledger = files["ledger.jsonl"]
        result.manifestSHA256 = SHA256Hasher.hex(of: manifest)
        checkSignature(manifest, signature, publicKey, into: &result)
        checkFiles(manifest, &files, into: &result)
        checkLedger(ledger, into: &result)
        return result
    }

    // MARK: - Private

    private static func checkSignature(
        _ manifest: [UInt8], _ signature: [UInt8], _ publicKeyPEM: [UInt8], into result: inout BinderVerification
    ) {
        do {
            let key = try OpenSSLKey.publicKey(pem: publicKeyPEM)
            result.keyFingerprint = SHA256Hasher.hex(of: try key.publicKeyDER())
            if !(try Ed25519Signature.isValid(signature, of: manifest, publicKey: key)) {
                result.problems.append("MANIFEST.sig: the signature of MANIFEST does not verify with public-key.pem")
            }
        } catch {
            result.problems.append("public-key.pem: \(error)")
        }
    }

    private static func checkFiles(
        _ manifest: [UInt8], _ files: inout [String: [UInt8]], into result: inout BinderVerification
    ) {
        for (number, line) in String(decoding: manifest, as: UTF8.self).split(separator: "\n").enumerated() {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[1].hasPrefix(" "), SHA256Hasher.isDigest(String(parts[0])) else {
                result.problems.append("MANIFEST line \(number + 1): not a sha256sum line")
                continue
            }
            let path = String(parts[1].dropFirst())
            guard let content = files.removeValue(forKey: path) else {
                result.problems.append("\(path): listed in MANIFEST but missing from the binder")
                continue
            }
            if SHA256Hasher.hex(of: content) == parts[0] {
                result.matchedFiles += 1
            } else {
                result.problems.append("\(path): its content does not match its SHA-256 in MANIFEST")
            }
        }
        for path in files.keys.sorted() {
            result.problems.append("\(path): in the binder but not listed in MANIFEST")
        }
    }

    /// Checks each entry's payload hash and entry hash, and that consecutive entries link.
    private static func checkLedger(_ lines: [UInt8]?, into result: inout BinderVerification) {
        guard let lines else { return }
        var previous: LedgerEntry?
        for line in String(decoding: lines, as: UTF8.self).split(separator: "\n") {
            guard let entry = try? JSONDecoder().decode(LedgerEntry.self, from: Data(line.utf8)) else {
                result.problems.append("ledger.jsonl: a line is not a ledger entry")
                continue
            }
            result.ledgerEntries.append(entry)
            var intact = true
            if SHA256Hasher.hex(of: entry.payload) != entry.payloadSHA256
                || SHA256Hasher.hex(of: entry.canonicalText) != entry.entryHash
            {
                result.problems.append("ledger.jsonl: entry \(entry.sequence) does not match its hashes")
                intact = false
            }
            if let previous, previous.sequence + 1 == entry.sequence, entry.previousHash != previous.entryHash {
                result.problems.append(
                    "ledger.jsonl: entry \(entry.sequence) does not link to entry \(previous.sequence)")
                intact = false
            }
            if intact { result.matchedLedgerEntries += 1 }
            previous = entry
        }
    }
}
