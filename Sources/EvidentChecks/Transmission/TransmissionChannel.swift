import EvidentCore

/// Classifies how data travels: the channel names `systems.yaml` declares, and the services a
/// network scan found.
enum TransmissionChannel {
    /// Declared channel names that send data in cleartext.
    static let cleartextNames: Set<String> = [
        "http", "ftp", "telnet", "smtp", "pop3", "imap", "ldap", "tftp", "rsh", "rlogin", "vnc",
    ]

    /// Declared channel names that encrypt data in transit.
    static let encryptedNames: Set<String> = [
        "https", "tls", "vpn", "ipsec", "sftp", "ftps", "scp", "smtp-tls", "ssh", "ldaps", "imaps", "pop3s",
        "smb3-encrypted", "hl7-tls", "direct",
    ]

    /// Nmap service names of protocols that carry data, and often passwords, in cleartext.
    static let cleartextServiceNames: Set<String> = [
        "telnet", "ftp", "http", "http-alt", "http-proxy", "pop3", "imap", "rlogin", "rsh", "exec", "login", "vnc",
        "tftp",
    ]

    /// Returns whether a scanned service is cleartext: a cleartext protocol that nmap did not see
    /// wrapped in TLS (`tunnel="ssl"`).
    static func isCleartext(_ service: NetworkService) -> Bool {
        guard let name = service.name?.comparisonKey, !service.isTLS else { return false }
        return cleartextServiceNames.contains(name)
    }

    /// Returns a service as `telnet on 23/tcp` for messages.
    static func describe(_ service: NetworkService) -> String {
        "\(service.name ?? "unidentified service") on \(service.port)/\(service.transport)"
    }
}
