#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace grindstone::widgets {

/// A parallel-coordinates plot: one vertical axis per knob and a last one for the objective,
/// one polyline per trial across them, coloured from low (blue) to high (orange) objective;
/// the highlighted trial (the best) drawn thick on top. Each axis is scaled to its own range
/// (log ranges in their logarithm, choices at evenly spaced ticks).
class ParallelCoordinates : public QWidget {
    Q_OBJECT
public:
    struct Axis {
        QString name;
        bool logScale = false;
        QStringList categories;  ///< non-empty: a choice axis, values are indices into it
    };
    struct Line {
        QVector<double> values;  ///< one per axis; NaN: not known (drawn up to the gap)
        bool highlighted = false;
    };
    explicit ParallelCoordinates(QWidget* parent = nullptr);

    /// The last axis is the objective; it colours the lines.
    void setData(const QVector<Axis>& axes, const QVector<Line>& lines);
    int lineCount() const { return m_lines.size(); }
    QSize sizeHint() const override { return {600, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double position(int axis, double value) const;  ///< 0 (bottom) .. 1 (top)
    QVector<Axis> m_axes;
    QVector<Line> m_lines;
    QVector<QPair<double, double>> m_ranges;  ///< per axis, on its own scale
};

}  // namespace grindstone::widgets
