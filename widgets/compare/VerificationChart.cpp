#include "widgets/compare/VerificationChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "widgets/compare/OverlayChart.h"

namespace grindstone::widgets {
namespace {

// DET axes run from 0.01 % to 60 %: below, a sample of pairs measures nothing reliably; above,
// an operating point is useless.
constexpr double kDetLow = 1e-4, kDetHigh = 0.6;

/// Ticks of the DET axes: the rate and its label.
const QVector<QPair<double, QString>>& detTicks() {
    static const QVector<QPair<double, QString>> ticks = {
        {1e-4, QStringLiteral("0.01")}, {1e-3, QStringLiteral("0.1")}, {1e-2, QStringLiteral("1")},
        {5e-2, QStringLiteral("5")},    {0.2, QStringLiteral("20")},   {0.5, QStringLiteral("50")}};
    return ticks;
}

QCategoryAxis* detAxis(const QString& title) {
    auto* axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto& [rate, label] : detTicks())
        axis->append(label, VerificationChart::normalDeviate(rate));
    axis->setRange(VerificationChart::normalDeviate(kDetLow),
                   VerificationChart::normalDeviate(kDetHigh));
    return axis;
}

}  // namespace

double VerificationChart::normalDeviate(double rate) {
    // Bisection on the normal CDF 0.5 erfc(-x / sqrt 2): monotone, and 60 halvings of
    // [-9, 9] are far below a pixel.
    const double p = std::clamp(rate, 1e-12, 1 - 1e-12);
    double low = -9, high = 9;
    for (int i = 0; i < 60; ++i) {
        const double mid = (low + high) / 2;
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < p ? low : high) = mid;
    }
    return (low + high) / 2;
}

VerificationChart::VerificationChart(Kind kind, QWidget* parent)
    : QChartView(parent), m_kind(kind) {
    chart()->setTitle(kind == Kind::Roc ? tr("ROC: true-accept rate (%)")
                                        : tr("DET: false-reject rate (%)"));
    chart()->legend()->hide();  // the comparison's one legend names the colours
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);  // as the curves beside it: the page fits where they do
}

void VerificationChart::setRuns(const QVector<Run>& runs) {
    QChart* c = chart();
    clearChart(c);
    // The ROC's FAR axis starts where the pairs measure ten false accepts: below, a rate
    // rests on a handful of pairs.
    double smallestFar = 1e-2;
    for (const Run& run : runs)
        if (run.report && run.report->test.negativePairs > 0)
            smallestFar =
                std::min(smallestFar, 10.0 / static_cast<double>(run.report->test.negativePairs));

    QAbstractAxis *x = nullptr, *y = nullptr;
    if (m_kind == Kind::Roc) {
        auto* far = new QLogValueAxis;
        far->setBase(10);
        far->setLabelFormat(QStringLiteral("%g"));
        far->setTitleText(tr("false-accept rate (log)"));
        far->setRange(std::pow(10.0, std::floor(std::log10(smallestFar))), 1);
        auto* tar = new QValueAxis;
        tar->setRange(0, 100);
        tar->setLabelFormat(QStringLiteral("%.0f"));
        x = far;
        y = tar;
    } else {
        x = detAxis(tr("false-accept rate (%)"));
        y = detAxis(QString());
    }
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    for (const Run& run : runs) {
        if (!run.report) continue;
        auto* line = new QLineSeries;
        line->setName(run.name);
        QPen pen(runColour(run.colourIndex));
        pen.setWidthF(1.8);
        line->setPen(pen);
        for (const RocPoint& p : run.report->test.roc) {
            const double frr = 1 - p.trueAcceptRate;
            if (m_kind == Kind::Roc) {
                if (p.falseAcceptRate > 0)  // the log axis clips what lies left of it
                    line->append(p.falseAcceptRate, 100 * p.trueAcceptRate);
            } else if (p.falseAcceptRate > 0 && frr > 0) {
                // Points beyond the axes stay: the chart clips the line at its frame.
                line->append(normalDeviate(p.falseAcceptRate), normalDeviate(frr));
            }
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

QStringList VerificationChart::drawnSeries() const {
    return drawnLineSeries(chart());
}

}  // namespace grindstone::widgets
