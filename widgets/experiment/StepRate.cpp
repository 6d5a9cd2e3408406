#include "widgets/experiment/StepRate.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace grindstone::widgets {

namespace {
// Long enough to average out batch-to-batch noise, short enough to follow a slowdown.
constexpr double kWindowSeconds = 20;
}  // namespace

void StepRate::add(qint64 step, double trainingSeconds) {
    // A step at or before the last one starts a new stretch (a resumed or restarted run).
    if (!m_samples.empty() &&
        (step <= m_samples.back().first || trainingSeconds < m_samples.back().second))
        m_samples.clear();
    m_samples.emplace_back(step, trainingSeconds);
    while (m_samples.size() > 2 && trainingSeconds - m_samples[1].second >= kWindowSeconds)
        m_samples.pop_front();
}

double StepRate::stepsPerSecond() const {
    if (m_samples.size() < 2) return 0;
    const double seconds = m_samples.back().second - m_samples.front().second;
    const double steps = static_cast<double>(m_samples.back().first - m_samples.front().first);
    return seconds > 0 ? steps / seconds : 0;
}

double StepRate::secondsLeft(qint64 totalSteps) const {
    const double rate = stepsPerSecond();
    if (rate <= 0 || m_samples.empty()) return -1;
    return static_cast<double>(std::max<qint64>(0, totalSteps - m_samples.back().first)) / rate;
}

QString formatDuration(double seconds) {
    const auto total = static_cast<qint64>(std::llround(std::max(0.0, seconds)));
    if (total < 60) return QCoreApplication::translate("Duration", "%1 s").arg(total);
    if (total < 3600)
        return QCoreApplication::translate("Duration", "%1 min %2 s")
            .arg(total / 60)
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Duration", "%1 h %2 min")
        .arg(total / 3600)
        .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

}  // namespace grindstone::widgets
