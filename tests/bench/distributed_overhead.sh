#!/usr/bin/env bash
# What data-parallel training costs on this machine, per method: one process x 1 thread
# against 2 ranks x 1 thread (train --nproc 2: the same P x K batch per rank, so twice the
# batches per step), and 2 ranks with synchronised BatchNorm, trained back to back in one
# invocation. Prints the step times, the all-reduce time and bytes per step, what
# synchronising BatchNorm adds, and a ring all-reduce model of 8 and 64 ranks.
#   tests/bench/distributed_overhead.sh [STEPS]      (CLI=path/to/grindstone-cli)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
CLI=${CLI:-build/ci/app/grindstone-cli}
STEPS=${1:-300}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for method in triplet hdml two-stage; do
  common=(--set method="$method" --set steps="$STEPS" --set threads=1 --set eval_every=0
          --set snapshot_every=0 --set checkpoint_every=0 --set log_every=5 --set lr_drops=)
  echo "training $method: 1 process, 2 ranks, 2 ranks with sync_batchnorm ($STEPS steps each)" >&2
  "$CLI" train "${common[@]}" --out "$OUT/$method-1" >/dev/null 2>&1
  "$CLI" train "${common[@]}" --nproc 2 --out "$OUT/$method-2" >/dev/null 2>&1
  "$CLI" train "${common[@]}" --set sync_batchnorm=true --nproc 2 --out "$OUT/$method-2sync" \
    >/dev/null 2>&1
done
python3 tests/bench/distributed_summary.py "$OUT" triplet hdml two-stage
