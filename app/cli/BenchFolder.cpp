#include "BenchFolder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "grindstone/Error.h"
#include "grindstone/bench/BenchReport.h"
#include "grindstone/bench/BenchRuns.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone::cli {
namespace fs = std::filesystem;

BenchFolder::BenchFolder(const std::string& path, const BenchPlan& plan)
    : m_path(path), m_plan(plan) {
    const std::string planPath = (fs::path(path) / "bench.json").string();
    std::error_code ec;
    if (fs::exists(planPath, ec)) {
        lock();
        std::vector<std::string> differences;
        try {
            differences = benchPlanDifferences(readWholeFile(planPath), planPath, plan);
        } catch (...) {
            ::close(m_lockFd);  // the destructor does not run for a throwing constructor
            throw;
        }
        if (!differences.empty()) {
            ::close(m_lockFd);
            std::string message = "'" + path +
                                  "' holds a bench with another plan; continue it with the same "
                                  "arguments or choose another --out folder. Differences:";
            for (const auto& d : differences)
                message += "\n  " + d;
            throw InputError(message);
        }
        m_continued = true;
        return;
    }
    if (fs::exists(path, ec) && !(fs::is_directory(path, ec) && fs::is_empty(path, ec)))
        throw InputError("'" + path +
                         "' exists and is not a bench folder (no bench.json); choose a new or "
                         "empty --out folder");
}

void BenchFolder::create(const RawPixelBaseline& rawPixels) {
    std::error_code ec;
    fs::create_directories(m_path, ec);
    if (ec) throw InputError("cannot create bench folder '" + m_path + "': " + ec.message());
    lock();
    writeFileAtomically((fs::path(m_path) / "bench.json").string(), benchPlanJson(m_plan));
    storeRawPixels(rawPixels);
    syncDirectory(m_path);
}

BenchFolder::~BenchFolder() {
    if (m_lockFd >= 0) ::close(m_lockFd);
}

void BenchFolder::lock() {
    // The kernel drops the lock however the process ends, so a killed bench never blocks the
    // next one.
    const std::string lockPath = (fs::path(m_path) / ".bench.lock").string();
    m_lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_lockFd < 0) throw InputError("cannot create '" + lockPath + "'");
    if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0)
        throw InputError("another bench is running in '" + m_path + "'");
}

std::string BenchFolder::runFolder(const BenchEntry& entry) const {
    return (fs::path(m_path) / entry.name).string();
}

std::string BenchFolder::setAside(const BenchEntry& entry) const {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
    const std::string base = runFolder(entry) + ".damaged-" + stamp;
    std::string target = base;
    for (int i = 2; fs::exists(target); ++i)
        target = base + "-" + std::to_string(i);
    std::error_code ec;
    fs::rename(runFolder(entry), target, ec);
    if (ec)
        throw InputError("cannot move damaged run '" + runFolder(entry) + "' to '" + target +
                         "': " + ec.message());
    return target;
}

const RawPixelBaseline& BenchFolder::rawPixels() {
    if (m_haveRawPixels) return m_rawPixels;
    const std::string cache = (fs::path(m_path) / "raw_pixels.json").string();
    std::error_code ec;
    // A damaged cache is only a lost shortcut: compute again below.
    if (fs::exists(cache, ec) && parseRawPixelBaseline(readWholeFile(cache), m_rawPixels)) {
        m_haveRawPixels = true;
        return m_rawPixels;
    }
    // The first run's config: the plan's dataset, split, Recall@K Ks and first seed.
    const Config& config = m_plan.entries.front().config;
    std::vector<std::string> warnings;
    storeRawPixels(computeRawPixelBaseline(loadDataset(config, warnings), config));
    return m_rawPixels;
}

void BenchFolder::storeRawPixels(const RawPixelBaseline& rawPixels) {
    m_rawPixels = rawPixels;
    m_haveRawPixels = true;
    writeFileAtomically((fs::path(m_path) / "raw_pixels.json").string(),
                        rawPixelBaselineJson(rawPixels));
}

std::vector<BenchRunResult> BenchFolder::writeResults() {
    auto runs = readBenchRuns(m_plan, m_path);
    const BenchTable table = buildBenchTable(runs, recallKs(m_plan.request.base));
    writeFileAtomically((fs::path(m_path) / "results.md").string(),
                        benchResultsMarkdown(table, m_plan, rawPixels()));
    writeFileAtomically((fs::path(m_path) / "results.csv").string(),
                        benchResultsCsv(table, rawPixels()));
    return runs;
}

}  // namespace grindstone::cli
