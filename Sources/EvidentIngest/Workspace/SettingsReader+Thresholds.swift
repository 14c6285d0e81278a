import EvidentCore

extension SettingsReader {
    /// The keys of `thresholds` in `evident.yaml` with the property each one sets. The keys are the
    /// coding keys of `Thresholds`; a test compares the two lists.
    static var thresholdKeys: [(key: String, property: WritableKeyPath<Thresholds, Int>)] {
        [
            ("session_timeout_max_seconds", \.sessionTimeoutMaxSeconds),
            ("device_checkin_max_days", \.deviceCheckinMaxDays),
            ("backup_max_age_hours", \.backupMaxAgeHours),
            ("restore_test_max_age_days", \.restoreTestMaxAgeDays),
            ("risk_analysis_max_age_days", \.riskAnalysisMaxAgeDays),
            ("log_review_max_age_days", \.logReviewMaxAgeDays),
            ("policy_review_max_age_days", \.policyReviewMaxAgeDays),
            ("baa_expiry_warning_days", \.baaExpiryWarningDays),
            ("inactive_account_max_days", \.inactiveAccountMaxDays),
            ("evidence_max_age_days", \.evidenceMaxAgeDays),
            ("log_retention_min_days", \.logRetentionMinDays),
            ("tls_certificate_expiry_days", \.tlsCertificateExpiryDays),
            ("antivirus_signature_max_age_days", \.antivirusSignatureMaxAgeDays),
            ("password_min_length", \.passwordMinLength),
            ("lockout_max_attempts", \.lockoutMaxAttempts),
            ("integrity_monitoring_max_age_days", \.integrityMonitoringMaxAgeDays),
            ("integrity_review_max_age_days", \.integrityReviewMaxAgeDays),
            ("backup_verification_max_age_days", \.backupVerificationMaxAgeDays),
        ]
    }

    /// Reads the `thresholds` mapping; each key present replaces its default and must be a whole
    /// number greater than 0.
    static func readThresholds(_ settings: YAMLMapping, warnings: inout [String]) throws(YAMLError) -> Thresholds {
        var thresholds = Thresholds()
        guard let mapping = try settings.mapping("thresholds") else { return thresholds }
        warnings += mapping.unknownKeyWarnings(known: thresholdKeys.map(\.key))

        for (key, property) in thresholdKeys {
            if let value = try mapping.int(key, minimum: 1) {
                thresholds[keyPath: property] = value
            }
        }
        return thresholds
    }
}
