#include "grindstone/training/RankScalars.h"

#include <charconv>

namespace grindstone {
namespace {
constexpr std::string_view kPrefix = "rank_compute_seconds_";
}

std::string rankComputeSecondsKey(int rank) {
    return std::string(kPrefix) + std::to_string(rank);
}

int rankOfComputeSecondsKey(const std::string& key) {
    if (key.size() <= kPrefix.size() || key.compare(0, kPrefix.size(), kPrefix) != 0) return -1;
    int rank = -1;
    const char* first = key.data() + kPrefix.size();
    const char* last = key.data() + key.size();
    const auto [end, error] = std::from_chars(first, last, rank);
    return error == std::errc() && end == last && rank >= 0 ? rank : -1;
}

}  // namespace grindstone
