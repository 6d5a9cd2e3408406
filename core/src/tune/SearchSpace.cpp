#include "grindstone/tune/SearchSpace.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone {
namespace {

// Ordered: a space's dimensions keep the file's order (the order of a point's coordinates).
using Json = nlohmann::ordered_json;

std::string numberText(double value, bool integer) {
    if (integer) return std::to_string(static_cast<long long>(std::llround(value)));
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

SearchDimension parseDimension(const std::string& option, const Json& value,
                               const std::string& source) {
    const std::string where = source + ": option '" + option + "'";
    const OptionSpec* spec = findOption(option);
    if (!spec) throw InputError(where + " is not an option (grindstone-cli options lists them)");
    if (!value.is_object() || value.size() != 1)
        throw InputError(where +
                         ": give exactly one of {\"log\": [low, high]}, "
                         "{\"linear\": [low, high]} or {\"choices\": [...]}");
    SearchDimension d;
    d.option = option;
    // Copied out of the member's iterator: a structured binding to `*items().begin()` would
    // refer into a temporary that is gone by the next line.
    const auto member = value.begin();
    const std::string kind = member.key();
    const Json& body = member.value();
    if (kind == "choices") {
        if (!body.is_array() || body.empty())
            throw InputError(where + ": \"choices\" must be a non-empty list");
        d.scale = SearchDimension::Scale::Choice;
        for (const Json& choice : body) {
            const std::string text = choice.is_string() ? choice.get<std::string>() : choice.dump();
            try {
                d.choices.push_back(canonicalOptionValue(option, text));
            } catch (const InputError& e) {
                throw InputError(where + ": choice " + choice.dump() + ": " + e.what());
            }
        }
        return d;
    }
    if (kind != "log" && kind != "linear")
        throw InputError(where + ": unknown range kind '" + kind +
                         "' (expected log, linear or choices)");
    if (spec->type != OptionType::Int && spec->type != OptionType::Real)
        throw InputError(where + " is not a number; give its values as {\"choices\": [...]}");
    if (!body.is_array() || body.size() != 2 || !body[0].is_number() || !body[1].is_number())
        throw InputError(where + ": \"" + kind + "\" must be [low, high], two numbers");
    d.scale = kind == "log" ? SearchDimension::Scale::Log : SearchDimension::Scale::Linear;
    d.low = body[0].get<double>();
    d.high = body[1].get<double>();
    d.integer = spec->type == OptionType::Int;
    if (!(d.low < d.high)) throw InputError(where + ": the low end must be below the high end");
    if (d.scale == SearchDimension::Scale::Log && !(d.low > 0))
        throw InputError(where + ": a log range must lie above 0");
    if (d.low < spec->minimum || d.high > spec->maximum)
        throw InputError(where + ": [" + numberText(d.low, false) + ", " +
                         numberText(d.high, false) + "] leaves the allowed values (" +
                         describeAllowed(*spec) + ")");
    return d;
}

/// A fixed random permutation of the digits 0..base-1 per dimension, 0 kept at 0 so the
/// sequence never reaches 1.
std::vector<std::vector<int>> digitPermutations(const std::vector<int>& bases, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<std::vector<int>> out;
    for (int base : bases) {
        std::vector<int> p(static_cast<size_t>(base));
        std::iota(p.begin(), p.end(), 0);
        std::shuffle(p.begin() + 1, p.end(), rng);
        out.push_back(p);
    }
    return out;
}

std::vector<int> firstPrimes(size_t count) {
    std::vector<int> primes;
    for (int n = 2; primes.size() < count; ++n)
        if (std::none_of(primes.begin(), primes.end(), [n](int p) { return n % p == 0; }))
            primes.push_back(n);
    return primes;
}

}  // namespace

SearchSpace parseSearchSpace(const std::string& jsonText, const std::string& source) {
    Json root;
    try {
        root = Json::parse(jsonText);
    } catch (const Json::exception& e) {
        throw InputError(source + ": not JSON (" + e.what() + ")");
    }
    if (!root.is_object())
        throw InputError(source + ": a search space is a JSON object, one member per option");
    SearchSpace space;
    for (const auto& [option, value] : root.items())
        space.dimensions.push_back(parseDimension(option, value, source));
    if (space.dimensions.empty()) throw InputError(source + ": the search space has no option");
    return space;
}

SearchSpace defaultSearchSpace(const std::string& method) {
    using Scale = SearchDimension::Scale;
    SearchSpace space;
    // The order sets each knob's Halton base: the knobs that moved the objective most in
    // earlier searches come first, where the sequence covers its axis most evenly.
    space.dimensions.push_back({"lr_metric", Scale::Log, 1e-4, 1e-2, {}, false});
    // Whether embeddings live on the unit sphere changes what every distance, margin and
    // generator output means; a search that cannot switch it stays in one geometry.
    space.dimensions.push_back({"normalize", Scale::Choice, 0, 0, {"false", "true"}, false});
    // Squared distances on the sphere are at most 4.
    space.dimensions.push_back({"metric_margin", Scale::Linear, 0.2, 3.0, {}, false});
    if (method == "triplet") return space;
    space.dimensions.push_back(
        {"generated_on_sphere", Scale::Choice, 0, 0, {"false", "true"}, false});
    space.dimensions.push_back({"lr_generator", Scale::Log, 1e-4, 1e-2, {}, false});
    space.dimensions.push_back({"softmax_weight", Scale::Log, 0.4, 1000, {}, false});
    space.dimensions.push_back(
        {"generator_form", Scale::Choice, 0, 0, {"plain", "residual"}, false});
    if (method == "two-stage")
        space.dimensions.push_back(
            {"stretch", Scale::Choice, 0, 0, {"symmetric", "sequential"}, false});
    space.dimensions.push_back({"beta", Scale::Log, 1e3, 1e5, {}, false});
    return space;
}

namespace {

bool insideDimension(const SearchDimension& d, const std::string& value) {
    if (d.scale == SearchDimension::Scale::Choice)
        return std::find(d.choices.begin(), d.choices.end(), value) != d.choices.end();
    const double v = std::strtod(value.c_str(), nullptr);
    // The ends are included; a relative slack keeps a value written with fewer digits in.
    const double slack = 1e-9 * std::max(std::abs(d.low), std::abs(d.high));
    return v >= d.low - slack && v <= d.high + slack;
}

}  // namespace

std::vector<std::map<std::string, std::string>> startingSettings(const SearchSpace& space,
                                                                 const Config& base) {
    std::vector<std::map<std::string, std::string>> out;
    const Config defaults;
    for (const Config* config : {&base, &defaults}) {
        std::map<std::string, std::string> setting;
        bool inside = true;
        for (const SearchDimension& d : space.dimensions) {
            setting[d.option] = config->text(d.option);
            inside = inside && insideDimension(d, setting[d.option]);
        }
        if (inside && std::find(out.begin(), out.end(), setting) == out.end())
            out.push_back(setting);
    }
    return out;
}

std::string searchSpaceJson(const SearchSpace& space) {
    Json out = Json::object();
    for (const SearchDimension& d : space.dimensions) {
        switch (d.scale) {
            case SearchDimension::Scale::Choice:
                out[d.option] = {{"choices", d.choices}};
                break;
            case SearchDimension::Scale::Log:
                out[d.option] = {{"log", {d.low, d.high}}};
                break;
            case SearchDimension::Scale::Linear:
                out[d.option] = {{"linear", {d.low, d.high}}};
                break;
        }
    }
    return out.dump(2);
}

std::map<std::string, std::string> settingAt(const SearchSpace& space,
                                             const std::vector<double>& unit) {
    if (unit.size() != space.dimensions.size())
        throw InputError("a search point needs one coordinate per option of the space");
    std::map<std::string, std::string> setting;
    for (size_t i = 0; i < unit.size(); ++i) {
        const SearchDimension& d = space.dimensions[i];
        const double u = std::clamp(unit[i], 0.0, std::nextafter(1.0, 0.0));
        switch (d.scale) {
            case SearchDimension::Scale::Choice:
                setting[d.option] =
                    d.choices[static_cast<size_t>(u * static_cast<double>(d.choices.size()))];
                break;
            case SearchDimension::Scale::Log:
                setting[d.option] =
                    numberText(std::exp(std::log(d.low) + u * (std::log(d.high) - std::log(d.low))),
                               d.integer);
                break;
            case SearchDimension::Scale::Linear:
                setting[d.option] = numberText(d.low + u * (d.high - d.low), d.integer);
                break;
        }
    }
    return setting;
}

std::vector<double> unitPointOf(const SearchSpace& space,
                                const std::map<std::string, std::string>& setting) {
    std::vector<double> unit;
    for (const SearchDimension& d : space.dimensions) {
        const auto it = setting.find(d.option);
        if (it == setting.end() || !insideDimension(d, it->second))
            throw InputError("option '" + d.option + "': " +
                             (it == setting.end() ? std::string("no value")
                                                  : "'" + it->second + "' is not in the space"));
        if (d.scale == SearchDimension::Scale::Choice) {
            const auto index =
                std::find(d.choices.begin(), d.choices.end(), it->second) - d.choices.begin();
            unit.push_back((static_cast<double>(index) + 0.5) /
                           static_cast<double>(d.choices.size()));
            continue;
        }
        const double v = std::clamp(std::strtod(it->second.c_str(), nullptr), d.low, d.high);
        const double u = d.scale == SearchDimension::Scale::Log
                             ? std::log(v / d.low) / std::log(d.high / d.low)
                             : (v - d.low) / (d.high - d.low);
        unit.push_back(std::clamp(u, 0.0, std::nextafter(1.0, 0.0)));
    }
    return unit;
}

std::vector<double> haltonPoint(uint64_t index, size_t dims, uint64_t seed) {
    const std::vector<int> bases = firstPrimes(dims);
    const auto permutations = digitPermutations(bases, seed);
    std::vector<double> point;
    for (size_t d = 0; d < dims; ++d) {
        const auto base = static_cast<uint64_t>(bases[d]);
        double value = 0, scale = 1.0 / static_cast<double>(base);
        // index + 1: point 0 is not the corner the plain sequence starts at.
        for (uint64_t n = index + 1; n > 0; n /= base, scale /= static_cast<double>(base))
            value += scale * permutations[d][static_cast<size_t>(n % base)];
        point.push_back(value);
    }
    return point;
}

}  // namespace grindstone
