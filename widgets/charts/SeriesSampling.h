#pragma once

#include <QList>
#include <QPointF>
#include <QVector>

namespace grindstone::widgets {

/// Exponential moving average: out[i] = s * out[i-1] + (1 - s) * v[i], starting at the first
/// finite value; `smoothing` in [0, 1) (0 returns the input). NaN entries stay NaN and do not
/// reset the average, so a key missing for a few steps keeps its curve.
QVector<double> exponentialMovingAverage(const QVector<double>& values, double smoothing);

/// How a bucket of neighbouring points becomes one when a curve is thinned.
enum class BucketReduce { Mean, Min, Max };

/// Chart points (step, value) for a column aligned with `steps`: NaN left out, non-positive
/// values too when `positiveOnly` (a log axis cannot show them), then reduced in buckets of
/// consecutive points so that at most `maxPoints` remain (a long run stays cheap to redraw).
QList<QPointF> chartPoints(const QVector<qint64>& steps, const QVector<double>& values,
                           bool positiveOnly, int maxPoints,
                           BucketReduce reduce = BucketReduce::Mean);

}  // namespace grindstone::widgets
