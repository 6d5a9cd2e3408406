#include "widgets/charts/NiceRange.h"

#include <cmath>

namespace grindstone::widgets {

namespace {

/// 1, 2, 5 or 10 x 10^n near `x`: the next one up when `ceiling`, else the closest.
double niceNumber(double x, bool ceiling) {
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    const double q = x / z;
    if (ceiling) return (q <= 1 ? 1 : q <= 2 ? 2 : q <= 5 ? 5 : 10) * z;
    return (q < 1.5 ? 1 : q < 3 ? 2 : q < 7 ? 5 : 10) * z;
}

}  // namespace

NiceRange niceRange(double low, double high, int ticks) {
    const double range = niceNumber(high - low, true);
    const double step = niceNumber(range / (ticks - 1), false);
    NiceRange out;
    const double first = std::floor(low / step);
    const double last = std::ceil(high / step);
    out.ticks = static_cast<int>(last - first) + 1;
    out.min = first * step;
    out.max = last * step;
    return out;
}

}  // namespace grindstone::widgets
