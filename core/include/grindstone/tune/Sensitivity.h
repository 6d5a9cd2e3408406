#pragma once

#include <map>
#include <string>
#include <vector>

#include "grindstone/tune/SearchSpace.h"

namespace grindstone {

/// How much a search's objective depends on one knob, from trials at one budget.
struct KnobSensitivity {
    std::string option;
    /// Share of the objective's variance its main effect explains: the variance of the
    /// objective's mean over the knob's bins (quartiles of a range, or each choice) over the
    /// total variance (the correlation ratio eta^2, a first-order estimate of what functional
    /// ANOVA calls the knob's importance). 0 to 1.
    double varianceShare = 0;
    /// Spearman rank correlation of the knob (its logarithm for a log range) with the
    /// objective: the direction; 0 for a choice.
    double rankCorrelation = 0;
    /// Partial dependence: the bin ("≤ 3e-4", "3e-4 – 1e-3", ..., or the choice), its mean
    /// objective and its trial count, in order.
    struct Bin {
        std::string label;
        double mean = 0;
        int trials = 0;
    };
    std::vector<Bin> bins;
};

/// An interaction of two knobs: the variance share of their joint bins (halves of a range, or
/// choices) beyond their two main effects over those same bins.
struct KnobInteraction {
    std::string first, second;
    double varianceShare = 0;
};

struct SensitivityReport {
    std::vector<KnobSensitivity> knobs;         ///< most important first
    std::vector<KnobInteraction> interactions;  ///< strongest first
    int trials = 0;                             ///< trials with a finite objective
};

/// The sensitivity of `objective` (one per trial; NaN trials left out) to each knob of
/// `space`, given each trial's setting. Needs 4 or more finite trials, else the report is
/// empty.
SensitivityReport analyseSensitivity(
    const SearchSpace& space, const std::vector<std::map<std::string, std::string>>& settings,
    const std::vector<double>& objective);

}  // namespace grindstone
