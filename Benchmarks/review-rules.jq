# The after-hours, terminated-user and bulk-access rules of `evident review`, in jq, over the
# [account, recorded, patient] triples that review-events.jq extracts from FHIR AuditEvent NDJSON.
# Run with -s (the triples are slurped, because grouping needs them all) and
# --slurpfile ends workspace/end-dates.json, an object from account to last day of work.
# Working hours: 07:00 to 19:00 UTC, Monday to Friday; floor 30; multiplier 3.
map(select(.[2] != null)) as $accesses
| {
    "after-hours": (
        $accesses
        | map(select((.[1][11:13] | tonumber) as $hour
            | (.[1][0:19] + "Z" | fromdateiso8601 | gmtime | .[6]) as $weekday
            | $hour < 7 or $hour >= 19 or $weekday == 0 or $weekday == 6))
        | map(.[0]) | unique | length),
    "terminated-user": (
        map(select(($ends[0][.[0]] // "9999-12-31") < .[1][0:10])) | map(.[0]) | unique | length),
    "bulk-access": (
        $accesses
        | group_by([.[0], .[1][0:13]])
        | map({user: .[0][0], patients: (map(.[2]) | unique | length)})
        | group_by(.user)
        | map((map(.patients) | sort) as $counts
            | ([30, 3 * $counts[($counts | length / 2 | floor)]] | max) as $limit
            | map(select(.patients > $limit)) | length)
        | add // 0)
  }
