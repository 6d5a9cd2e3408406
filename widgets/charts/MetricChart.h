#pragma once

#include <QChartView>
#include <QHash>
#include <QVector>

#include "widgets/charts/ChartSpec.h"
#include "widgets/charts/MetricStore.h"

class QAreaSeries;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace grindstone::widgets {

/// One chart of a run's curves: a line per key of its spec, event markers drawn as vertical
/// lines over the plot, a hover read-out of every value at the step under the mouse, and a
/// context menu to switch the log axis and export the image (PNG) or the data (CSV).
class MetricChart : public QChartView {
    Q_OBJECT
public:
    MetricChart(const ChartSpec& spec, const MetricStore& store, QWidget* parent = nullptr);

    const ChartSpec& spec() const { return m_spec; }
    /// EMA weight in [0, 1) applied to step curves; 0 draws the raw values.
    void setSmoothing(double smoothing);
    /// Log y axis; ignored unless the spec is log-capable.
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }
    /// Redraws from the store.
    void refresh();

    /// Points drawn over all lines (the band not counted).
    int pointCount() const;
    /// Legend names of the lines that have points.
    QStringList drawnSeries() const;
    /// The dashed raw-pixel level drawn for `key` (its two ends), empty when none is drawn.
    QList<QPointF> floorLine(const QString& key) const;
    /// The hover read-out at `step` (what the tooltip shows there); empty off the data.
    QString hoverText(double step) const;
    bool exportPng(const QString& path);
    bool exportCsv(const QString& path, QString* error) const;

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QLineSeries* lineFor(const QString& key, int index);
    void refreshFloor(const QString& key, int index, double& low, double& high);
    void ensureBand();
    void replaceYAxis();
    void refreshSteps(double& low, double& high);
    void refreshEvaluations(double& low, double& high);
    void applyRanges(double low, double high);
    int labelSlots() const;
    void placeEmptyNote();
    QRectF scenePlotArea() const;
    double stepAt(double sceneX) const;
    double sceneXOf(double step) const;
    QString stepHover(double step, double tolerance) const;
    QString evaluationHover(double step, double tolerance) const;
    QString eventsNear(double step, double tolerance) const;

    ChartSpec m_spec;
    const MetricStore& m_store;
    double m_smoothing = 0;
    bool m_logScale = false;
    QValueAxis* m_xAxis = nullptr;
    QAbstractAxis* m_yAxis = nullptr;
    QHash<QString, QLineSeries*> m_lines;
    QHash<QString, QLineSeries*> m_floorLines;   ///< dashed raw-pixel levels, by metric key
    QHash<QString, QVector<double>> m_smoothed;  // per key, aligned with the store's steps
    QAreaSeries* m_band = nullptr;
    QLineSeries* m_bandLow = nullptr;
    QLineSeries* m_bandHigh = nullptr;
    QGraphicsTextItem* m_emptyNote = nullptr;  ///< wraps to the plot area's width
    double m_xMax = 1;
    double m_dataLow = 0, m_dataHigh = -1;  // y extent of the last refresh (empty: low > high)
    double m_hoverStep = -1;
};

}  // namespace grindstone::widgets
