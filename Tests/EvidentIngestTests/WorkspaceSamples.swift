/// The files of a small, valid, synthetic workspace. Tests that count lines depend on the line
/// numbers noted beside each sample; change them together.
enum WorkspaceSamples {
    static let settings = """
        # Settings for a synthetic clinic.
        organization:
          id: riverside-family-practice
          name: Riverside Family Practice
          kind: covered-entity
        profile: hipaa-security-rule
        as_of: 2026-03-01
        export_locale: en-GB
        thresholds:
          backup_max_age_hours: 24
          inactive_account_max_days: 60
        required_policies: [access-control, contingency-plan]

        """

    /// Systems: `ehr` starts on line 2, `billing` on line 20.
    static let systems = """
        systems:
          - id: ehr
            name: CloudChart EHR
            ephi: yes
            vendor: CloudChart Inc
            hosts: [ehr.riverside.example, 10.0.0.12]
            mfa: enforced
            session_timeout_seconds: 900
            audit_logging: true
            log_retention_days: 2190
            transmission: [HTTPS, sftp]
            encryption_at_rest: true
            backup_job: EHR nightly
            allowed_roles:
              - physician
              - nurse
            access_list: evidence/access/ehr.csv

          # Billing has no MFA yet.
          - id: billing
            name: Billing workstation
            ephi: true
            mfa: none

        """

    /// Vendors: CloudChart on line 2, Paper Shred Co on line 3, Lunch Club on line 4.
    static let vendors = """
        vendor,service,ephi_access,baa_signed,baa_expires,baa_document,contact
        CloudChart Inc,EHR hosting,yes,yes,2027-01-31,documents/baa/cloudchart.pdf,support@cloudchart.example
        Paper Shred Co,"Shredding, on site",Y,1,,documents/baa/shred.pdf,
        Lunch Club,Catering,no,n,,,

        """

    /// Workforce: Avery on line 2, Blake on line 3, Casey on line 4.
    static let workforce = """
        employee_id,name,email,username,role,department,status,start_date,end_date
        E001,Avery Stone,avery.stone@riverside.example,astone,physician,Clinic,active,2019-04-01,
        E002,Blake North,blake.north@riverside.example,bnorth,nurse,Clinic,terminated,2021-06-14,2026-01-09
        E003,Casey West,,cwest,billing,Front office,Leave,,

        """

    /// Attestations: the risk analysis on line 2, the policies on lines 6 and 11, the decision on line
    /// 14, the review on line 20, the restore test on line 25.
    static let attestations = """
        risk_analysis:
          performed: 2025-11-20
          performed_by: Dana Reyes
          document: documents/risk-analysis-2025.pdf
        policies:
          - id: access-control
            title: Access control policy
            document: documents/policies/access-control.md
            approved: 2024-05-01
            reviewed: 2025-05-02
          - id: contingency-plan
            document: documents/policies/contingency-plan.md
        decisions:
          - citation: 164.312(a)(2)(iv)
            decision: alternative
            rationale: Full-disk encryption on every workstation instead of per-file encryption.
            decided: 2025-02-10
            owner: Dana Reyes
        reviews:
          - activity: audit-logs
            system: ehr
            performed: 2026-02-27
            by: Dana Reyes
        restore_tests:
          - system: ehr
            performed: 2025-12-05
            result: success
            restored: full VM to an isolated network
            by: Evan Brooks
        service_accounts: [svc-backup, svc-scanner]

        """
}
