#include "grindstone/session/RunListing.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/RunFolder.h"
#include "session/JsonIntegers.h"
#include "session/VerificationJson.h"

namespace grindstone {
namespace fs = std::filesystem;

bool runIsLive(const std::string& folder) {
    const int fd = ::open((folder + "/.lock").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    // A writer holds an exclusive lock for its lifetime; the kernel drops it when the process
    // dies, however it dies, so a free lock on a "running" run means it crashed.
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

namespace {

/// Seconds from one UTC ISO 8601 stamp ("2026-11-28T21:31:05Z") to another; 0 when either
/// does not parse (older or hand-edited files).
double secondsBetween(const std::string& from, const std::string& to) {
    auto parse = [](const std::string& text, std::time_t& out) {
        std::tm tm{};
        std::istringstream in(text);
        in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%S");
        if (in.fail()) return false;
        out = timegm(&tm);
        return true;
    };
    std::time_t a = 0, b = 0;
    if (!parse(from, a) || !parse(to, b) || b < a) return 0;
    return std::difftime(b, a);
}

}  // namespace

RunSummary summariseRun(const std::string& folderText) {
    const fs::path folder(folderText);
    RunSummary s;
    s.folder = folder.string();
    const std::string runPath = (folder / "run.json").string();
    try {
        checkRunFile(runPath);
        const auto run = nlohmann::json::parse(readWholeFile(runPath));
        s.status = run.at("status").get<std::string>();
        s.method = run.value("method", "");
        s.miner = run.value("miner", "");
        s.step = jsonfields::integerOr<int64_t>(run, "step", 0);
        s.totalSteps = jsonfields::integerOr<int64_t>(run, "total_steps", 0);
        s.dataset = run.value("dataset", "");
        s.seed = jsonfields::integerOr<long long>(run, "seed", 0);
        s.created = run.value("created", "");
        s.updated = run.value("updated", "");
        s.wallSeconds = secondsBetween(s.created, s.updated);
        if (const auto reason = run.find("stop_reason"); reason != run.end() && reason->is_string())
            s.stopReason = reason->get<std::string>();
        if (const auto history = run.find("world_sizes");
            history != run.end() && history->is_array()) {
            for (const auto& entry : *history)
                s.worldSizes.emplace_back(jsonfields::integerAt<int64_t>(entry, "from_step"),
                                          jsonfields::integerAt<int>(entry, "world_size"));
            if (!s.worldSizes.empty()) s.worldSize = s.worldSizes.back().second;
        }
        for (const auto& [field, metrics] :
             {std::pair{"final_metrics", &s.finalMetrics}, {"raw_pixel_floor", &s.rawPixelFloor}})
            if (run.contains(field) && run[field].is_object())
                for (const auto& [key, value] : run[field].items())
                    if (value.is_number()) (*metrics)[key] = value.get<double>();
        if (const auto field = run.find("final_verification"); field != run.end())
            s.verification = verificationFromJson(*field);
    } catch (const nlohmann::json::exception& e) {
        s.status = "damaged";
        s.problem = runPath + ": " + e.what();
        return s;
    } catch (const InputError& e) {
        s.status = "damaged";
        s.problem = e.what();
        return s;
    }
    try {
        s.config = loadRunConfig(s.folder).values();
    } catch (const InputError& e) {
        s.status = "damaged";
        s.problem = e.what();
        return s;
    }
    const auto steps = checkpointSteps(s.folder);
    if (!steps.empty()) {
        const std::string newest = checkpointPath(s.folder, steps.back());
        const std::string problem = checkpointProblem(newest);
        if (!problem.empty()) {
            s.status = "damaged";
            s.problem = newest + ": " + problem;
            return s;
        }
    }
    if (s.status == "running" && !runIsLive(s.folder)) s.status = "crashed";
    return s;
}

std::vector<RunSummary> listRuns(const std::string& workspace) {
    std::error_code ec;
    if (!fs::is_directory(workspace, ec))
        throw InputError("workspace '" + workspace + "' is not a folder");
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(workspace, ec))
        if (entry.is_directory() &&
            (fs::exists(entry.path() / "run.json") || fs::exists(entry.path() / "config.json")))
            folders.push_back(entry.path());
    if (ec) throw InputError("cannot read workspace '" + workspace + "': " + ec.message());
    std::sort(folders.begin(), folders.end());
    std::vector<RunSummary> runs;
    for (const auto& folder : folders)
        runs.push_back(summariseRun(folder.string()));
    return runs;
}

}  // namespace grindstone
