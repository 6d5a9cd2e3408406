#pragma once

#include "CliCommon.h"

namespace grindstone::cli {

/// grindstone-cli bench: trains every run of a method x miner x seed plan (plus the
/// two-stage ablations) one after another into one folder, continues an interrupted bench
/// where it stopped, and keeps results.md / results.csv up to date. Exit codes: 0 every run
/// finished, 1 a run failed or was left alone, 2 bad arguments, 3 stopped by a signal.
int runBench(Args args);

}  // namespace grindstone::cli
