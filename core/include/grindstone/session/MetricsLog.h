#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace grindstone {

/// One `{"type":"step"}` line: every scalar besides type and step ("time" is the training
/// seconds so far). The log writes non-finite numbers as null; they read back as NaN.
struct LoggedStep {
    int64_t step = 0;
    std::map<std::string, double> scalars;
};

/// One `{"type":"evaluation"}` line.
struct LoggedEvaluation {
    int64_t step = 0;
    bool final = false;
    int64_t images = 0;
    double seconds = 0;
    std::map<std::string, double> metrics;  ///< recall_at_K, nmi, f1, map_at_r, r_precision
};

/// One `{"type":"event"}` line.
struct LoggedEvent {
    int64_t step = 0;
    std::string kind, message;
};

/// A run's metrics.jsonl as read back: the one reader of that file for the CLI, the bench
/// and the window.
struct MetricsLog {
    std::vector<LoggedStep> steps;
    std::vector<LoggedEvaluation> evaluations;
    std::vector<LoggedEvent> events;
    std::vector<int64_t> snapshotSteps, probeSteps;
    int lines = 0;        ///< lines read
    int skipped = 0;      ///< damaged lines left out (a crash can tear the last one)
    std::string problem;  ///< the first damaged line (file, line number, why), or why the
                          ///< file could not be read at all
};

/// Reads `runFolder`/metrics.jsonl. Never throws for the file's content: a line that is not
/// a JSON object, or whose fields have the wrong types, is skipped and counted, and the rest
/// is read. A missing or unreadable file gives an empty log with `problem` set.
MetricsLog readMetricsLog(const std::string& runFolder);

/// Training seconds per step: the last complete step line's time over its step; NaN without
/// one.
double meanStepSeconds(const MetricsLog& log);

/// How the ranks of a distributed run spent their steps: medians over the last logged steps.
struct RankStepTimes {
    int64_t steps = 0;                    ///< step lines the medians are over (0: not distributed)
    int64_t firstStep = 0, lastStep = 0;  ///< the steps of the oldest and newest of them
    std::vector<double> computeSeconds;   ///< per rank: the step outside the exchanges
    double commSeconds = 0;               ///< rank 0's time in the exchanges (waiting included)
};

/// The last `lastSteps` step lines that carry every rank's compute time (the ranks of the
/// newest line: a resume may have changed their number).
RankStepTimes rankStepTimes(const MetricsLog& log, size_t lastSteps = 50);

}  // namespace grindstone
