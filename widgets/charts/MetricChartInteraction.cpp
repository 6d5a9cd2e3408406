// MetricChart's interaction: event markers and the hover crosshair drawn over the plot, the
// hover read-out, the context menu and the exports.
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "widgets/charts/ChartExport.h"
#include "widgets/charts/MarkerStyle.h"
#include "widgets/charts/MetricChart.h"

namespace grindstone::widgets {

namespace {

// Markers and data points this close to the mouse (in pixels) count as hovered.
constexpr double kHoverPixels = 5;

QString number(double v) {
    return QLocale().toString(v, 'g', 5);
}

}  // namespace

QRectF MetricChart::scenePlotArea() const {
    return chart()->mapRectToScene(chart()->plotArea());
}

double MetricChart::sceneXOf(double step) const {
    const QRectF plot = scenePlotArea();
    return plot.left() + step / m_xMax * plot.width();
}

double MetricChart::stepAt(double sceneX) const {
    const QRectF plot = scenePlotArea();
    return plot.width() > 0 ? (sceneX - plot.left()) / plot.width() * m_xMax : 0;
}

void MetricChart::drawForeground(QPainter* painter, const QRectF& rect) {
    QChartView::drawForeground(painter, rect);
    const QRectF plot = scenePlotArea();
    if (plot.width() <= 0) return;
    painter->save();
    painter->setClipRect(plot);
    auto vertical = [&](double step, const MarkerStyle& style) {
        QPen pen(style.color, 1, style.pen);
        painter->setPen(pen);
        const double x = sceneXOf(step);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    };
    for (const auto& event : m_store.events())
        if (event.kind != QLatin1String("warning"))
            vertical(static_cast<double>(event.step), markerStyle(event.kind));
    // Evaluations: a short tick on the bottom edge (the retrieval chart has their values).
    const MarkerStyle evaluation = markerStyle(QStringLiteral("evaluation"));
    painter->setPen(QPen(evaluation.color, 2));
    for (const auto& e : m_store.evaluations()) {
        const double x = sceneXOf(static_cast<double>(e.step));
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() - 6));
    }
    if (m_hoverStep >= 0) {
        painter->setPen(QPen(QColor(0, 0, 0, 90), 1));
        const double x = sceneXOf(m_hoverStep);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->restore();
}

QString MetricChart::eventsNear(double step, double tolerance) const {
    QString text;
    for (const auto& event : m_store.events())
        if (std::abs(static_cast<double>(event.step) - step) <= tolerance)
            text += tr("\n%1 at step %2: %3")
                        .arg(markerStyle(event.kind).label)
                        .arg(event.step)
                        .arg(event.message);
    return text;
}

QString MetricChart::stepHover(double step, double tolerance) const {
    const auto& steps = m_store.steps();
    if (steps.isEmpty()) return {};
    const qint64 target = std::llround(step);
    auto it = std::lower_bound(steps.begin(), steps.end(), target);
    if (it == steps.end())
        --it;
    else if (it != steps.begin() && target - *(it - 1) < *it - target)
        --it;
    const qsizetype row = it - steps.begin();
    if (std::abs(static_cast<double>(*it) - step) > std::max(tolerance, 1.0)) return {};
    QString text = tr("step %1").arg(*it);
    bool any = false;
    auto add = [&](const QString& key, const QString& label) {
        const QVector<double>* column = m_store.column(key);
        if (!column || !std::isfinite(column->at(row))) return;
        any = true;
        text += QStringLiteral("\n%1: %2").arg(label, number(column->at(row)));
        const auto smoothed = m_smoothed.constFind(key);
        if (m_smoothing > 0 && smoothed != m_smoothed.constEnd())
            text += tr(" (smoothed %1)").arg(number(smoothed->at(row)));
    };
    for (const QString& key : m_spec.keys)
        add(key, seriesLabel(key));
    if (!m_spec.bandLow.isEmpty()) {
        add(m_spec.bandLow, tr("min"));
        add(m_spec.bandHigh, tr("max"));
    }
    const QString events = eventsNear(static_cast<double>(*it), tolerance);
    return any || !events.isEmpty() ? text + events : QString();
}

QString MetricChart::evaluationHover(double step, double tolerance) const {
    const auto& evaluations = m_store.evaluations();
    const EvaluationPoint* nearest = nullptr;
    for (const auto& e : evaluations)
        if (!nearest || std::abs(static_cast<double>(e.step) - step) <
                            std::abs(static_cast<double>(nearest->step) - step))
            nearest = &e;
    if (!nearest || std::abs(static_cast<double>(nearest->step) - step) > tolerance) return {};
    QString text = tr("evaluation at step %1%2")
                       .arg(nearest->step)
                       .arg(nearest->final ? tr(" (final, every test image)") : QString());
    for (const QString& key : m_spec.keys)
        if (nearest->metrics.contains(key))
            text +=
                QStringLiteral("\n%1: %2")
                    .arg(seriesLabel(key))
                    .arg(QLocale().toString(nearest->metrics.value(key) * m_spec.scale, 'f', 2));
    return text + eventsNear(static_cast<double>(nearest->step), tolerance);
}

QString MetricChart::hoverText(double step) const {
    const QRectF plot = scenePlotArea();
    const double tolerance = plot.width() > 0 ? kHoverPixels * m_xMax / plot.width() : 0;
    return m_spec.source == ChartSource::Evaluations ? evaluationHover(step, tolerance)
                                                     : stepHover(step, tolerance);
}

void MetricChart::mouseMoveEvent(QMouseEvent* event) {
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QRectF plot = scenePlotArea();
    double hover = -1;
    QString text;
    if (plot.contains(scenePos)) {
        hover = stepAt(scenePos.x());
        text = hoverText(hover);
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    if (hover != m_hoverStep) {
        m_hoverStep = hover;
        viewport()->update();
    }
}

void MetricChart::leaveEvent(QEvent* event) {
    QChartView::leaveEvent(event);
    m_hoverStep = -1;
    viewport()->update();
}

void MetricChart::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    QAction* log = menu.addAction(tr("Log scale"));
    log->setCheckable(true);
    log->setChecked(m_logScale);
    log->setEnabled(m_spec.logCapable);
    menu.addSeparator();
    QAction* png = menu.addAction(tr("Export image (PNG)..."));
    QAction* csv = menu.addAction(tr("Export data (CSV)..."));
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == log) {
        setLogScale(log->isChecked());
    } else if (chosen == png) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart image"),
                                                          // i18n: a file name
                                                          m_spec.id + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QToolTip::showText(event->globalPos(), tr("Could not write %1").arg(path));
    } else if (chosen == csv) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"),
                                                          // i18n: a file name
                                                          m_spec.id + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QToolTip::showText(event->globalPos(), error);
    }
}

bool MetricChart::exportPng(const QString& path) {
    const double hover = m_hoverStep;
    m_hoverStep = -1;  // no crosshair in the exported image
    const bool ok = grab().save(path, "PNG");
    m_hoverStep = hover;
    return ok;
}

bool MetricChart::exportCsv(const QString& path, QString* error) const {
    return writeTextFile(path, chartCsv(m_spec, m_store), error);
}

}  // namespace grindstone::widgets
