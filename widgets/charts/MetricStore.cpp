#include "widgets/charts/MetricStore.h"

#include <algorithm>
#include <limits>

namespace grindstone::widgets {

QHash<QString, double> toMetricHash(const std::map<std::string, double>& values) {
    QHash<QString, double> out;
    out.reserve(static_cast<qsizetype>(values.size()));
    for (const auto& [key, value] : values)
        out.insert(QString::fromStdString(key), value);
    return out;
}

namespace {
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
}

MetricStore::MetricStore(QObject* parent) : QObject(parent) {}

void MetricStore::clear() {
    m_steps.clear();
    m_columns.clear();
    m_evaluations.clear();
    m_events.clear();
    m_floor.clear();
    m_totalSteps = 0;
    m_dirty = true;
}

void MetricStore::dropFrom(qint64 step) {
    const auto first = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    const qsizetype keep = first - m_steps.begin();
    const qsizetype dropped = m_steps.size() - keep;
    m_steps.resize(keep);
    for (auto& column : m_columns)
        column.resize(keep);
    m_evaluations.erase(std::remove_if(m_evaluations.begin(), m_evaluations.end(),
                                       [&](const EvaluationPoint& e) { return e.step >= step; }),
                        m_evaluations.end());
    m_events.erase(std::remove_if(m_events.begin(), m_events.end(),
                                  [&](const EventPoint& e) { return e.step >= step; }),
                   m_events.end());
    // The run reports its own rollbacks (a non-finite loss sends it back to a checkpoint);
    // one marker with its reason is enough. A resumed crash has no such event: say it here.
    const bool reported = std::any_of(m_events.begin(), m_events.end(), [&](const EventPoint& e) {
        return e.step == step - 1 && e.kind == QLatin1String("rollback");
    });
    if (!reported)
        m_events.push_back({step - 1, QStringLiteral("rollback"),
                            tr("training went back to step %1; %2 later logged steps discarded")
                                .arg(step - 1)
                                .arg(dropped)});
}

void MetricStore::appendStep(qint64 step, const QHash<QString, double>& scalars) {
    if (!m_steps.isEmpty() && step <= m_steps.last()) dropFrom(step);
    m_steps.push_back(step);
    const qsizetype rows = m_steps.size();
    for (auto it = scalars.begin(); it != scalars.end(); ++it) {
        auto column = m_columns.find(it.key());
        if (column == m_columns.end())
            column = m_columns.insert(it.key(), QVector<double>(rows - 1, kMissing));
        column->push_back(it.value());
    }
    // Keys this step lacks stay aligned with a gap.
    for (auto& column : m_columns)
        if (column.size() < rows) column.push_back(kMissing);
    m_totalSteps = std::max(m_totalSteps, step);
    m_dirty = true;
}

void MetricStore::appendEvaluation(const EvaluationPoint& point) {
    m_evaluations.push_back(point);
    m_dirty = true;
}

void MetricStore::appendEvent(const EventPoint& event) {
    m_events.push_back(event);
    m_dirty = true;
}

void MetricStore::setTotalSteps(qint64 steps) {
    m_totalSteps = std::max(steps, lastStep());
    m_dirty = true;
}

void MetricStore::setFloor(const QHash<QString, double>& floor) {
    m_floor = floor;
    m_dirty = true;
}

void MetricStore::commit() {
    if (!m_dirty) return;
    m_dirty = false;
    Q_EMIT changed();
}

const QVector<double>* MetricStore::column(const QString& key) const {
    const auto it = m_columns.constFind(key);
    return it == m_columns.constEnd() ? nullptr : &it.value();
}

}  // namespace grindstone::widgets
