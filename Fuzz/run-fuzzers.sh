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
    sslyze-json defender-status-json osquery-results secedit-inf gpresult-xml aide-check wazuh-alerts
    restic-check borg-check auditd-rules auditpol-csv veeam-job-encryption"}

scratch=.build/fuzz
swift build --product evident-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DEVIDENT_FUZZING >/dev/null
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/evident-fuzz"
mkdir -p "$scratch/artifacts"

failed=""
for format in $formats; do
    corpus="$scratch/corpus/$format"
    mkdir -p "$corpus"
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
