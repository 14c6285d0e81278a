/// The configurable limits that checks compare evidence against.
///
/// HIPAA sets none of these numbers. Each default comes from federal guidance or a benchmark,
/// and docs/checks.md names the source of each; `evident.yaml` may override any of them.
public struct Thresholds: Hashable, Sendable, Codable {
    /// Longest allowed idle session before automatic logoff, in seconds.
    /// Default 900: CIS benchmarks' machine inactivity limit and the FedRAMP AC-11 value of 15 minutes.
    public var sessionTimeoutMaxSeconds: Int = 900
    /// Maximum days a managed device may go without checking in.
    /// Default 30: the default compliance status validity period of Microsoft Intune.
    public var deviceCheckinMaxDays: Int = 30
    /// Greatest age of the last successful backup, in hours.
    /// Default 48: the 2025 proposed Security Rule amendment.
    public var backupMaxAgeHours: Int = 48
    /// Greatest age of the last successful restore test, in days.
    /// Default 365: NIST SP 800-53 CP-9(1) at the moderate baseline tests backups yearly.
    public var restoreTestMaxAgeDays: Int = 365
    /// Greatest age of the risk analysis, in days.
    /// Default 365: the yearly review the 2025 proposed rule requires, and common practice.
    public var riskAnalysisMaxAgeDays: Int = 365
    /// Greatest age of the last information system activity review, in days.
    /// Default 90: a quarterly review. FedRAMP's AU-6 value is weekly, so tighten it where logs allow.
    public var logReviewMaxAgeDays: Int = 90
    /// Greatest age of a policy's last review, in days.
    /// Default 365: 164.316(b)(2)(iii) requires periodic review, and yearly is common practice.
    public var policyReviewMaxAgeDays: Int = 365
    /// How many days before a BAA expires that a warning is raised.
    /// Default 60: time to renegotiate a contract before the agreement lapses.
    public var baaExpiryWarningDays: Int = 60
    /// Maximum days an enabled account may go without signing in.
    /// Default 90: FedRAMP's AC-2(3) value at the moderate baseline.
    public var inactiveAccountMaxDays: Int = 90

    /// Shortest acceptable audit log retention, in days.
    /// Default 365: OMB M-21-31 keeps logs 12 months in active storage. HIPAA sets no audit log
    /// retention period; its 6 years apply to required documentation (164.316(b)(2)(i)).
    public var logRetentionMinDays: Int = 365

    /// Greatest age of an export's newest record, in days, before the export counts as stale.
    /// Default 35: Evident's own choice, a monthly export cadence plus a few days' grace. An export
    /// whose newest sign-in, check-in or scan is older likely no longer shows today's accounts or devices.
    public var evidenceMaxAgeDays: Int = 35

    /// How many days before a TLS certificate expires that it counts as expiring.
    /// Default 30: the renewal window of ACME clients such as certbot, which renew 30 days ahead.
    public var tlsCertificateExpiryDays: Int = 30

    /// Greatest age of malware signatures, in days.
    /// Default 7: Evident's own choice of a week; Defender and most products update several times a day.
    public var antivirusSignatureMaxAgeDays: Int = 7

    /// Shortest acceptable minimum password length, in characters.
    /// Default 8: NIST SP 800-63B-4 for passwords used within multifactor authentication; it asks 15
    /// where a password is the only factor.
    public var passwordMinLength: Int = 8
    /// Most failed sign-ins allowed before an account locks.
    /// Default 100: NIST SP 800-63B caps consecutive failed attempts at 100.
    public var lockoutMaxAttempts: Int = 100

    /// Greatest age of a host's latest file-integrity report, in days.
    /// Default 7: PCI DSS v4.0 requirement 11.5.2 runs critical file comparisons at least weekly.
    public var integrityMonitoringMaxAgeDays: Int = 7
    /// Longest time a file-integrity alert may wait for review, in days.
    /// Default 7: FedRAMP's AU-6 value reviews audit records at least weekly.
    public var integrityReviewMaxAgeDays: Int = 7
    /// Greatest age of the last backup verification (repository check, SureBackup), in days.
    /// Default 31: Evident's own choice of a monthly check, as HIPAA and NIST set no number.
    public var backupVerificationMaxAgeDays: Int = 31

    /// Creates thresholds with every default.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case sessionTimeoutMaxSeconds = "session_timeout_max_seconds"
        case deviceCheckinMaxDays = "device_checkin_max_days"
        case backupMaxAgeHours = "backup_max_age_hours"
        case restoreTestMaxAgeDays = "restore_test_max_age_days"
        case riskAnalysisMaxAgeDays = "risk_analysis_max_age_days"
        case logReviewMaxAgeDays = "log_review_max_age_days"
        case policyReviewMaxAgeDays = "policy_review_max_age_days"
        case baaExpiryWarningDays = "baa_expiry_warning_days"
        case inactiveAccountMaxDays = "inactive_account_max_days"
        case logRetentionMinDays = "log_retention_min_days"
        case evidenceMaxAgeDays = "evidence_max_age_days"

        case tlsCertificateExpiryDays = "tls_certificate_expiry_days"
        case antivirusSignatureMaxAgeDays = "antivirus_signature_max_age_days"
        case passwordMinLength = "password_min_length"
        case lockoutMaxAttempts = "lockout_max_attempts"
        case integrityMonitoringMaxAgeDays = "integrity_monitoring_max_age_days"
        case integrityReviewMaxAgeDays = "integrity_review_max_age_days"
        case backupVerificationMaxAgeDays = "backup_verification_max_age_days"
    }
}
