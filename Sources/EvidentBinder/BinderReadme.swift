import FoundationEssentials

/// The `README.txt` of a binder: what the binder is, what each file holds, and how to check it.
enum BinderReadme {
    /// The text for one binder.
    static func text(_ input: BinderInput, key: SigningKey, missing: [String]) -> String {
        var lines = [
            "Evident binder: \(input.run.organizationName), run \(input.run.id)",
            "Assessed as of \(input.run.asOf) against \(input.run.profile); "
                + "recorded \(Date.ISO8601FormatStyle().format(input.run.recordedAt)).",
            "",
            "report.html, report.txt   the assessment report",
            "assessment.json           the assessment as JSON (schema in docs/output.md)",
            "findings.csv              one row per finding",
            "evidence/                 the evidence files the run read, as they were then",
            "ledger.jsonl              the ledger entries of the run and of its evidence files",
            "public-key.pem            the Ed25519 public key that signed MANIFEST",
            "MANIFEST                  the SHA-256 of every other file, in sha256sum format",
            "MANIFEST.sig              the Ed25519 signature of MANIFEST",
            "",
            "Check it from this folder with OpenSSL 3 and coreutils:",
            "  openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in MANIFEST -sigfile MANIFEST.sig",
            "  sha256sum -c MANIFEST",
            "Then compare the key's fingerprint with the one the organization gave you:",
            "  openssl pkey -pubin -in public-key.pem -outform DER | sha256sum",
            "  \(key.fingerprint)",
        ]
        if !missing.isEmpty {
            lines += ["", "Evidence files the run read that this binder does not hold:"]
            lines += missing.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
