#pragma once

#include <string>
#include <vector>

#include "grindstone/tune/Tuner.h"

namespace grindstone::cli {

/// Trains a rung's trials as child processes of this program, `parallel` at a time: a new
/// trial as `train --config ... --out TRIAL --until STEPS`, a continued one as `resume TRIAL
/// --steps STEPS`, each one's output in TRIAL.log beside it. A new trial whose options leave
/// the threads to the machine (threads 0) gets an equal share of the cores. A stop request
/// (Ctrl-C, SIGTERM) is passed on to the children, which checkpoint and stop; then, or when a
/// trial fails, it returns false once every child has ended.
bool runTrialProcesses(const std::vector<TrialJob>& jobs, int parallel);

}  // namespace grindstone::cli
