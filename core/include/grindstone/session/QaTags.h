#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace grindstone {

/// A QA reviewer's verdict on one generated sample of a run's probe batch.
struct QaTag {
    int64_t step = 0;     ///< the probe step (probe/step-NNNNNNNN)
    std::string stage;    ///< the stage file there, e.g. "g2_negative"
    int64_t row = 0;      ///< the triplet's row in that stage
    std::string verdict;  ///< "accepted", "rejected" or "" (a note only)
    std::string note;
    std::string reviewer;
    std::string time;  ///< UTC ISO 8601 of the last change (set by the store)
};

/// Tags per probe step and stage, for review progress and summaries.
struct QaTagSummary {
    int64_t step = 0;
    std::string stage;
    int64_t accepted = 0, rejected = 0, notes = 0;
};

/// The QA tags of one run: qa/tags.json in its folder (sessions/README.md), saved atomically on
/// every change so a verdict is never lost to a crash.
class QaTagStore {
public:
    /// Reads the run's tags (none yet is fine). Throws InputError naming the file when it is
    /// damaged or from a newer format.
    explicit QaTagStore(const std::string& runFolder);

    /// Adds or replaces the tag of (step, stage, row) and saves; a tag with neither verdict nor
    /// note removes it. Throws InputError on an unknown verdict.
    void set(QaTag tag);
    const QaTag* find(int64_t step, const std::string& stage, int64_t row) const;
    /// Sorted by step, stage, row.
    const std::vector<QaTag>& tags() const { return m_tags; }
    std::vector<QaTagSummary> summary() const;

    /// One row per tag: step,stage,row,verdict,note,reviewer,time (RFC 4180 quoting).
    void exportCsv(const std::string& path) const;
    /// The same as a JSON array of objects.
    void exportJson(const std::string& path) const;

private:
    void save() const;
    std::string m_path;
    std::vector<QaTag> m_tags;
};

}  // namespace grindstone
