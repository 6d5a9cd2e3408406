#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <string>

namespace grindstone::widgets {

/// Core's figures by key (a step's scalars, an evaluation's metrics) as the store keeps them.
QHash<QString, double> toMetricHash(const std::map<std::string, double>& values);

/// One evaluation on the test classes; figures are fractions keyed as in the metrics log
/// (recall_at_1, map_at_r, nmi, ...).
struct EvaluationPoint {
    qint64 step = 0;
    bool final = false;
    QHash<QString, double> metrics;
};

/// A moment worth a chart marker: checkpoint, lr_drop, resume, rollback, warning, ...
struct EventPoint {
    qint64 step = 0;
    QString kind;
    QString message;
};

/// The curves of one run as the charts show them: per-step scalars in columns aligned with
/// steps() (NaN where a step lacks a key), evaluations and events. Filled live by the training
/// controller or at once from a run's metrics.jsonl; views redraw on changed(), which commit()
/// emits once per batch of appends so a burst of steps costs one repaint.
class MetricStore : public QObject {
    Q_OBJECT
public:
    explicit MetricStore(QObject* parent = nullptr);

    void clear();
    /// A step at or before the last one means training went back to an earlier checkpoint
    /// (a resumed crash, or a rollback after a non-finite loss): the later points are dropped,
    /// and a "rollback" event is recorded unless the run reported one at that step.
    void appendStep(qint64 step, const QHash<QString, double>& scalars);
    void appendEvaluation(const EvaluationPoint& point);
    void appendEvent(const EventPoint& event);
    void setTotalSteps(qint64 steps);
    /// The same evaluation figures for nearest neighbours on raw pixels (keyed like an
    /// evaluation's metrics): the level a learned embedding has to beat.
    void setFloor(const QHash<QString, double>& floor);
    /// Emits changed() if anything was appended since the last commit.
    void commit();

    const QVector<qint64>& steps() const { return m_steps; }
    /// Column of `key` aligned with steps(), or nullptr when no step has it.
    const QVector<double>* column(const QString& key) const;
    QStringList keys() const { return m_columns.keys(); }
    const QVector<EvaluationPoint>& evaluations() const { return m_evaluations; }
    const QVector<EventPoint>& events() const { return m_events; }
    qint64 totalSteps() const { return m_totalSteps; }
    const QHash<QString, double>& floor() const { return m_floor; }
    qint64 lastStep() const { return m_steps.isEmpty() ? 0 : m_steps.last(); }

Q_SIGNALS:
    void changed();

private:
    void dropFrom(qint64 step);

    QVector<qint64> m_steps;
    QHash<QString, QVector<double>> m_columns;
    QVector<EvaluationPoint> m_evaluations;
    QVector<EventPoint> m_events;
    QHash<QString, double> m_floor;
    qint64 m_totalSteps = 0;
    bool m_dirty = false;
};

}  // namespace grindstone::widgets
