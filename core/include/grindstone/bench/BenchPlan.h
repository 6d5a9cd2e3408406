#pragma once

#include <map>
#include <string>
#include <vector>

#include "grindstone/options/Config.h"

namespace grindstone {

/// What a bench was asked for: the methods, miners and seeds to cross, whether to add the
/// two-stage ablations of docs/METHOD.md, and the config every run starts from.
struct BenchRequest {
    std::vector<std::string> methods{"triplet", "hdml", "two-stage"};
    std::vector<std::string> miners{"random", "semihard"};
    int seeds = 3;
    long long firstSeed = 1;
    bool ablations = true;
    /// Options shared by every run (steps, dataset, ...). Its method, miner and seed are
    /// replaced by each run's own.
    Config base;
    /// Options of one method only, on top of `base`: each method at its own tuned settings
    /// (e.g. triplet's best lr_metric, two-stage's best lr_generator). The ablations, being
    /// variants of two-stage, take two-stage's. Method -> option -> value (canonical text in
    /// a plan's request).
    std::map<std::string, std::map<std::string, std::string>> methodOptions;
};

/// One run of a bench: a normal session folder `name` inside the bench folder.
struct BenchEntry {
    std::string name;     ///< folder name, e.g. "two-stage_semihard_seed2"
    std::string variant;  ///< table row: a method or an ablation, e.g. "two-stage-stage1-only"
    std::string method;
    std::string miner;
    long long seed = 0;
    std::map<std::string, std::string> overrides;  ///< the ablation's switches
    Config config;                                 ///< base + method, miner, seed, overrides
};

/// Every run of a bench in the order they are trained: method x miner x seed, then the
/// ablations (first miner only).
struct BenchPlan {
    BenchRequest request;
    std::vector<BenchEntry> entries;
};

/// The ablations of docs/METHOD.md as variant name -> option switches on top of `two-stage`.
const std::vector<std::pair<std::string, std::map<std::string, std::string>>>& benchAblations();

/// Expands a request. Throws InputError on an unknown or repeated method or miner, an empty
/// list, seeds outside [1, 1000], a seed range beyond the `seed` option's maximum, or a
/// method option for a method the bench does not run, of a per-run key, or with a bad value.
BenchPlan makeBenchPlan(const BenchRequest& request);

/// The plan as bench.json: the request (its config without method, miner and seed) and the
/// runs, so a continued bench can check that it runs the same plan.
std::string benchPlanJson(const BenchPlan& plan);

/// What differs between the stored bench.json text (read from `storedPath`, named in
/// messages) and `plan`, one readable line per difference; empty when they match. Throws
/// InputError naming the file when it cannot be read as a bench plan.
std::vector<std::string> benchPlanDifferences(const std::string& storedText,
                                              const std::string& storedPath, const BenchPlan& plan);

/// The Ks of the config's `recall_k` (evaluations and the bench's Recall@K columns). Throws
/// InputError on a bad list.
std::vector<int> recallKs(const Config& config);

}  // namespace grindstone
