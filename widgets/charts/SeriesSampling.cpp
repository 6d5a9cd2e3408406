#include "widgets/charts/SeriesSampling.h"

#include <algorithm>
#include <cmath>

namespace grindstone::widgets {

QVector<double> exponentialMovingAverage(const QVector<double>& values, double smoothing) {
    if (smoothing <= 0) return values;
    QVector<double> out(values.size());
    double average = 0;
    bool started = false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) {
            out[i] = v;
            continue;
        }
        average = started ? smoothing * average + (1 - smoothing) * v : v;
        started = true;
        out[i] = average;
    }
    return out;
}

QList<QPointF> chartPoints(const QVector<qint64>& steps, const QVector<double>& values,
                           bool positiveOnly, int maxPoints, BucketReduce reduce) {
    QList<QPointF> kept;
    const qsizetype n = std::min(steps.size(), values.size());
    kept.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double v = values[i];
        if (!std::isfinite(v) || (positiveOnly && v <= 0)) continue;
        kept.push_back(QPointF(static_cast<double>(steps[i]), v));
    }
    if (maxPoints < 1 || kept.size() <= maxPoints) return kept;

    // Buckets of equal point count; each becomes its mean step and its reduced value.
    QList<QPointF> thinned;
    thinned.reserve(maxPoints);
    const double perBucket = static_cast<double>(kept.size()) / maxPoints;
    for (int b = 0; b < maxPoints; ++b) {
        const auto begin = static_cast<qsizetype>(std::floor(b * perBucket));
        const auto end =
            std::min(kept.size(), static_cast<qsizetype>(std::floor((b + 1) * perBucket)));
        if (begin >= end) continue;
        double x = 0, sum = 0, low = kept[begin].y(), high = kept[begin].y();
        for (qsizetype i = begin; i < end; ++i) {
            x += kept[i].x();
            sum += kept[i].y();
            low = std::min(low, kept[i].y());
            high = std::max(high, kept[i].y());
        }
        const double count = static_cast<double>(end - begin);
        const double y = reduce == BucketReduce::Min   ? low
                         : reduce == BucketReduce::Max ? high
                                                       : sum / count;
        thinned.push_back(QPointF(x / count, y));
    }
    return thinned;
}

}  // namespace grindstone::widgets
