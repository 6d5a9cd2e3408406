#include "widgets/charts/MetricChart.h"

#include <QAreaSeries>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/charts/SeriesSampling.h"

namespace grindstone::widgets {

namespace {

// A redraw never hands Qt Charts more than this many points per line: enough for the
// plot's pixel width, and cheap at the controller's refresh rate however long the run.
constexpr int kMaxPointsPerLine = 1200;

QColor lineColor(int index) {
    // Colour-blind-safe qualitative palette (Okabe-Ito, without yellow on white).
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x00, 0x00)};
    return palette[index % static_cast<int>(std::size(palette))];
}

/// The smallest of 1, 2, 5 x 10^k that is at least `rough`.
double niceStep(double rough) {
    if (!(rough > 0)) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= rough) return std::max(1.0, f * magnitude);
    return std::max(1.0, 10 * magnitude);
}

QFont smallFont(int delta = -1) {
    QFont font;
    font.setPointSize(std::max(6, font.pointSize() + delta));
    return font;
}

}  // namespace

MetricChart::MetricChart(const ChartSpec& spec, const MetricStore& store, QWidget* parent)
    : QChartView(parent), m_spec(spec), m_store(store) {
    auto* chart = new QChart();
    chart->setTitle(spec.title);
    QFont titleFont = smallFont(0);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smallFont());
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 150);  // nine fit a 1366 x 768 screen
    viewport()->setMouseTracking(true);

    m_xAxis = new QValueAxis(this);
    m_xAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_xAxis->setLabelsFont(smallFont());
    // Ticks at round step counts (0, 250, 500, ...) whatever the run's length.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    m_xAxis->setRange(0, 1);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    replaceYAxis();

    m_emptyNote = new QGraphicsSimpleTextItem(chart);
    m_emptyNote->setFont(smallFont());
    m_emptyNote->setBrush(palette().color(QPalette::PlaceholderText));
    refresh();
}

void MetricChart::setSmoothing(double smoothing) {
    smoothing = std::clamp(smoothing, 0.0, 0.999);
    if (smoothing == m_smoothing) return;
    m_smoothing = smoothing;
    refresh();
}

void MetricChart::setLogScale(bool on) {
    on = on && m_spec.logCapable;
    if (on == m_logScale) return;
    m_logScale = on;
    // Points a log axis cannot show (zeros) must be gone before the axis changes.
    for (auto* line : m_lines)
        line->clear();
    if (m_band) {
        m_bandLow->clear();
        m_bandHigh->clear();
    }
    replaceYAxis();
    refresh();
}

void MetricChart::replaceYAxis() {
    QChart* c = chart();
    if (m_yAxis) {
        c->removeAxis(m_yAxis);
        delete m_yAxis;
    }
    if (m_logScale) {
        auto* axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%.0e"));
        axis->setMinorTickCount(0);  // a grid line per decade is enough on a small chart
        m_yAxis = axis;
    } else {
        auto* axis = new QValueAxis(this);
        axis->setLabelFormat(QStringLiteral("%.5g"));
        m_yAxis = axis;
    }
    m_yAxis->setLabelsFont(smallFont());
    c->addAxis(m_yAxis, Qt::AlignLeft);
    for (auto* series : c->series())
        series->attachAxis(m_yAxis);
}

QLineSeries* MetricChart::lineFor(const QString& key, int index) {
    if (auto* line = m_lines.value(key)) return line;
    auto* line = new QLineSeries(this);
    line->setName(seriesLabel(key));
    QPen pen(lineColor(index));
    pen.setWidthF(1.5);
    line->setPen(pen);
    // Evaluations are few: show each one as a dot on its line.
    line->setPointsVisible(m_spec.source == ChartSource::Evaluations);
    chart()->addSeries(line);
    line->attachAxis(m_xAxis);
    line->attachAxis(m_yAxis);
    m_lines.insert(key, line);
    return line;
}

void MetricChart::ensureBand() {
    if (m_band) return;
    m_bandLow = new QLineSeries(this);
    m_bandHigh = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_band->setName(seriesLabel(m_spec.bandLow));
    QColor fill = lineColor(0);
    fill.setAlpha(60);
    m_band->setBrush(fill);
    m_band->setPen(QPen(fill.darker(110), 0.5));
    chart()->addSeries(m_band);
    m_band->attachAxis(m_xAxis);
    m_band->attachAxis(m_yAxis);
    // With the shape taken "from the series" Qt Charts elides an area's legend label to a
    // few letters; a plain rectangle keeps it whole.
    for (QLegendMarker* marker : chart()->legend()->markers(m_band))
        marker->setShape(QLegend::MarkerShapeRectangle);
}

void MetricChart::refresh() {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    if (m_spec.source == ChartSource::Evaluations)
        refreshEvaluations(low, high);
    else
        refreshSteps(low, high);
    m_xMax = std::max<double>(1, static_cast<double>(m_store.totalSteps()));
    applyRanges(low, high);
    placeEmptyNote();
    viewport()->update();
}

