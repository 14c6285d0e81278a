# The after-hours, terminated-user and bulk-access rules of `evident review`, in jq, over FHIR
# AuditEvent NDJSON. Streams the events with `inputs` but keeps every account-hour's patients in
# memory, as the bulk rule needs. Arguments: --slurpfile ends workspace/end-dates.json, an object from
# account to last day of work. Working hours: 07:00 to 19:00 UTC, Monday to Friday; floor 30;
# multiplier 3.
reduce inputs as $event ({after: {}, terminated: {}, hours: {}};
    ($event.agent | map(select(.requestor == true)) | first | .who.identifier.value | ascii_downcase) as $user
    | ($event.entity // [] | map(.what.reference // "" | select(startswith("Patient/"))) | first) as $patient
    | $event.recorded as $time
    | ($time[11:13] | tonumber) as $hour
    | ($time[0:19] + "Z" | fromdateiso8601 | gmtime | .[6]) as $weekday
    | if $patient != null and ($hour < 7 or $hour >= 19 or $weekday == 0 or $weekday == 6)
      then .after[$user] += 1 else . end
    | if ($ends[0][$user] // "9999-12-31") < $time[0:10] then .terminated[$user] += 1 else . end
    | if $patient != null then .hours[$user + " " + $time[0:13]][$patient] = 1 else . end)
| {
    "after-hours": (.after | length),
    "terminated-user": (.terminated | length),
    "bulk-access": (
        .hours | to_entries
        | map({user: (.key | split(" ")[0]), patients: (.value | length)})
        | group_by(.user)
        | map((map(.patients) | sort) as $counts
            | ([30, 3 * $counts[($counts | length / 2 | floor)]] | max) as $limit
            | map(select(.patients > $limit)) | length)
        | add)
  }
