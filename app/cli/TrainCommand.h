#pragma once

namespace grindstone {
class TrainingRun;
}

namespace grindstone::cli {

/// Trains `run` to its end with progress on stderr, then prints the final figures beside the
/// raw-pixel floor of the same test images. Exit code: 0 finished, 3 stopped (Ctrl-C),
/// 4 diverged.
int trainToEnd(TrainingRun& run);

}  // namespace grindstone::cli
