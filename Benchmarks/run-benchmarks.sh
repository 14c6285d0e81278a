#!/bin/sh
# Measures Evident on a large synthetic workspace, all in one run on the same files:
#   1. the CSV reader's throughput on the sign-in log, as a ratio to `wc -l` on that file;
#   2. the wall time and peak memory (maximum resident set size) of `evident assess`.
# Usage: Benchmarks/run-benchmarks.sh [WORKSPACE]   (default .build/benchmark-workspace)
# The workspace is generated once (about 530 MB) and reused; delete it to regenerate.
set -eu

workspace=${1:-.build/benchmark-workspace}
swift build -c release --product evident >/dev/null
swift build -c release --product evident-benchmark >/dev/null
bin=$(swift build -c release --show-bin-path)

if [ ! -f "$workspace/evident.yaml" ]; then
    echo "generating $workspace ..."
    "$bin/evident-benchmark" generate "$workspace"
fi
log="$workspace/evidence/InteractiveSignIns_benchmark.csv"

# Pin to one core where taskset exists, so both readers run under the same conditions.
pin=""
if command -v taskset >/dev/null 2>&1; then pin="taskset -c 0"; fi

now() { date +%s.%N; }
cat "$log" >/dev/null  # warm the page cache so both readers read from memory

best_wc=""
best_csv=""
for run in 1 2 3; do
    start=$(now); $pin wc -l "$log" >/dev/null; end=$(now)
    wc_time=$(echo "$end - $start" | bc)
    start=$(now); csv_line=$($pin "$bin/evident-benchmark" csv "$log"); end=$(now)
    csv_time=$(echo "$end - $start" | bc)
    if [ -z "$best_wc" ] || [ "$(echo "$wc_time < $best_wc" | bc)" = 1 ]; then best_wc=$wc_time; fi
    if [ -z "$best_csv" ] || [ "$(echo "$csv_time < $best_csv" | bc)" = 1 ]; then best_csv=$csv_time; fi
done

size=$(wc -c <"$log")
echo "sign-in log: $size bytes, $csv_line"
echo "wc -l:       best of 3 $best_wc s"
echo "CSV reader:  best of 3 $best_csv s"
echo "ratio:       $(echo "scale=2; $best_csv / $best_wc" | bc) x wc -l"

rm -rf "$workspace/.evident"
report=$(mktemp -d)
set +e
/usr/bin/time -f "%e %M" -o "$report/time" "$bin/evident" assess "$workspace" --format json >"$report/assessment.json"
status=$?
set -e
# time(1) writes "Command exited with non-zero status N" first when assess finds gaps (exit 1).
read -r seconds kilobytes <<EOF_TIME
$(tail -n 1 "$report/time")
EOF_TIME
echo "assess:      exit $status, $seconds s, peak memory $((kilobytes / 1024)) MiB"
rm -rf "$report" "$workspace/.evident"
