#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace grindstone {

class Config;

/// One knob of a hyperparameter search: an option of the option table and the values tried.
struct SearchDimension {
    enum class Scale { Log, Linear, Choice };
    std::string option;
    Scale scale = Scale::Linear;
    double low = 0, high = 0;          ///< Log and Linear: the range, both ends included
    std::vector<std::string> choices;  ///< Choice: the values tried
    bool integer = false;              ///< an integer option: values are rounded
};

struct SearchSpace {
    std::vector<SearchDimension> dimensions;
};

/// Parses a search space file: one member per option,
///   {"lr_generator": {"log": [1e-4, 1e-2]}, "beta": {"linear": [1e3, 1e5]},
///    "stretch": {"choices": ["symmetric", "sequential"]}}
/// Throws InputError naming `source` and the option for: text that is not a JSON object, an
/// unknown option, a range outside the option's allowed values, a log range not above 0, a
/// range whose low end is not below its high end, a range on a choice / flag / text option,
/// a choice the option does not take, or an empty space.
SearchSpace parseSearchSpace(const std::string& jsonText, const std::string& source);

/// The knobs that matter most for `method` (triplet, hdml, two-stage), used when no space is
/// given: the learning rates, the margin and whether embeddings are normalised; for the
/// generating methods also whether generated samples are kept on the sphere, the generators'
/// form and loss weights; for two-stage the stretch.
SearchSpace defaultSearchSpace(const std::string& method);

/// The settings a search tries before its quasi-random ones: the knobs' values in `base`
/// (where the user starts), then the option table's defaults, each only when every one of its
/// values lies in the space, and not twice. They compete with the quasi-random points at
/// every rung instead of being left to chance: a few dozen such points in many dimensions can
/// miss a good region that several knobs must reach at once.
std::vector<std::map<std::string, std::string>> startingSettings(const SearchSpace& space,
                                                                 const Config& base);

/// The space as the JSON a space file holds (for the record a search keeps of itself).
std::string searchSpaceJson(const SearchSpace& space);

/// The option values at `unit`, a point of [0, 1)^d (one coordinate per dimension, in order):
/// log ranges are spread evenly in the logarithm, choices in equal shares. Values are the text
/// `--set` takes.
std::map<std::string, std::string> settingAt(const SearchSpace& space,
                                             const std::vector<double>& unit);

/// The point of [0, 1)^d settingAt maps to `setting`: its inverse, a choice at the middle of its
/// share. Throws InputError when the setting lacks one of the space's options or holds a
/// value the space cannot produce (a choice it does not list, a number outside the range).
std::vector<double> unitPointOf(const SearchSpace& space,
                                const std::map<std::string, std::string>& setting);

/// Point `index` (from 0) of a scrambled Halton sequence in `dims` dimensions: quasi-random,
/// so a few dozen points cover the space evenly, unlike independent draws; each dimension's
/// digits permuted at random (fixed by `seed`), which removes the plain sequence's
/// correlations between higher dimensions.
std::vector<double> haltonPoint(uint64_t index, size_t dims, uint64_t seed);

}  // namespace grindstone
