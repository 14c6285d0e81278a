/// The header names of an EHR access log CSV for each event field, because every EHR names its
/// columns differently.
///
/// The defaults are the lowercase field names themselves. `user` and `time` must be present in a
/// file; the other columns are read when the header has them.
public struct EHRColumnMapping: Hashable, Sendable {
    /// The account that acted.
    public var user: String
    /// The patient's record number.
    public var patientID: String
    /// The patient's name, as `First Last` or `Last, First`.
    public var patientName: String
    /// What was done, such as `view` or `print`.
    public var action: String
    /// When it happened.
    public var time: String
    /// The IANA time zone of `time` when it has no offset.
    public var timeZone: String
    /// The workstation name or IP address.
    public var workstation: String
    /// The site or department, matched against `review.sites`.
    public var site: String

    /// Creates a mapping; every column defaults to the field's own name.
    public init(
        user: String = "user",
        patientID: String = "patient_id",
        patientName: String = "patient_name",
        action: String = "action",
        time: String = "time",
        timeZone: String = "time_zone",
        workstation: String = "workstation",
        site: String = "site"
    ) {
        self.user = user
        self.patientID = patientID
        self.patientName = patientName
        self.action = action
        self.time = time
        self.timeZone = timeZone
        self.workstation = workstation
        self.site = site
    }
}
