#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace grindstone::widgets {

/// Where a chart's points come from.
enum class ChartSource {
    Steps,       ///< per-step scalars of the metrics log
    Evaluations  ///< figures of the evaluations on the test classes
};

/// One chart of the charts tab: which keys it draws and how.
struct ChartSpec {
    QString id;  ///< file name stem of exports
    /// The title and emptyNote are English: chartText() gives them in the user's language.
    QString title;
    QStringList keys;  ///< drawn as lines, in legend order
    ChartSource source = ChartSource::Steps;
    /// Losses that span decades (the generator terms are scaled by w = 1e3) read better on a
    /// log axis; only these charts follow the log-scale switch.
    bool logCapable = false;
    double scale = 1;           ///< evaluations are fractions, shown as percent
    QString bandLow, bandHigh;  ///< optional keys drawn as a shaded min..max band
    QString emptyNote;          ///< shown while the run has none of the keys
};

/// The charts of the live view, in grid order (three per row).
const QVector<ChartSpec>& standardCharts();

/// A chart's English title or note in the user's language.
QString chartText(const QString& english);

/// Legend name of a metrics-log key ("j_real" -> "J_real", "loss_g2" -> "G2").
QString seriesLabel(const QString& key);

}  // namespace grindstone::widgets
