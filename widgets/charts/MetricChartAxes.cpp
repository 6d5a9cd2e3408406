// MetricChart's axes: the whole run on x, round ticks on y, and never more y labels than the
// chart's height holds.
#include <QFontMetricsF>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "widgets/charts/MetricChart.h"
#include "widgets/charts/NiceRange.h"

namespace grindstone::widgets {

namespace {

// Title, legend, x labels and margins: what the view's height holds besides the plot. The
// plot area itself is only laid out later, so the label count is planned from this.
constexpr int kChromeHeight = 75;

/// The smallest of 1, 2, 5 x 10^k that is at least `rough` (and at least one step).
double niceStep(double rough) {
    if (!(rough > 0)) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= rough) return std::max(1.0, f * magnitude);
    return std::max(1.0, 10 * magnitude);
}

}  // namespace

int MetricChart::labelSlots() const {
    // Qt Charts gives each label of a vertical axis an equal share of the axis and turns one
    // that does not fit into "...": a short chart must have few labels.
    const double plotHeight = std::max(40, height() - kChromeHeight);
    const double lineHeight = QFontMetricsF(m_yAxis->labelsFont()).height() + 6;
    return std::max(2, static_cast<int>(plotHeight / lineHeight));
}

void MetricChart::applyRanges(double low, double high) {
    m_dataLow = low;
    m_dataHigh = high;
    // Ranges and ticks are set only when they change: re-laying out an axis is most of what a
    // refresh costs (measured: 1.5-13 ms per chart on two busy cores).
    if (m_xAxis->max() != m_xMax) {
        m_xAxis->setRange(0, m_xMax);
        m_xAxis->setTickInterval(niceStep(m_xMax / 5));  // 0, 250, 500, ... whatever the length
    }
    if (!(low <= high)) {
        // Nothing drawn: a neutral range keeps the empty plot tidy.
        low = m_logScale ? 0.1 : 0;
        high = 1;
    }
    const int slots = labelSlots();
    if (m_logScale) {
        // Whole decades, labelled every 10^k-th decade with k as small as fits.
        auto* axis = static_cast<QLogValueAxis*>(m_yAxis);
        const double bottom = std::floor(std::log10(low / 1.5));
        const double top = std::ceil(std::log10(high * 1.5));
        if (axis->min() != std::pow(10.0, bottom) || axis->max() != std::pow(10.0, top))
            axis->setRange(std::pow(10.0, bottom), std::pow(10.0, top));
        const int k = std::max(1, static_cast<int>(std::ceil((top - bottom) / (slots - 1))));
        if (axis->base() != std::pow(10.0, k)) axis->setBase(std::pow(10.0, k));
        return;
    }
    auto* axis = static_cast<QValueAxis*>(m_yAxis);
    NiceRange nice;
    if (m_spec.scale == 100) {
        // Percentages: the whole scale, so runs and moments compare at a glance.
        nice = {0, 100, slots >= 6 ? 6 : 3};
    } else {
        double span = high - low;
        if (span <= 0) span = std::max(std::abs(high) * 0.1, 1e-9);
        double bottom = low - 0.06 * span;
        // Counts, losses and rates never go below zero: no negative axis for rounding's sake.
        if (low >= 0 && bottom < 0) bottom = 0;
        // Round tick labels (0, 2500, 5000 rather than 0, 2610, 5210), as many as fit.
        for (int wanted = std::min(6, slots); wanted >= 2; --wanted) {
            nice = niceRange(bottom, high + 0.06 * span, wanted);
            if (nice.ticks <= slots) break;
        }
    }
    if (axis->min() != nice.min || axis->max() != nice.max) axis->setRange(nice.min, nice.max);
    if (axis->tickCount() != nice.ticks) axis->setTickCount(nice.ticks);
}

}  // namespace grindstone::widgets
