#pragma once

#include <QChartView>
#include <QString>
#include <QVector>

namespace grindstone::widgets {

class MetricStore;

/// One figure of several runs in one chart, a colour per run: a per-step scalar (a loss, p_t,
/// m_t) or an evaluation metric (Recall@1, MAP@R), against the step or the training time.
class OverlayChart : public QChartView {
    Q_OBJECT
public:
    struct Run {
        QString name;
        const MetricStore* store = nullptr;
    };
    /// `key`: a step column ("j_metric") or, with `evaluation`, an evaluation metric
    /// ("recall_at_1", drawn in percent).
    OverlayChart(QString title, QString key, bool evaluation, QWidget* parent = nullptr);

    void setRuns(const QVector<Run>& runs, bool byTime);
    /// Names of the runs drawn (those with at least one point), in order.
    QStringList drawnSeries() const;
    QString key() const { return m_key; }

private:
    QString m_key;
    bool m_evaluation;
};

/// The colour of the i-th run in every comparison chart and table.
QColor runColour(int index);

/// Removes every series and axis of `chart` (before it is drawn anew); its axes' numbers then
/// follow the locale of this moment (decimal commas on a German desktop).
void clearChart(QChart* chart);
/// Names of the chart's line series that hold at least one point, in order.
QStringList drawnLineSeries(const QChart* chart);

}  // namespace grindstone::widgets
