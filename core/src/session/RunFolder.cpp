#include "grindstone/session/RunFolder.h"

#include <algorithm>
#include <filesystem>
#include <regex>

#include "grindstone/Error.h"

namespace grindstone {
namespace fs = std::filesystem;

Config loadRunConfig(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw InputError("'" + folder + "' is not a folder");
    const std::string path = folder + "/config.json";
    if (!fs::exists(path, ec) || !fs::exists(folder + "/run.json", ec))
        throw InputError("'" + folder + "' is not a Grindstone run (no config.json / run.json)");
    Config config;
    config.mergeJsonFile(path);
    return config;
}

std::vector<int64_t> checkpointSteps(const std::string& folder) {
    std::vector<int64_t> steps;
    static const std::regex name(R"(step-(\d+)\.pt)");
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(folder) / "checkpoints", ec)) {
        std::smatch m;
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, m, name)) steps.push_back(std::stoll(m[1]));
    }
    std::sort(steps.begin(), steps.end());
    return steps;
}

std::string newestCheckpoint(const std::string& folder) {
    const auto steps = checkpointSteps(folder);
    if (steps.empty()) throw InputError("run '" + folder + "' has no checkpoint in checkpoints/");
    char name[64];
    std::snprintf(name, sizeof(name), "step-%08lld.pt", static_cast<long long>(steps.back()));
    return (fs::path(folder) / "checkpoints" / name).string();
}

}  // namespace grindstone
