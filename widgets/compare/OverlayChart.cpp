#include "widgets/compare/OverlayChart.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "widgets/charts/MetricStore.h"

namespace grindstone::widgets {
namespace {

/// Training seconds at `step` from the store's step records (the last record at or before it).
double secondsAt(const MetricStore& store, qint64 step) {
    const QVector<double>* time = store.column(QStringLiteral("elapsed_seconds"));
    if (!time) return NAN;
    const auto& steps = store.steps();
    double seconds = 0;
    for (int i = 0; i < steps.size() && steps[i] <= step; ++i)
        if (std::isfinite((*time)[i])) seconds = (*time)[i];
    return seconds;
}

}  // namespace

QColor runColour(int index) {
    static const QColor colours[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c),
                                     QColor(0xff7f0e), QColor(0x9467bd), QColor(0x8c564b),
                                     QColor(0xe377c2), QColor(0x17becf)};
    return colours[index % 8];
}

OverlayChart::OverlayChart(QString title, QString key, bool evaluation, QWidget* parent)
    : QChartView(parent), m_key(std::move(key)), m_evaluation(evaluation) {
    chart()->setTitle(title);
    // One legend for all charts sits above them (CompareView): a legend per chart would take
    // the height the plot needs in a window of 900 pixels.
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
}

void clearChart(QChart* chart) {
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QStringList drawnLineSeries(const QChart* chart) {
    QStringList names;
    for (QAbstractSeries* s : chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->count() > 0)
            names << line->name();
    return names;
}

void OverlayChart::setRuns(const QVector<Run>& runs, bool byTime) {
    QChart* c = chart();
    clearChart(c);
    // The x quantity (step or training seconds) is named once, by the page's x-axis choice.
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QValueAxis;
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double xMax = 1, yLow = INFINITY, yHigh = -INFINITY;
    for (int r = 0; r < runs.size(); ++r) {
        const MetricStore& store = *runs[r].store;
        auto* line = new QLineSeries;
        line->setName(runs[r].name);
        line->setColor(runColour(r));
        auto add = [&](qint64 step, double value) {
            if (!std::isfinite(value)) return;
            const double px = byTime ? secondsAt(store, step) : double(step);
            line->append(px, value);
            xMax = std::max(xMax, px);
            yLow = std::min(yLow, value);
            yHigh = std::max(yHigh, value);
        };
        if (m_evaluation) {
            for (const auto& e : store.evaluations())
                if (e.metrics.contains(m_key)) add(e.step, 100 * e.metrics.value(m_key));
        } else if (const QVector<double>* column = store.column(m_key)) {
            for (int i = 0; i < store.steps().size(); ++i)
                add(store.steps()[i], (*column)[i]);
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(0, xMax);
    // Whole-number labels: no more ticks than whole values on a short run's axis.
    x->setTickCount(std::clamp(static_cast<int>(xMax) + 1, 2, 5));
    if (yLow <= yHigh) {
        const double pad =
            yHigh > yLow ? 0.05 * (yHigh - yLow) : std::max(1e-3, std::abs(yHigh) * 0.05);
        // Losses and rates are never negative: no axis reaching below zero for them.
        y->setRange(yLow >= 0 ? std::max(0.0, yLow - pad) : yLow - pad, yHigh + pad);
    }
}

QStringList OverlayChart::drawnSeries() const {
    return drawnLineSeries(chart());
}

}  // namespace grindstone::widgets
