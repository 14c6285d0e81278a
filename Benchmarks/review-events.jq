# Extracts [account, recorded, patient id or null] from each FHIR AuditEvent line, for review-rules.jq.
[
    (.agent | map(select(.requestor == true)) | first | .who.identifier.value | ascii_downcase),
    .recorded,
    ((.entity // []) | map(.what.reference // "" | select(startswith("Patient/"))) | first | .[8:]?)
]
