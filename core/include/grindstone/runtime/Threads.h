#pragma once

namespace grindstone {

/// Sets LibTorch's intra-op thread count (0 = all cores) and gives OpenBLAS a single thread
/// so the two pools do not fight over the cores (measured: small ops 40-900x slower when they
/// do). Returns the intra-op thread count now in force.
int configureThreads(int requested);

/// Number of hardware threads (at least 1).
int hardwareThreads();

}  // namespace grindstone
