#include "grindstone/session/RunFolder.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone {
namespace fs = std::filesystem;

Config loadRunConfig(const std::string& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) throw InputError("'" + folder + "' is not a folder");
    const std::string path = folder + "/config.json";
    if (!fs::exists(path, ec) || !fs::exists(folder + "/run.json", ec))
        throw InputError("'" + folder + "' is not a Grindstone run (no config.json / run.json)");
    checkRunFile(folder + "/run.json");
    Config config;
    config.mergeJsonFile(path);
    return config;
}

void checkRunFile(const std::string& runPath) {
    nlohmann::json run;
    try {
        run = nlohmann::json::parse(readWholeFile(runPath));
    } catch (const nlohmann::json::exception& e) {
        throw InputError("'" + runPath + "' is damaged: " + e.what());
    }
    if (!run.is_object() || !run.contains("format_version") ||
        !run["format_version"].is_number_integer())
        throw InputError("'" + runPath + "' has no format_version: not a Grindstone run file");
    const int version = run["format_version"].get<int>();
    if (version > kSessionFormatVersion)
        throw InputError("'" + runPath + "' is session format " + std::to_string(version) +
                         ", newer than this Grindstone reads (" +
                         std::to_string(kSessionFormatVersion) + ")");
}

std::string stepFileTag(int64_t step) {
    char tag[32];
    std::snprintf(tag, sizeof(tag), "step-%08lld", static_cast<long long>(step));
    return tag;
}

std::vector<int64_t> stepsOfFiles(const std::string& dir, const std::string& extension) {
    std::vector<int64_t> steps;
    const std::string prefix = "step-";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string file = entry.path().filename().string();
        if (file.size() <= prefix.size() + extension.size() || file.rfind(prefix, 0) != 0 ||
            file.compare(file.size() - extension.size(), extension.size(), extension) != 0)
            continue;
        const std::string number =
            file.substr(prefix.size(), file.size() - prefix.size() - extension.size());
        if (number.find_first_not_of("0123456789") == std::string::npos && number.size() <= 18)
            steps.push_back(std::stoll(number));
    }
    std::sort(steps.begin(), steps.end());
    return steps;
}

std::vector<int64_t> checkpointSteps(const std::string& folder) {
    return stepsOfFiles((fs::path(folder) / "checkpoints").string(), ".pt");
}

std::string checkpointPath(const std::string& folder, int64_t step) {
    return (fs::path(folder) / "checkpoints" / (stepFileTag(step) + ".pt")).string();
}

std::string checkpointProblem(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return "cannot be opened";
    const std::streamoff size = in.tellg();
    constexpr std::streamoff kEndRecord = 22;  // zip end-of-central-directory, no comment
    if (size < kEndRecord) return "is truncated (" + std::to_string(size) + " bytes)";
    char tail[4];
    in.seekg(size - kEndRecord);
    in.read(tail, 4);
    if (!in || std::string(tail, 4) != std::string("PK\x05\x06", 4))
        return "is truncated or corrupted (no zip end record)";
    return {};
}

int removeStaleTemporaries(const std::string& folder) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(folder, ec)) {
        const fs::path& path = entry.path();
        if (entry.is_regular_file(ec) && path.extension() == ".tmp") {
            std::error_code removeError;
            if (fs::remove(path, removeError)) ++removed;
        }
    }
    return removed;
}

std::string newestCheckpoint(const std::string& folder) {
    const auto steps = checkpointSteps(folder);
    if (steps.empty()) throw InputError("run '" + folder + "' has no checkpoint in checkpoints/");
    return checkpointPath(folder, steps.back());
}

}  // namespace grindstone
