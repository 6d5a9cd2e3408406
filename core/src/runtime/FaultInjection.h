#pragma once

#include <cstdint>

namespace grindstone::faults {

// Test-only faults, switched on by environment variables. The recovery paths they drive (a
// non-finite training step, a process killed halfway through a checkpoint write) are reached
// in real training only by bad luck, so tests need a way to reach them on purpose. Unset
// variables cost one getenv per process.

/// GRINDSTONE_FAULT_NONFINITE_STEP=S[:N] poisons the loss of training step S (1-based), the
/// first N times that step is trained in this process (default 1).
bool nonFiniteAtStep(int64_t step);

/// GRINDSTONE_FAULT_CHECKPOINT_DELAY=SECONDS sleeps after the checkpoint's temporary file is
/// written and before it is renamed into place.
void delayCheckpointRename();

}  // namespace grindstone::faults
