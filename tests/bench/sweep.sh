#!/usr/bin/env bash
# Variant sweeps on the glyph benchmark, one ordinary run folder per variant x fold x seed
# under OUT (finished runs are kept, so the script can be stopped and started again); PARALLEL
# runs go at once, one LibTorch thread each. Usage:
#   tests/bench/sweep.sh validation|test VARIANTS OUT [STEPS] [SEEDS] [PARALLEL] [FIRST_SEED]
# validation: tuning on classes carved from the training characters (0-30); the test
#   characters 31-61 are never looked at. Two folds: train on 0-20 and validate on 21-30,
#   train on 10-30 and validate on 0-9. Runs are OUT/<variant>-<fold>-s<seed>;
#   summary: tests/bench/summarize_sweep.py OUT.
# test: the default split (train 0-30, test 31-61), for measuring settings already chosen on
#   validation. Runs are OUT/<variant>_seed<N>, the bench's naming, so
#   tests/bench/paired_difference.py pairs them by seed with each other or with a bench's rows.
# VARIANTS: a file of lines "name|--set key=value ..." ('#' starts a comment).
# Environment: GRINDSTONE_CLI (the CLI), GRINDSTONE_GLYPHS (the glyph folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
usage="usage: sweep.sh validation|test VARIANTS OUT [STEPS] [SEEDS] [PARALLEL] [FIRST_SEED]"
SPLIT=${1:?$usage}
VARIANTS=${2:?$usage}
OUT=${3:?$usage}
STEPS=${4:-600}
SEEDS=${5:-1}
PARALLEL=${6:-2}
FIRST_SEED=${7:-1}
CLI=${GRINDSTONE_CLI:-build/release/app/grindstone-cli}
GLYPHS=${GRINDSTONE_GLYPHS:?set GRINDSTONE_GLYPHS to the glyph benchmark folder}
case "$SPLIT" in
  validation) FOLDS=("-a-s|--set train_classes=0-20 --set test_classes=21-30"
                     "-b-s|--set train_classes=10-30 --set test_classes=0-9") ;;
  test) FOLDS=("_seed|") ;;
  *) echo "sweep.sh: the split is 'validation' or 'test', not '$SPLIT'" >&2; exit 2 ;;
esac
[ -f "$VARIANTS" ] || { echo "sweep.sh: no variants file '$VARIANTS'" >&2; exit 2; }
mkdir -p "$OUT"

jobs_file=$(mktemp)
trap 'rm -f "$jobs_file"' EXIT
while IFS= read -r line; do
  [[ -z "${line// }" || "$line" == \#* ]] && continue
  name=${line%%|*}
  for fold in "${FOLDS[@]}"; do
    for seed in $(seq "$FIRST_SEED" $((FIRST_SEED + SEEDS - 1))); do
      run="$OUT/$name${fold%%|*}$seed"
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
