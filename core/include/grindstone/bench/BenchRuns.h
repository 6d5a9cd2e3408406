#pragma once

#include <string>
#include <vector>

#include "grindstone/bench/BenchPlan.h"
#include "grindstone/bench/BenchTable.h"

namespace grindstone {

/// The state of every planned run in `benchFolder`, in plan order: status and final metrics
/// from run.json (as the run listing reads them), the mean step time from metrics.jsonl.
/// Besides the listing's statuses: "missing" (not started yet), "mismatched" (its
/// config.json is not the plan's), "diverged" (stopped by the non-finite guard), with the
/// reason in `detail`; a folder that is not a readable run is "damaged".
std::vector<BenchRunResult> readBenchRuns(const BenchPlan& plan, const std::string& benchFolder);

/// Mean training time per step of a run: the last step line's `time` (the running sum of
/// `step_seconds`, carried across resumes) over its step. NaN when the log has no step line.
double meanStepSeconds(const std::string& runFolder);

}  // namespace grindstone
