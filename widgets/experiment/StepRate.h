#pragma once

#include <QString>
#include <QtGlobal>

#include <deque>
#include <utility>

namespace grindstone::widgets {

/// Training speed over the recent past (a window of training time, so an evaluation or a
/// pause does not count as slow steps) and the time left at that speed.
class StepRate {
public:
    void reset() { m_samples.clear(); }
    /// One step report: the step and the run's training time so far in seconds.
    void add(qint64 step, double trainingSeconds);
    /// 0 until two steps are known.
    double stepsPerSecond() const;
    /// Seconds of training left to reach `totalSteps`; negative when unknown.
    double secondsLeft(qint64 totalSteps) const;

private:
    std::deque<std::pair<qint64, double>> m_samples;
};

/// "45 s", "3 min 05 s", "2 h 04 min".
QString formatDuration(double seconds);

}  // namespace grindstone::widgets
