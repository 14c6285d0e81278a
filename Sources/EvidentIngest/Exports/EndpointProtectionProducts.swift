/// The endpoint protection and EDR products whose installation osquery's `programs` table can show,
/// by the names Windows lists them under in Programs and Features.
///
/// A program matches when its name contains one of a product's patterns, ignoring case. The patterns
/// name the protection agent itself, so the same vendors' VPN clients and management agents (`Sophos
/// Connect`, `ESET Management Agent`) do not match. docs/workspace.md lists the products.
///
/// NOTE: the names are the products' usual display names as their vendors document them, not taken
/// from real osquery output. A product listed under another name is not recognized.
enum EndpointProtectionProducts {
    /// Each product's name in findings, and the lowercased patterns of its program names.
    static let products: [(product: String, patterns: [String])] = [
        ("Microsoft Defender for Endpoint", ["microsoft defender for endpoint", "microsoft defender atp"]),
        ("CrowdStrike Falcon sensor", ["crowdstrike windows sensor", "crowdstrike falcon sensor"]),
        ("SentinelOne agent", ["sentinel agent", "sentinelone"]),
        ("Sophos endpoint protection", ["sophos endpoint agent", "sophos intercept x", "sophos anti-virus"]),
        ("Bitdefender", ["bitdefender endpoint security tools", "bitdefender antivirus"]),
        ("ESET endpoint protection", ["eset endpoint antivirus", "eset endpoint security", "eset server security"]),
        ("Trend Micro", ["trend micro apex one", "trend micro worry-free", "trend micro deep security agent"]),
        ("Symantec Endpoint Protection", ["symantec endpoint protection"]),
        ("Malwarebytes", ["malwarebytes"]),
        ("Webroot SecureAnywhere", ["webroot secureanywhere"]),
    ]

    /// Returns the product a program name belongs to, or `nil` when it matches no product.
    static func product(named name: String) -> String? {
        let lowercased = name.lowercased()
        return products.first { entry in entry.patterns.contains { lowercased.contains($0) } }?.product
    }
}
