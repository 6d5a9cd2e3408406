#!/usr/bin/env bash
# Tuning on validation classes carved from the glyph benchmark's training characters (0-30);
# the test characters 31-61 are never looked at. Two folds: train on 0-20 and validate on
# 21-30, train on 10-30 and validate on 0-9. Each variant x fold x seed is one ordinary run
# folder under OUT (finished runs are kept, so the script can be stopped and started again);
# PARALLEL runs go at once, one LibTorch thread each. Usage:
#   tests/bench/validation_sweep.sh VARIANTS OUT [STEPS] [SEEDS] [PARALLEL]
# VARIANTS: a file of lines "name|--set key=value ..." ('#' starts a comment).
# Environment: GRINDSTONE_CLI (the CLI), GRINDSTONE_GLYPHS (the glyph folder).
# Summary: tests/bench/summarize_sweep.py OUT
set -euo pipefail
cd "$(dirname "$0")/../.."
VARIANTS=${1:?usage: validation_sweep.sh VARIANTS OUT [STEPS] [SEEDS] [PARALLEL]}
OUT=${2:?usage: validation_sweep.sh VARIANTS OUT [STEPS] [SEEDS] [PARALLEL]}
STEPS=${3:-600}
SEEDS=${4:-1}
PARALLEL=${5:-2}
CLI=${GRINDSTONE_CLI:-build/release/app/grindstone-cli}
GLYPHS=${GRINDSTONE_GLYPHS:?set GRINDSTONE_GLYPHS to the glyph benchmark folder}
FOLDS=("a|--set train_classes=0-20 --set test_classes=21-30"
       "b|--set train_classes=10-30 --set test_classes=0-9")
mkdir -p "$OUT"

jobs_file=$(mktemp)
trap 'rm -f "$jobs_file"' EXIT
while IFS= read -r line; do
  [[ -z "${line// }" || "$line" == \#* ]] && continue
  name=${line%%|*}
  for fold in "${FOLDS[@]}"; do
    for seed in $(seq 1 "$SEEDS"); do
      run="$OUT/$name-${fold%%|*}-s$seed"
      grep -q '"status": "finished"' "$run/run.json" 2>/dev/null && continue
      echo "$run|${fold#*|} ${line#*|} --set seed=$seed" >> "$jobs_file"
    done
  done
done < "$VARIANTS"

run_one() {
  local run=${1%%|*} options
  read -r -a options <<< "${1#*|}"
  rm -rf "$run"
  "$CLI" train --set dataset="$GLYPHS" --set steps="$STEPS" --set threads=1 \
    --set eval_every=0 --set snapshot_every="$STEPS" --set checkpoint_every=0 \
    "${options[@]}" --out "$run" > "$run.log" 2>&1 || echo "failed: $run (see $run.log)"
  echo "done: $(basename "$run")"
}
export -f run_one
export CLI GLYPHS STEPS
echo "$(wc -l < "$jobs_file") runs to go, $PARALLEL at a time"
tr '\n' '\0' < "$jobs_file" | xargs -0 -r -P "$PARALLEL" -I{} bash -c 'run_one "$1"' _ {}
