import EvidentCore
import FoundationEssentials

/// A store that also keeps the log reviews of `evident review`, which `audit.log-review` counts.
public protocol LogReviewStore {
    /// Records a log review for an organization, creating or updating the organization's row.
    ///
    /// - Returns: The review's id.
    /// - Throws: `StoreError` when the review cannot be written; nothing of it is kept then.
    func record(_ review: LogReviewRecord, organization: Organization, recordedAt: Date) throws -> Int64

    /// Lists an organization's log reviews, newest first, with their sources.
    ///
    /// - Throws: `StoreError` when the database cannot be read or contains an invalid value.
    func logReviews(organizationID: String) throws -> [LogReviewRecord]
}
