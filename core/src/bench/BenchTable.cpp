#include "grindstone/bench/BenchTable.h"

#include <algorithm>

#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {
namespace {

/// key's value per seed over the finished runs of one row.
std::map<long long, double> bySeed(const std::vector<const BenchRunResult*>& runs,
                                   const std::string& key) {
    std::map<long long, double> out;
    for (const auto* r : runs) {
        const auto it = r->finalMetrics.find(key);
        if (it != r->finalMetrics.end()) out[r->seed] = it->second;
    }
    return out;
}

std::vector<double> values(const std::map<long long, double>& bySeedValues) {
    std::vector<double> out;
    for (const auto& [seed, v] : bySeedValues)
        out.push_back(v);
    return out;
}

}  // namespace

std::vector<std::string> benchMetricKeys(const std::vector<int>& recallKs) {
    std::vector<std::string> keys;
    for (int k : recallKs)
        keys.push_back(recallKey(k));
    keys.insert(keys.end(), {"nmi", "f1", "map_at_r"});
    return keys;
}

BenchTable buildBenchTable(const std::vector<BenchRunResult>& runs,
                           const std::vector<int>& recallKs) {
    BenchTable table;
    table.metricKeys = benchMetricKeys(recallKs);
    table.planned = static_cast<int>(runs.size());

    std::vector<std::pair<std::string, std::string>> order;
    std::map<std::pair<std::string, std::string>, std::vector<const BenchRunResult*>> finished;
    std::map<std::pair<std::string, std::string>, int> planned;
    for (const auto& r : runs) {
        const auto key = std::make_pair(r.variant, r.miner);
        if (planned[key]++ == 0) order.push_back(key);
        if (r.status == "finished") {
            finished[key].push_back(&r);
            ++table.finished;
        } else {
            table.leftOut.push_back(r);
        }
    }

    const auto referenceKey = std::make_pair(table.referenceVariant, table.referenceMiner);
    table.referencePlanned = planned.count(referenceKey) > 0;
    const auto& referenceRuns = finished[referenceKey];
    const auto referenceRecall = bySeed(referenceRuns, "recall_at_1");
    const auto referenceMap = bySeed(referenceRuns, "map_at_r");

    for (const auto& key : order) {
        BenchRow row;
        row.variant = key.first;
        row.miner = key.second;
        row.planned = planned[key];
        const auto& rowRuns = finished[key];
        row.finished = static_cast<int>(rowRuns.size());
        for (const auto& metric : table.metricKeys)
            row.metrics[metric] = summarizeSeeds(values(bySeed(rowRuns, metric)));
        row.reference = key == referenceKey;
        if (!row.reference && table.referencePlanned) {
            row.deltaRecallAt1 =
                summarizeSeeds(pairedDifferences(bySeed(rowRuns, "recall_at_1"), referenceRecall));
            row.deltaMapAtR =
                summarizeSeeds(pairedDifferences(bySeed(rowRuns, "map_at_r"), referenceMap));
        }
        std::vector<double> stepTimes;
        for (const auto* r : rowRuns)
            stepTimes.push_back(r->meanStepSeconds);
        row.stepSeconds = summarizeSeeds(stepTimes);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace grindstone