void MetricChart::refreshSteps(double& low, double& high) {
    const auto& steps = m_store.steps();
    auto widen = [&](const QList<QPointF>& points) {
        for (const QPointF& p : points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    };
    m_smoothed.clear();
    for (int i = 0; i < m_spec.keys.size(); ++i) {
        const QString& key = m_spec.keys[i];
        const QVector<double>* column = m_store.column(key);
        QList<QPointF> points;
        if (column) {
            m_smoothed.insert(key, exponentialMovingAverage(*column, m_smoothing));
            points = chartPoints(steps, m_smoothed[key], m_logScale, kMaxPointsPerLine);
        }
        if (points.isEmpty() && !m_lines.contains(key)) continue;
        // The band, when there is one, takes the first colour: the lines start after it.
        lineFor(key, m_spec.bandLow.isEmpty() ? i : i + 1)->replace(points);
        widen(points);
    }
    if (m_spec.bandLow.isEmpty()) return;
    const QVector<double>* lowColumn = m_store.column(m_spec.bandLow);
    const QVector<double>* highColumn = m_store.column(m_spec.bandHigh);
    if (!lowColumn || !highColumn) {
        if (m_band) {
            m_bandLow->clear();
            m_bandHigh->clear();
        }
        return;
    }
    ensureBand();
    const auto lowPoints = chartPoints(steps, exponentialMovingAverage(*lowColumn, m_smoothing),
                                       m_logScale, kMaxPointsPerLine, BucketReduce::Min);
    const auto highPoints = chartPoints(steps, exponentialMovingAverage(*highColumn, m_smoothing),
                                        m_logScale, kMaxPointsPerLine, BucketReduce::Max);
    m_bandLow->replace(lowPoints);
    m_bandHigh->replace(highPoints);
    widen(lowPoints);
    widen(highPoints);
}

void MetricChart::refreshEvaluations(double& low, double& high) {
    for (int i = 0; i < m_spec.keys.size(); ++i) {
        const QString& key = m_spec.keys[i];
        QList<QPointF> points;
        for (const auto& e : m_store.evaluations()) {
            const auto it = e.metrics.constFind(key);
            if (it == e.metrics.constEnd() || !std::isfinite(it.value())) continue;
            const double y = it.value() * m_spec.scale;
            points.push_back(QPointF(static_cast<double>(e.step), y));
            low = std::min(low, y);
            high = std::max(high, y);
        }
        if (points.isEmpty() && !m_lines.contains(key)) continue;
        lineFor(key, i)->replace(points);
    }
}

void MetricChart::applyRanges(double low, double high) {
    m_xAxis->setRange(0, m_xMax);
    m_xAxis->setTickInterval(niceStep(m_xMax / 5));
    if (!(low <= high)) {
        // Nothing drawn: a neutral range keeps the empty plot tidy.
        low = m_logScale ? 0.1 : 0;
        high = 1;
    }
    m_yLow = low;
    m_yHigh = high;
    if (m_logScale) {
        m_yAxis->setRange(low / 1.5, high * 1.5);
        fitLogLabels();
        return;
    }
    auto* axis = static_cast<QValueAxis*>(m_yAxis);
    if (m_spec.scale == 100) {
        // Percentages: the whole scale, so runs and moments compare at a glance.
        axis->setRange(0, 100);
        axis->setTickCount(6);
        return;
    }
    double span = high - low;
    if (span <= 0) span = std::max(std::abs(high) * 0.1, 1e-9);
    double bottom = low - 0.06 * span;
    // Counts, losses and rates never go below zero: no negative axis for rounding's sake.
    if (low >= 0 && bottom < 0) bottom = 0;
    axis->setRange(bottom, high + 0.06 * span);
    axis->applyNiceNumbers();  // round tick labels (0, 2500, 5000 rather than 0, 2610, 5210)
}

void MetricChart::placeEmptyNote() {
    const bool empty = pointCount() == 0 && (!m_band || m_bandHigh->count() == 0);
    QString note = m_spec.emptyNote.isEmpty() ? QStringLiteral("No data yet.") : m_spec.emptyNote;
    if (m_logScale && empty && !m_store.steps().isEmpty())
        note = QStringLiteral("No positive values to show on a log axis.");
    m_emptyNote->setText(note);
    m_emptyNote->setVisible(empty);
    const QRectF plot = chart()->plotArea();
    const QRectF box = m_emptyNote->boundingRect();
    m_emptyNote->setPos(plot.center() - QPointF(box.width() / 2, box.height() / 2));
}

void MetricChart::fitLogLabels() {
    // Qt Charts gives every label of a vertical axis an equal share of its height and turns
    // a label that does not fit into "...": with one label per decade over many decades a
    // short chart shows only dots. Label every 10^k-th decade instead, k as small as fits.
    auto* axis = qobject_cast<QLogValueAxis*>(m_yAxis);
    if (!axis || !(m_yLow > 0 && m_yHigh > m_yLow)) return;
    const double plotHeight =
        chart()->plotArea().height() > 0 ? chart()->plotArea().height() : 0.6 * height();
    const double lineHeight = QFontMetricsF(axis->labelsFont()).height() + 6;
    const int fitting = std::max(2, static_cast<int>(plotHeight / lineHeight));
    const double decades = std::log10(m_yHigh * 1.5) - std::log10(m_yLow / 1.5);
    const int k = std::max(1, static_cast<int>(std::ceil(decades / (fitting - 1))));
    axis->setBase(std::pow(10.0, k));
}

void MetricChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    fitLogLabels();
    placeEmptyNote();
}

int MetricChart::pointCount() const {
    int count = 0;
    for (const auto* line : m_lines)
        count += static_cast<int>(line->count());
    return count;
}

QStringList MetricChart::drawnSeries() const {
    QStringList names;
    for (const QString& key : m_spec.keys)
        if (const auto* line = m_lines.value(key); line && line->count() > 0) names << line->name();
    return names;
}

}  // namespace grindstone::widgets
