#include "BenchProgress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <numeric>

namespace grindstone::cli {
namespace {

std::string metric(const BenchRunResult& r, const char* key, const char* label) {
    const auto it = r.finalMetrics.find(key);
    if (it == r.finalMetrics.end()) return {};
    char text[48];
    std::snprintf(text, sizeof(text), "  %s %.2f", label, 100 * it->second);
    return text;
}

double mean(const std::vector<double>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

}  // namespace

std::string clockText(double seconds) {
    const auto s = static_cast<long>(std::lround(std::max(0.0, seconds)));
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof(text), "%ld:%02ld:%02ld", s / 3600, (s % 3600) / 60, s % 60);
    else
        std::snprintf(text, sizeof(text), "%ld:%02ld", s / 60, s % 60);
    return text;
}

std::string BenchProgress::tag(size_t index) const {
    // snprintf, not "[" + std::to_string(...): GCC 12 at -O3 flags the latter (-Wrestrict).
    char counter[48];
    std::snprintf(counter, sizeof(counter), "[%zu/%zu] ", index + 1, m_plan.entries.size());
    return counter + m_plan.entries[index].name;
}

void BenchProgress::ran(size_t index, const BenchRunResult& result, double seconds,
                        const std::vector<BenchRunResult>& all) {
    // Only runs that went to the end are a fair measure of a run's length.
    if (result.status == "finished")
        m_secondsByMethod[m_plan.entries[index].method].push_back(seconds);
    std::string status = result.status;
    if (result.status != "finished" && !result.detail.empty()) status += " (" + result.detail + ")";
    std::cout << tag(index) << "  " << status << metric(result, "recall_at_1", "R@1")
              << metric(result, "map_at_r", "MAP@R") << "  took " << clockText(seconds);
    const double left = remainingSeconds(all);
    if (left >= 0) std::cout << "  left ~" << clockText(left);
    std::cout << std::endl;
}

void BenchProgress::alreadyFinished(size_t index, const BenchRunResult& result) {
    std::cout << tag(index) << "  finished earlier" << metric(result, "recall_at_1", "R@1")
              << metric(result, "map_at_r", "MAP@R") << std::endl;
}

void BenchProgress::leftAlone(size_t index, const std::string& why) {
    std::cout << tag(index) << "  " << why << std::endl;
}

double BenchProgress::remainingSeconds(const std::vector<BenchRunResult>& all) const {
    if (m_secondsByMethod.empty()) return -1;
    std::vector<double> everyRun;
    for (const auto& [method, times] : m_secondsByMethod)
        everyRun.insert(everyRun.end(), times.begin(), times.end());
    const double overall = mean(everyRun);
    double left = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].status == "finished") continue;
        // A method not timed yet counts as the mean run: a guess, refined as runs finish.
        const auto it = m_secondsByMethod.find(m_plan.entries[i].method);
        left += it == m_secondsByMethod.end() ? overall : mean(it->second);
    }
    return left;
}

}  // namespace grindstone::cli
