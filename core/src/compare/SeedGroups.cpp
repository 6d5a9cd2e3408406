#include "grindstone/compare/SeedGroups.h"

#include <filesystem>
#include <set>

namespace grindstone {

bool isBookkeepingOption(const std::string& key) {
    static const std::set<std::string> keys = {
        "seed",          "threads",          "eval_every",       "snapshot_every",
        "snapshot_size", "checkpoint_every", "keep_checkpoints", "log_every",
        "device"};
    return keys.count(key) > 0;
}

std::vector<SeedGroup> groupBySeed(const std::vector<RunSummary>& runs) {
    std::vector<SeedGroup> groups;
    std::vector<std::map<std::string, std::string>> keys;  // each group's learning options
    for (size_t i = 0; i < runs.size(); ++i) {
        const RunSummary& run = runs[i];
        if (run.status != "finished") continue;
        std::map<std::string, std::string> key;
        for (const auto& [option, value] : run.config)
            if (!isBookkeepingOption(option)) key[option] = value;
        size_t g = 0;
        while (g < keys.size() && keys[g] != key)
            ++g;
        if (g == keys.size()) {
            keys.push_back(key);
            SeedGroup group;
            group.label = run.method + " / " + run.miner + " / " +
                          std::filesystem::path(run.dataset).filename().string();
            groups.push_back(group);
        }
        groups[g].members.push_back(i);
        groups[g].seeds.push_back(run.seed);
    }
    // Name what else sets a group apart from the others with the same method, miner, dataset.
    std::vector<std::string> base;
    for (const auto& group : groups)
        base.push_back(group.label);
    for (size_t g = 0; g < groups.size(); ++g) {
        std::string extra;
        for (size_t h = 0; h < groups.size(); ++h) {
            if (h == g || base[h] != base[g]) continue;
            for (const auto& [option, value] : keys[g]) {
                const auto it = keys[h].find(option);
                const std::string setting = option + "=" + value;
                if ((it == keys[h].end() || it->second != value) &&
                    extra.find(setting) == std::string::npos)
                    extra += (extra.empty() ? "" : ", ") + setting;
            }
        }
        if (!extra.empty()) groups[g].label += " (" + extra + ")";
    }
    for (auto& group : groups) {
        std::map<std::string, std::vector<double>> values;
        for (size_t member : group.members)
            for (const auto& [metric, value] : runs[member].finalMetrics)
                values[metric].push_back(value);
        for (const auto& [metric, v] : values)
            group.metrics[metric] = summarizeSeeds(v);
    }
    return groups;
}

}  // namespace grindstone
