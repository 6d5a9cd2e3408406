// demo: the first run a newcomer makes. It trains the default method on the default data and
// reads the result against the raw-pixel floor of the same test images (a learned embedding
// has to beat the pixels it starts from) and, with --compare, against plain triplet on the same
// seed: the first thing a user sees is whether generation helped on this data. The triplet
// baseline runs at the setting its validation folds chose on the glyphs (L2-normalised
// embeddings, margin 1.0, lr_metric 3e-3): a baseline left at the generating methods'
// settings would make generation look better than it is.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "CliCommon.h"
#include "TrainCommand.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/RunListing.h"
#include "grindstone/session/TrainingRun.h"

namespace grindstone::cli {
namespace {

struct DemoRow {
    std::string label;
    std::map<std::string, double> metrics;
};

double figure(const std::map<std::string, double>& metrics, const char* key) {
    const auto it = metrics.find(key);
    return it == metrics.end() ? 0.0 : 100 * it->second;
}

void printTable(const std::vector<DemoRow>& rows) {
    std::printf("\n%-34s %9s %9s\n", "", "Recall@1", "MAP@R");
    for (const DemoRow& row : rows)
        std::printf("%-34s %9.2f %9.2f\n", row.label.c_str(), figure(row.metrics, "recall_at_1"),
                    figure(row.metrics, "map_at_r"));
}

/// Triplet's setting chosen on the glyphs' validation folds: the baseline --compare trains.
const std::vector<std::pair<const char*, const char*>> kValidatedTriplet = {
    {"normalize", "true"}, {"metric_margin", "1.0"}, {"lr_metric", "3e-3"}};

}  // namespace

int runDemo(Args args) {
    const bool compare = takeFlag(args, "--compare");
    const std::string workspace = takeOption(args, "--workspace");
    Args rest;
    const Config config = configFromArgs(args, rest);
    expectNoMore(rest, "demo");
    if (config.text("dataset") == kGlyphDatasetName) ensureDefaultGlyphs();

    const std::string method = config.text("method");
    std::vector<Config> configs{config};
    if (compare && method != "triplet") {
        Config triplet = config;
        triplet.set("method", "triplet");
        for (const auto& [key, value] : kValidatedTriplet)
            triplet.set(key, value);
        configs.push_back(triplet);
    }
    std::vector<DemoRow> rows;
    std::map<std::string, double> floor;
    std::vector<std::string> folders;
    for (size_t i = 0; i < configs.size(); ++i) {
        const Config& c = configs[i];
        TrainingRun run(c, defaultRunFolder(c, workspace));
        std::cerr << "\n[" << i + 1 << "/" << configs.size() << "] training " << c.text("method");
        if (i == 0) {
            std::cerr << " (the default method)";
        } else {
            std::cerr << " (plain triplet at its validated setting:";
            for (const auto& [key, value] : kValidatedTriplet)
                std::cerr << ' ' << key << ' ' << value
                          << (key == kValidatedTriplet.back().first ? "" : ",");
            std::cerr << "; same seed and data)";
        }
        std::cerr << ", " << c.text("steps") << " steps, seed " << c.text("seed") << ", on "
                  << c.text("dataset") << '\n';
        if (const int code = trainToEnd(run); code != 0) return code;
        const RunSummary summary = summariseRun(run.folder());
        rows.push_back({i == 0 ? c.text("method") : "triplet (normalised)", summary.finalMetrics});
        if (floor.empty()) floor = summary.rawPixelFloor;
        folders.push_back(run.folder());
    }

    // The floor first, then the baseline (plain triplet), then the default method: each row
    // reads against the ones above it.
    std::vector<DemoRow> table;
    if (!floor.empty()) table.push_back({"raw pixels, no training (floor)", floor});
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        table.push_back(*it);
    printTable(table);
    if (rows.size() == 2) {
        const auto& mine = rows[0].metrics;
        const auto& base = rows[1].metrics;
        std::printf(
            "\n%s vs triplet on this seed: Recall@1 %+.2f, MAP@R %+.2f (one seed; "
            "grindstone-cli bench --seeds 5 pairs several)\n",
            rows[0].label.c_str(), figure(mine, "recall_at_1") - figure(base, "recall_at_1"),
            figure(mine, "map_at_r") - figure(base, "map_at_r"));
    }
    for (const std::string& folder : folders)
        std::printf("run: %s\n", folder.c_str());
    return 0;
}

}  // namespace grindstone::cli
