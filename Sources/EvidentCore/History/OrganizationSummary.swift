/// One organization of a store as `evident orgs` lists it: its latest run and how many it has.
public struct OrganizationSummary: Hashable, Sendable {
    /// The organization's newest run, whose name and posture the listing shows.
    public var latestRun: RunSummary
    /// The number of runs recorded for the organization.
    public var runCount: Int

    /// Creates a summary.
    public init(latestRun: RunSummary, runCount: Int) {
        self.latestRun = latestRun
        self.runCount = runCount
    }
}
