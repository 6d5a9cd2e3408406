#include <cstdio>
#include <filesystem>
#include <iostream>

#include "CliCommon.h"
#include "grindstone/session/RunListing.h"

namespace grindstone::cli {

int runRuns(Args args) {
    const std::string workspace = args.empty() ? defaultWorkspace() : args.front();
    if (!args.empty()) args.erase(args.begin());
    expectNoMore(args, "runs");
    const auto runs = listRuns(workspace);
    std::printf("%-9s %-10s %-18s %13s %7s %7s  %s\n", "STATUS", "METHOD", "MINER", "STEPS", "R@1",
                "MAP@R", "RUN");
    for (const auto& r : runs) {
        const std::string name = std::filesystem::path(r.folder).filename().string();
        if (r.status == "damaged") {
            std::printf("%-9s %-10s %-18s %13s %7s %7s  %s\n      %s\n", "damaged", "-", "-", "-",
                        "-", "-", name.c_str(), r.problem.c_str());
            continue;
        }
        auto metric = [&](const char* key) {
            const auto it = r.finalMetrics.find(key);
            char text[32] = "-";
            if (it != r.finalMetrics.end())
                std::snprintf(text, sizeof(text), "%.2f", 100 * it->second);
            return std::string(text);
        };
        const std::string steps = std::to_string(r.step) + "/" + std::to_string(r.totalSteps);
        std::printf("%-9s %-10s %-18s %13s %7s %7s  %s\n", r.status.c_str(), r.method.c_str(),
                    r.miner.c_str(), steps.c_str(), metric("recall_at_1").c_str(),
                    metric("map_at_r").c_str(), name.c_str());
    }
    std::cout << runs.size() << " run(s) in " << workspace << '\n';
    return 0;
}

}  // namespace grindstone::cli
