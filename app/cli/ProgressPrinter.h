#pragma once

#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <utility>

#include "grindstone/training/TrainingObserver.h"

namespace grindstone::cli {

/// Training progress on stderr: a redrawn bar with steps/s, ETA and current losses on a
/// terminal; plain lines (every few seconds of training) when not a terminal, so logs stay
/// readable.
class ProgressPrinter : public TrainingObserver {
public:
    explicit ProgressPrinter(bool terminal);
    void onStep(const StepReport& report) override;
    void onEvaluation(const EvaluationReport& report) override;
    void onEvent(const TrainingEvent& event) override;
    void finish();

private:
    std::string statusLine(const StepReport& report) const;
    void clearLine();

    bool m_terminal;
    bool m_lineOpen = false;
    std::chrono::steady_clock::time_point m_lastPrint;
    // (time, step) samples of the last half minute: the rate and ETA follow the current speed,
    // so one slow stretch (another process on the cores) does not skew them for the whole run.
    std::deque<std::pair<std::chrono::steady_clock::time_point, int64_t>> m_recent;
};

/// "R@1 0.912  R@2 ...  NMI ...  F1 ...  MAP@R ...  RP ..." on one line.
std::string metricsLine(const RetrievalMetrics& metrics);
/// The same line from figures under run.json's keys (what is missing is left out).
std::string metricsLine(const std::map<std::string, double>& byKey);
/// "180 test images", or for a query / gallery evaluation "90 test queries against a gallery
/// of 90".
std::string evaluatedImages(const EvaluationReport& report);
/// The metrics as one JSON object (recall_at_K, nmi, f1, map_at_r, r_precision, ...).
std::string metricsJsonText(const EvaluationReport& report);

}  // namespace grindstone::cli
