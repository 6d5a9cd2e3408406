#include "grindstone/tune/SuccessiveHalving.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "grindstone/Error.h"

namespace grindstone {

std::vector<Rung> halvingRungs(size_t trials, int64_t budget, int eta, int64_t minSteps) {
    if (trials < 1) throw InputError("a search needs at least one trial");
    if (eta < 2) throw InputError("the halving factor eta must be at least 2");
    if (minSteps < 1 || minSteps > budget)
        throw InputError("the smallest rung must be between 1 step and the budget");
    // The most rungs k+1 such that budget / eta^k >= minSteps and trials / eta^k >= 1.
    int k = 0;
    for (int64_t steps = budget / eta, left = static_cast<int64_t>(trials) / eta;
         steps >= minSteps && left >= 1; steps /= eta, left /= eta)
        ++k;
    std::vector<Rung> rungs;
    size_t survivors = trials;
    for (int r = k; r >= 0; --r) {
        const auto steps = static_cast<int64_t>(
            std::llround(static_cast<double>(budget) / std::pow(static_cast<double>(eta), r)));
        rungs.push_back({r == 0 ? budget : steps, survivors});
        survivors = std::max<size_t>(1, survivors / static_cast<size_t>(eta));
    }
    return rungs;
}

std::vector<size_t> bestTrials(const std::vector<double>& objective, size_t keep) {
    std::vector<size_t> order(objective.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const double x = objective[a], y = objective[b];
        if (std::isnan(y)) return !std::isnan(x);
        return !std::isnan(x) && x > y;
    });
    order.resize(std::min(keep, order.size()));
    return order;
}

}  // namespace grindstone
