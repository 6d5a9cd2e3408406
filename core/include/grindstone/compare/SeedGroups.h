#pragma once

#include <map>
#include <string>
#include <vector>

#include "grindstone/bench/SeedStatistics.h"
#include "grindstone/session/RunListing.h"

namespace grindstone {

/// Runs whose options are the same except the seed (and what only steers logging and output:
/// threads, eval/snapshot/checkpoint cadence), with each final metric as mean ± std over them.
struct SeedGroup {
    std::string label;            ///< "two-stage / semihard / glyphs" plus what else differs
    std::vector<size_t> members;  ///< indices into the listed runs, by seed
    std::vector<long long> seeds;
    std::map<std::string, SeedSummary> metrics;  ///< over the members' final metrics
};

/// Groups the finished runs of a listing (damaged, running and unfinished runs stay out: a
/// mean over unfinished runs would mix steps). Groups come in order of their first member.
std::vector<SeedGroup> groupBySeed(const std::vector<RunSummary>& runs);

/// The options that do not change what a run learns, ignored when grouping.
bool isBookkeepingOption(const std::string& key);

}  // namespace grindstone
