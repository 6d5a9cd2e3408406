#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace grindstone {

/// One rung of successive halving: `trials` trials trained to `steps`.
struct Rung {
    int64_t steps = 0;
    size_t trials = 0;
};

/// The rungs of synchronous successive halving (Jamieson & Talwalkar 2016; ASHA's
/// synchronous form): every trial is trained to the first rung's steps, and each next rung
/// trains the best 1/eta of the previous one eta times longer, up to `budget` steps. The first
/// rung starts at budget / eta^k, the smallest power k that keeps it at or above `minSteps`
/// and leaves at least one trial for the last rung. One rung (every trial to the budget) when
/// halving would start below `minSteps`. Throws InputError unless trials >= 1, eta >= 2 and
/// 1 <= minSteps <= budget.
std::vector<Rung> halvingRungs(size_t trials, int64_t budget, int eta, int64_t minSteps);

/// Indices of the `keep` best trials by `objective` (higher is better; NaN, a trial that did
/// not finish, is worst), ties going to the lower index; in ranking order.
std::vector<size_t> bestTrials(const std::vector<double>& objective, size_t keep);

}  // namespace grindstone
