import EvidentCore
import Foundation

/// A review's input: the logs, the settings, the roster and the period.
public struct ReviewRequest: Sendable {
    /// The log files, read in order.
    public var paths: [String]
    /// The `review:` settings of `evident.yaml`.
    public var settings: ReviewSettings
    /// The workforce roster; empty when no workspace was given.
    public var workforce: [WorkforceMember]
    /// The patient demographics file's path, when there is one.
    public var patientsPath: String?
    /// The start of the period, in seconds since 1970-01-01 UTC, inclusive.
    public var since: Int64?
    /// The end of the period, exclusive.
    public var until: Int64?
    /// The current time, in seconds since 1970-01-01 UTC, which gives syslog timestamps their year.
    public var referenceTime: Int64

    /// Creates a request.
    public init(
        paths: [String], settings: ReviewSettings = ReviewSettings(), workforce: [WorkforceMember] = [],
        patientsPath: String? = nil, since: Int64? = nil, until: Int64? = nil,
        referenceTime: Int64 = Int64(Date().timeIntervalSince1970)
    ) {
        self.referenceTime = referenceTime
        self.paths = paths
        self.settings = settings
        self.workforce = workforce
        self.patientsPath = patientsPath
        self.since = since
        self.until = until
    }
}
