#pragma once

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "grindstone/bench/SeedStatistics.h"

namespace grindstone {

/// One planned run of a bench as the results table sees it.
struct BenchRunResult {
    std::string name;  ///< folder name
    std::string variant, miner;
    long long seed = 0;
    /// finished, stopped, crashed, running, damaged, mismatched, diverged or missing
    std::string status = "missing";
    std::map<std::string, double> finalMetrics;  ///< run.json's final evaluation (last step)
    double meanStepSeconds = NAN;                ///< training time per step; NaN when unknown
    std::string detail;  ///< for a run left out of the table: how far it got or what is wrong
};

/// One row: a method (or ablation) with one miner, summarised over its finished seeds.
struct BenchRow {
    std::string variant, miner;
    int planned = 0;                             ///< seeds planned
    int finished = 0;                            ///< seeds finished
    std::map<std::string, SeedSummary> metrics;  ///< by metric key (recall_at_1, nmi, ...)
    SeedSummary deltaRecallAt1, deltaMapAtR;     ///< paired vs the reference, same seed
    SeedSummary stepSeconds;                     ///< the runs' mean step times
    bool reference = false;                      ///< this row is the reference itself
};

/// The figures a bench reports.
struct BenchTable {
    /// recall_at_K for every K, then nmi, f1, map_at_r: the metric columns in order.
    std::vector<std::string> metricKeys;
    std::vector<BenchRow> rows;  ///< in plan order
    std::string referenceVariant = "triplet", referenceMiner = "random";
    bool referencePlanned = false;
    std::vector<BenchRunResult> leftOut;  ///< planned runs not finished (yet)
    int planned = 0, finished = 0;
};

/// The metric keys of the table for these Recall@K Ks.
std::vector<std::string> benchMetricKeys(const std::vector<int>& recallKs);

/// Groups finished runs by (variant, miner) in the order they first appear, summarises each
/// metric over seeds and forms the paired differences of Recall@1 and MAP@R to plain triplet
/// with the random miner, seed by seed (only seeds where both finished count).
BenchTable buildBenchTable(const std::vector<BenchRunResult>& runs,
                           const std::vector<int>& recallKs);

}  // namespace grindstone
