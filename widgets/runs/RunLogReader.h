#pragma once

#include <QString>

namespace grindstone::widgets {

class MetricStore;

/// What reading a run's log found.
struct RunLogSummary {
    int lines = 0;    ///< lines read into the store
    int skipped = 0;  ///< damaged lines left out
    QString problem;  ///< the first damaged line: file, line number and why
};

/// Loads a run folder's curves into `store` (cleared first): step lines, evaluations and
/// events of metrics.jsonl, and the step budget and raw-pixel floor from run.json. A damaged or
/// torn line is skipped and reported; the rest of the run still opens.
RunLogSummary loadRunLog(const QString& folder, MetricStore& store);

}  // namespace grindstone::widgets
