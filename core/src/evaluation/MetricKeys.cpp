// The metric keys of the session files and their labels: the one place they are spelled.
#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {
namespace {

constexpr std::string_view kRecallPrefix = "recall_at_";

bool isRecallKey(const std::string& key) {
    return key.rfind(kRecallPrefix, 0) == 0;
}

}  // namespace

std::vector<std::pair<std::string, double>> metricsInOrder(const RetrievalMetrics& metrics) {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& [k, v] : metrics.recallAtK)
        out.emplace_back(recallKey(k), v);
    out.emplace_back("nmi", metrics.nmi);
    out.emplace_back("f1", metrics.f1);
    out.emplace_back("map_at_r", metrics.mapAtR);
    out.emplace_back("r_precision", metrics.rPrecision);
    return out;
}

std::map<std::string, double> metricsByKey(const RetrievalMetrics& metrics) {
    const auto ordered = metricsInOrder(metrics);
    return {ordered.begin(), ordered.end()};
}

std::vector<std::pair<std::string, double>> metricsInOrder(
    const std::map<std::string, double>& byKey) {
    // Rank: recall keys by K (R@2 before R@10), then the fixed order, then the rest.
    const auto rank = [](const std::string& key) -> std::pair<int, long> {
        if (isRecallKey(key))
            return {0, std::strtol(key.c_str() + kRecallPrefix.size(), nullptr, 10)};
        static const std::vector<std::string> fixed = {"nmi", "f1", "map_at_r", "r_precision"};
        const auto it = std::find(fixed.begin(), fixed.end(), key);
        return {it == fixed.end() ? 2 : 1, it - fixed.begin()};
    };
    std::vector<std::pair<std::string, double>> out(byKey.begin(), byKey.end());
    std::stable_sort(out.begin(), out.end(),
                     [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    return out;
}

std::string recallKey(int k) {
    return std::string(kRecallPrefix) + std::to_string(k);
}

std::string metricLabel(const std::string& key) {
    if (isRecallKey(key)) return "R@" + key.substr(kRecallPrefix.size());
    static const std::map<std::string, std::string> labels = {
        {"nmi", "NMI"}, {"f1", "F1"}, {"map_at_r", "MAP@R"}, {"r_precision", "RP"}};
    const auto it = labels.find(key);
    return it == labels.end() ? key : it->second;
}

}  // namespace grindstone
