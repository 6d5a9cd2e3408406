#!/usr/bin/env bash
# Tuning on a validation split of the glyph benchmark (docs/RESULTS.md): train on characters
# 0-24 and evaluate on 25-30, all of them training characters; the test characters 31-61 are
# never looked at. Each variant is one ordinary run folder under OUT; finished runs are kept, so
# the script can be stopped and started again. Usage:
#   tests/bench/glyphs_validation_sweep.sh [OUT] [STEPS] [SEEDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/glyphs-validation}
STEPS=${2:-600}
SEEDS=${3:-1}
CLI=${GRINDSTONE_CLI:-build/release/app/grindstone-cli}
GLYPHS=${GRINDSTONE_GLYPHS:?set GRINDSTONE_GLYPHS to the glyph benchmark folder}
# "-ref" is each method at the reference settings of docs/METHOD.md, not at today's defaults.
COMMON=(--config tests/bench/sweeps/reference-settings.json --set dataset="$GLYPHS" --set train_classes=0-24 --set test_classes=25-30
        --set steps="$STEPS" --set threads=1 --set eval_every=0 --set snapshot_every=300)

# name | options (same budget for every method: the reference plus its own few knobs)
VARIANTS=(
  "triplet-ref|--set method=triplet"
  "triplet-lr3e-4|--set method=triplet --set lr_metric=3e-4"
  "triplet-lr3e-3|--set method=triplet --set lr_metric=3e-3"
  "hdml-ref|--set method=hdml"
  "hdml-lrg1e-3|--set method=hdml --set lr_generator=1e-3"
  "hdml-beta1e3|--set method=hdml --set beta=1e3"
  "two-stage-ref|--set method=two-stage"
  "two-stage-lrg1e-3|--set method=two-stage --set lr_generator=1e-3"
  "two-stage-lrg1e-4|--set method=two-stage --set lr_generator=1e-4"
  "two-stage-beta1e3|--set method=two-stage --set beta=1e3"
  "two-stage-lrg1e-4-beta1e3|--set method=two-stage --set lr_generator=1e-4 --set beta=1e3"
)

for seed in $(seq 1 "$SEEDS"); do
  for variant in "${VARIANTS[@]}"; do
    name=${variant%%|*}
    read -r -a options <<< "${variant#*|}"
    run="$OUT/$name-s$seed"
    if grep -q '"status": "finished"' "$run/run.json" 2>/dev/null; then continue; fi
    rm -rf "$run"
    echo "== $name seed $seed"
    "$CLI" train "${COMMON[@]}" "${options[@]}" --set seed="$seed" --out "$run" | tail -n 2
  done
done
