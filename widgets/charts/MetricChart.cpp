#include "widgets/charts/MetricChart.h"

#include <QAreaSeries>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTextDocument>
#include <QTextOption>
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

QFont smallFont(int delta = -1) {
    QFont font;
    font.setPointSize(std::max(6, font.pointSize() + delta));
    return font;
}

}  // namespace

MetricChart::MetricChart(const ChartSpec& spec, const MetricStore& store, QWidget* parent)
    : QChartView(parent), m_spec(spec), m_store(store) {
    auto* chart = new QChart();
    chart->setLocalizeNumbers(true);  // the axes in the user's locale, as the hover read-out
    chart->setTitle(chartText(spec.title));
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

    m_emptyNote = new QGraphicsTextItem(chart);
    m_emptyNote->setFont(smallFont());
    m_emptyNote->setDefaultTextColor(palette().color(QPalette::PlaceholderText));
    m_emptyNote->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    m_emptyNote->document()->setDocumentMargin(0);
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
        refreshFloor(key, i, low, high);
        if (points.isEmpty() && !m_lines.contains(key)) continue;
        lineFor(key, i)->replace(points);
    }
}

void MetricChart::refreshFloor(const QString& key, int index, double& low, double& high) {
    // Only the two figures the run's verdict names: five dashed lines would bury the curves.
    if (key != QLatin1String("recall_at_1") && key != QLatin1String("map_at_r")) return;
    const auto it = m_store.floor().constFind(key);
    QLineSeries* line = m_floorLines.value(key);
    if (it == m_store.floor().constEnd()) {
        if (line) line->clear();
        return;
    }
    if (!line) {
        line = new QLineSeries(this);
        line->setName(tr("%1, raw pixels").arg(seriesLabel(key)));
        QPen pen(lineColor(index));
        pen.setWidthF(1.2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart()->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        m_floorLines.insert(key, line);
        // The chart's legend has room for the curves only; the view's footer explains the
        // dashed style once for every chart.
        for (QLegendMarker* marker : chart()->legend()->markers(line))
            marker->setVisible(false);
    }
    const double y = it.value() * m_spec.scale;
    const double end = static_cast<double>(
        std::max<qint64>(1, std::max(m_store.totalSteps(), m_store.lastStep())));
    line->replace(QList<QPointF>{QPointF(0, y), QPointF(end, y)});
    low = std::min(low, y);
    high = std::max(high, y);
}

void MetricChart::placeEmptyNote() {
    const bool empty = pointCount() == 0 && (!m_band || m_bandHigh->count() == 0);
    QString note = m_spec.emptyNote.isEmpty() ? tr("No data yet.") : chartText(m_spec.emptyNote);
    if (m_logScale && empty && !m_store.steps().isEmpty())
        note = tr("No positive values to show on a log axis.");
    m_emptyNote->setPlainText(note);
    m_emptyNote->setVisible(empty);
    const QRectF plot = chart()->plotArea();
    // A narrow chart wraps the note rather than letting it run over the axis and out.
    m_emptyNote->setTextWidth(-1);
    m_emptyNote->setTextWidth(std::min(m_emptyNote->boundingRect().width(), plot.width() - 4));
    const QRectF box = m_emptyNote->boundingRect();
    m_emptyNote->setPos(plot.center() - QPointF(box.width() / 2, box.height() / 2));
}

void MetricChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    applyRanges(m_dataLow, m_dataHigh);  // as many y labels as the new height holds
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

QList<QPointF> MetricChart::floorLine(const QString& key) const {
    const QLineSeries* line = m_floorLines.value(key);
    return line ? line->points() : QList<QPointF>();
}

}  // namespace grindstone::widgets
