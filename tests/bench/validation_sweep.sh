#!/usr/bin/env bash
# A sweep on the validation folds of the glyph benchmark (see sweep.sh). Usage:
#   tests/bench/validation_sweep.sh VARIANTS OUT [STEPS] [SEEDS] [PARALLEL]
exec "$(dirname "$0")/sweep.sh" validation "$@"
