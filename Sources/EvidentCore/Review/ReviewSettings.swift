/// How `evident review` reads logs and which rules it applies, from the optional `review:` mapping of
/// `evident.yaml`.
///
/// Every value has a default, so a workspace without the mapping still gets a review with office hours
/// of 07:00 to 19:00, Monday to Friday, in UTC.
public struct ReviewSettings: Hashable, Sendable {
    /// The time zone of timestamps that carry no offset, and of the default working hours, as an IANA
    /// name such as `America/Chicago`.
    public var timeZone: String
    /// The working hours of every site that `sites` does not list.
    public var workingHours: WorkingHours
    /// Sites with their own time zone and working hours, matched by the site an event names.
    public var sites: [ReviewSite]
    /// How the columns of an EHR access log CSV map to event fields.
    public var ehrColumns: EHRColumnMapping
    /// The patient demographics file (`patient_id,name,address,flag`), relative to the workspace.
    public var patientsFile: String?
    /// The ids of the systems the reviewed logs come from, which the stored review covers.
    public var systems: [String]
    /// The rule ids turned off, such as `after-hours`.
    public var disabledRules: Set<String>
    /// Bulk access: the fewest distinct patients in one hour that can be reported.
    public var bulkAccessFloor: Int
    /// Bulk access: how many times the user's own median hourly count an hour must exceed.
    public var bulkAccessMultiplier: Int
    /// Failed sign-ins by one account within `failedSignInWindowMinutes` that make a burst.
    public var failedSignInBurst: Int
    /// The window, in minutes, in which `failedSignInBurst` failures make a burst.
    public var failedSignInWindowMinutes: Int

    /// Creates settings; every value has the default documented in docs/review.md.
    public init(
        timeZone: String = "UTC",
        workingHours: WorkingHours = WorkingHours(),
        sites: [ReviewSite] = [],
        ehrColumns: EHRColumnMapping = EHRColumnMapping(),
        patientsFile: String? = nil,
        systems: [String] = [],
        disabledRules: Set<String> = [],
        bulkAccessFloor: Int = 30,
        bulkAccessMultiplier: Int = 3,
        failedSignInBurst: Int = 5,
        failedSignInWindowMinutes: Int = 10
    ) {
        self.timeZone = timeZone
        self.workingHours = workingHours
        self.sites = sites
        self.ehrColumns = ehrColumns
        self.patientsFile = patientsFile
        self.systems = systems
        self.disabledRules = disabledRules
        self.bulkAccessFloor = bulkAccessFloor
        self.bulkAccessMultiplier = bulkAccessMultiplier
        self.failedSignInBurst = failedSignInBurst
        self.failedSignInWindowMinutes = failedSignInWindowMinutes
    }
}

/// A site with its own time zone and working hours, such as a clinic in another state.
public struct ReviewSite: Hashable, Sendable {
    /// The site's name as events carry it: the FHIR `source.site`, or the EHR CSV `site` column.
    public var id: String
    /// The site's IANA time zone.
    public var timeZone: String
    /// When the site is open.
    public var workingHours: WorkingHours

    /// Creates a site.
    public init(id: String, timeZone: String, workingHours: WorkingHours) {
        self.id = id
        self.timeZone = timeZone
        self.workingHours = workingHours
    }
}
