#!/bin/sh
# Fuzzes every evidence reader for a bounded time each, with libFuzzer (swiftc -sanitize=fuzzer).
# Usage: Fuzz/run-fuzzers.sh [SECONDS_PER_READER] [FORMAT...]   (default 20 s, every format)
# A crash, a trap or an input that takes more than 10 s stops that reader's run; libFuzzer saves the
# input under .build/fuzz/artifacts/, and `evident-fuzz FILE` from a plain `swift build` replays it.
# The example workspace's exports seed the corpus; new inputs accumulate in .build/fuzz/corpus/.
set -eu

seconds=${1:-20}
[ $# -gt 0 ] && shift
formats=${*:-"detect intune-devices entra-users entra-mfa-registration-csv entra-mfa-registration-json
    active-directory-users veeam-backup-sessions veeam-enterprise-manager-sessions nmap-xml access-list
    entra-sign-ins-csv entra-sign-ins-json entra-sign-ins-diagnostic-json bitlocker-volumes-json
    manage-bde-status fdesetup-status lsblk-json restic-snapshots borg-archives testssl-json testssl-csv
    sslyze-json defender-status-json osquery-results secedit-inf gpresult-xml cryptsetup-status
    defender-device-inventory-csv aide-check wazuh-alerts restic-check borg-check auditd-rules auditpol-csv
    veeam-job-encryption review"}

scratch=.build/fuzz
swift build --product evident-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DEVIDENT_FUZZING >/dev/null
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/evident-fuzz"
mkdir -p "$scratch/artifacts"

failed=""
for format in $formats; do
    corpus="$scratch/corpus/$format"
    mkdir -p "$corpus"
    # The example workspace has no logs, so the review readers start from one made-up line per format.
    if [ "$format" = review ] && [ ! -f "$corpus/seed-ual.json" ]; then
        printf '%s\n' '[{"RecordId":"1","AuditData":"{\"CreationTime\":\"2026-11-03T14:00:00\",\"Operation\":\"UserLoginFailed\",\"UserId\":\"a@example.org\"}"}]' >"$corpus/seed-ual.json"
        printf '%s\n' 'RecordId,CreationDate,RecordType,Operation,UserId,AuditData' '1,2026-11-03T14:00:00Z,15,UserLoggedIn,a@example.org,"{""CreationTime"":""2026-11-03T14:00:00"",""Operation"":""UserLoggedIn"",""UserId"":""a@example.org""}"' >"$corpus/seed-ual.csv"
        printf '%s\n' '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4625</EventID><TimeCreated SystemTime="2026-11-03T09:00:00Z"/></System><EventData><Data>S-1-0-0</Data><Data>-</Data><Data>-</Data><Data>0x0</Data><Data>S-1-0-0</Data><Data>jkim</Data></EventData></Event>' >"$corpus/seed-events.xml"
        printf '%s\n' '{"EventTime":"2026-11-03T09:00:00Z","EventID":4625,"TargetUserName":"jkim","IpAddress":"203.0.113.7"}' >"$corpus/seed-events.jsonl"
        printf '%s\n' 'Nov  3 09:00:00 host sshd[1]: Failed password for jkim from 203.0.113.7 port 22 ssh2' >"$corpus/seed-auth.log"
        printf '%s\n' '{"resourceType":"AuditEvent","recorded":"2026-11-03T09:00:00Z","agent":[{"requestor":true,"who":{"identifier":{"value":"jkim"}}}]}' >"$corpus/seed-fhir.ndjson"
    fi
    # The Swift runtime's backtracer would catch the crash before libFuzzer could save the input.
    if SWIFT_BACKTRACE=enable=no EVIDENT_FUZZ_FORMAT=$format "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$scratch/artifacts/$format-" "$corpus" examples/riverside-family-practice/evidence \
        >"$scratch/$format.log" 2>&1
    then
        runs=$(grep -o 'Done [0-9]* runs' "$scratch/$format.log" | tail -n 1 || true)
        echo "$format: no crash ($runs in ${seconds} s)"
    else
        echo "$format: FAILED, see $scratch/$format.log and $scratch/artifacts/"
        failed="$failed $format"
    fi
done

if [ -n "$failed" ]; then
    echo "readers that crashed or hung:$failed"
    exit 1
fi
