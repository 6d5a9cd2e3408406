#!/usr/bin/env bash
# Builds the fuzz targets (preset `fuzz`: clang, ASan + UBSan) and runs each on its committed
# corpus for a bounded time. Exit status 1 when a target crashed, leaked, hit undefined
# behaviour or let an exception other than InputError escape; the input that did it is kept in
# build/fuzz/crashes/.
# Usage: tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET (default 6)] [--no-build]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-6}"
build=1
[ "${2:-}" = "--no-build" ] && build=0
cd "$here"
if [ "$build" -eq 1 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
fi
bin="$here/build/fuzz/tests/fuzz"
crashes="$here/build/fuzz/crashes"
mkdir -p "$crashes"
failed=0
total=0
for corpus in "$here"/tests/fuzz/corpus/*/; do
  name="$(basename "$corpus")"
  # New inputs go to a scratch copy; the committed corpus stays as it is.
  work="$(mktemp -d)"
  log="$work/log"
  if "$bin/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
       -rss_limit_mb=4096 -artifact_prefix="$crashes/$name-" "$work" "$corpus" >"$log" 2>&1; then
    status=ok
  else
    status=FAILED
    failed=1
    grep -m3 -E "ERROR|runtime error|what\(\)" "$log" || tail -n 20 "$log"
  fi
  runs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
  total=$((total + runs))
  printf '%-16s %-6s %9s runs\n' "$name" "$status" "$runs"
  rm -rf "$work"
done
printf '%-16s %-6s %9s runs\n' "all" "$([ $failed -eq 0 ] && echo ok || echo FAILED)" "$total"
exit $failed
