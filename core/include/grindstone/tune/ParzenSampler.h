#pragma once

#include <cstdint>
#include <vector>

#include "grindstone/tune/SearchSpace.h"

namespace grindstone {

/// A setting tried, as a point of the unit cube (unitPointOf), and the objective it reached
/// (higher is better; NaN: diverged, ranked below every finite value).
struct SearchObservation {
    std::vector<double> unit;
    double objective = 0;
};

/// The next point to try, by the tree-structured Parzen estimator (Bergstra et al. 2011, the
/// sampler of hyperopt and Optuna): the observations are split into the best ~15 % and the
/// rest, each group's density is estimated knob by knob (Gaussian kernels on ranges, counts on
/// choices, each mixed with a uniform prior of one observation's weight), and of 24 candidates
/// drawn from the good group's density the one where good is likeliest against the rest is
/// returned. Quasi-random points spread a search evenly; this spends its later trials where
/// the earlier ones did well, and still samples the whole space through the prior.
/// `stream` picks the random draws (the trial's index: every proposal draws differently, and
/// the same observations and stream give the same point). Needs at least two observations.
std::vector<double> proposeParzenPoint(const SearchSpace& space,
                                       const std::vector<SearchObservation>& observed,
                                       uint64_t seed, uint64_t stream);

/// How many trials of a search with `trials` in all, in a space of `dims` knobs, are placed
/// before the Parzen estimator takes over (the starting settings and quasi-random points):
/// a third of them, and at least dims + 2, so both of its groups rest on several points.
size_t parzenStartupTrials(size_t trials, size_t dims);

}  // namespace grindstone
