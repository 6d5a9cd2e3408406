#pragma once

namespace grindstone::widgets {

/// An axis range with round tick values: [min, max] split into ticks - 1 steps of 1, 2 or 5 x
/// 10^n (the same "loose nice numbers" Qt Charts' applyNiceNumbers uses).
struct NiceRange {
    double min = 0;
    double max = 1;
    int ticks = 5;
};

/// The nice range covering [low, high] with about `ticks` ticks; `low` < `high`.
NiceRange niceRange(double low, double high, int ticks = 5);

}  // namespace grindstone::widgets
