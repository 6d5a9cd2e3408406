#pragma once

#include <string>
#include <vector>

#include "grindstone/bench/BenchPlan.h"
#include "grindstone/bench/BenchTable.h"
#include "grindstone/bench/RawPixelBaseline.h"

namespace grindstone::cli {

/// The folder a bench lives in: bench.json (the plan), one session folder per run,
/// raw_pixels.json (the baseline, computed once) and results.md / results.csv.
class BenchFolder {
public:
    /// Reopens a folder that holds the same plan, or checks that a new bench may go into
    /// `path` (a new or empty folder; nothing is written until create()). Throws InputError,
    /// changing nothing, when the folder holds another plan (listing what differs), holds
    /// files but no bench.json, or another bench is running in it.
    BenchFolder(const std::string& path, const BenchPlan& plan);
    /// Makes the folder of a new bench: bench.json and the raw-pixel baseline.
    void create(const RawPixelBaseline& rawPixels);
    ~BenchFolder();
    BenchFolder(const BenchFolder&) = delete;
    BenchFolder& operator=(const BenchFolder&) = delete;

    const std::string& path() const { return m_path; }
    bool continued() const { return m_continued; }
    std::string runFolder(const BenchEntry& entry) const;

    /// Renames a damaged run's folder out of the plan's way (never deletes it) and returns
    /// the new path.
    std::string setAside(const BenchEntry& entry) const;

    /// The raw-pixel baseline, from raw_pixels.json (computed and stored again when that file
    /// is lost or damaged).
    const RawPixelBaseline& rawPixels();

    /// Reads every run's state and rewrites results.md and results.csv (atomically).
    std::vector<BenchRunResult> writeResults();

private:
    void lock();
    void storeRawPixels(const RawPixelBaseline& rawPixels);

    std::string m_path;
    const BenchPlan& m_plan;
    bool m_continued = false;
    int m_lockFd = -1;
    bool m_haveRawPixels = false;
    RawPixelBaseline m_rawPixels;
};

}  // namespace grindstone::cli
