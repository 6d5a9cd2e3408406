#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "grindstone/evaluation/Verification.h"

namespace grindstone {

/// One run of a workspace as a listing shows it.
struct RunSummary {
    std::string folder;
    /// running, finished, stopped, crashed (marked running but no process holds it) or damaged
    std::string status;
    std::string method, miner;
    int64_t step = 0, totalSteps = 0;
    std::string dataset;
    long long seed = 0;
    std::string created, updated;                 ///< UTC ISO 8601 from run.json
    double wallSeconds = 0;                       ///< updated - created: the run's duration so far
    std::map<std::string, double> finalMetrics;   ///< recall_at_1, map_at_r, ... once finished
    std::map<std::string, double> rawPixelFloor;  ///< the same figures on raw pixels, if known
    /// Same / different pairs of the test classes at the final evaluation, if stored readably.
    std::optional<VerificationReport> verification;
    std::string stopReason;  ///< why the trainer stopped a run on its own (it diverged)
    /// Processes (ranks) it trains on now, and from which step each world size trained.
    int worldSize = 1;
    std::vector<std::pair<int64_t, int>> worldSizes;
    std::map<std::string, std::string> config;  ///< every option's value (config.json)
    std::string problem;                        ///< why a damaged run cannot be read
};

/// Every run folder directly inside `workspace`, sorted by name. Folders that are not runs
/// (neither run.json nor config.json) are left out; a run whose files cannot be read is listed
/// as damaged with the file and the problem, and never stops the others from being listed.
/// Throws InputError when `workspace` is not a readable folder.
std::vector<RunSummary> listRuns(const std::string& workspace);

/// One run folder as listRuns describes it.
RunSummary summariseRun(const std::string& folder);

/// Whether a live process is writing the run (it holds the run's lock file).
bool runIsLive(const std::string& folder);

}  // namespace grindstone
