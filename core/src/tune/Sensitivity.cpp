#include "grindstone/tune/Sensitivity.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace grindstone {
namespace {

/// The knob's value as a number on the scale it was searched on.
double scaled(const SearchDimension& d, const std::string& text) {
    const double v = std::strtod(text.c_str(), nullptr);
    return d.scale == SearchDimension::Scale::Log ? std::log(std::max(v, 1e-300)) : v;
}

std::string valueText(const SearchDimension& d, double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g",
                  d.scale == SearchDimension::Scale::Log ? std::exp(value) : value);
    return text;
}

std::vector<double> ranks(const std::vector<double>& values) {
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> r(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        for (size_t k = i; k <= j; ++k)
            r[order[k]] = (static_cast<double>(i + j) / 2) + 1;  // ties share their mean rank
        i = j + 1;
    }
    return r;
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

/// Each trial's bin of one knob: `parts` quantile bins of a range, or its choice.
std::vector<int> binsOf(const SearchDimension& d, const std::vector<std::string>& values, int parts,
                        std::vector<std::string>* labels) {
    std::vector<int> bin(values.size());
    if (d.scale == SearchDimension::Scale::Choice) {
        for (size_t i = 0; i < values.size(); ++i) {
            const auto it = std::find(d.choices.begin(), d.choices.end(), values[i]);
            bin[i] = static_cast<int>(it - d.choices.begin());
        }
        if (labels) *labels = d.choices;
        return bin;
    }
    std::vector<double> x;
    for (const std::string& v : values)
        x.push_back(scaled(d, v));
    std::vector<double> sorted = x;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> edges;  // upper edges of the first parts-1 bins
    for (int p = 1; p < parts; ++p)
        edges.push_back(
            sorted[static_cast<size_t>(p) * sorted.size() / static_cast<size_t>(parts)]);
    for (size_t i = 0; i < x.size(); ++i)
        bin[i] =
            static_cast<int>(std::upper_bound(edges.begin(), edges.end(), x[i]) - edges.begin());
    if (labels) {
        labels->clear();
        for (int p = 0; p < parts; ++p) {
            const std::string low =
                p == 0 ? valueText(d, sorted.front()) : valueText(d, edges[p - 1]);
            const std::string high =
                p + 1 == parts ? valueText(d, sorted.back()) : valueText(d, edges[p]);
            labels->push_back(low + " – " + high);
        }
    }
    return bin;
}

/// eta^2: between-bin variance of y over its total variance.
double varianceShare(const std::vector<int>& bin, const std::vector<double>& y) {
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
    std::map<int, std::pair<double, int>> sums;
    double total = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        sums[bin[i]].first += y[i];
        ++sums[bin[i]].second;
        total += (y[i] - mean) * (y[i] - mean);
    }
    double between = 0;
    for (const auto& [b, s] : sums) {
        const double m = s.first / s.second;
        between += s.second * (m - mean) * (m - mean);
    }
    return total > 0 ? between / total : 0;
}

}  // namespace

SensitivityReport analyseSensitivity(
    const SearchSpace& space, const std::vector<std::map<std::string, std::string>>& settings,
    const std::vector<double>& objective) {
    SensitivityReport report;
    std::vector<size_t> kept;
    for (size_t i = 0; i < objective.size() && i < settings.size(); ++i)
        if (std::isfinite(objective[i])) kept.push_back(i);
    report.trials = static_cast<int>(kept.size());
    if (kept.size() < 4) return report;
    std::vector<double> y;
    for (size_t i : kept)
        y.push_back(objective[i]);
    auto valuesOf = [&](const SearchDimension& d) {
        std::vector<std::string> v;
        for (size_t i : kept) {
            const auto it = settings[i].find(d.option);
            v.push_back(it == settings[i].end() ? std::string() : it->second);
        }
        return v;
    };
    const int parts = kept.size() >= 16 ? 4 : 2;  // a bin holds 4 trials or more
    for (const SearchDimension& d : space.dimensions) {
        KnobSensitivity k;
        k.option = d.option;
        std::vector<std::string> labels;
        const auto values = valuesOf(d);
        const auto bin = binsOf(d, values, parts, &labels);
        k.varianceShare = varianceShare(bin, y);
        if (d.scale != SearchDimension::Scale::Choice) {
            std::vector<double> x;
            for (const std::string& v : values)
                x.push_back(scaled(d, v));
            k.rankCorrelation = correlation(ranks(x), ranks(y));
        }
        for (size_t b = 0; b < labels.size(); ++b) {
            KnobSensitivity::Bin out{labels[b], 0, 0};
            for (size_t i = 0; i < bin.size(); ++i)
                if (bin[i] == static_cast<int>(b)) {
                    out.mean += y[i];
                    ++out.trials;
                }
            if (out.trials > 0) out.mean /= out.trials;
            k.bins.push_back(out);
        }
        report.knobs.push_back(k);
    }
    // Interactions on halves (or choices), so each joint bin still holds a few trials.
    for (size_t a = 0; a < space.dimensions.size(); ++a)
        for (size_t b = a + 1; b < space.dimensions.size(); ++b) {
            const auto& da = space.dimensions[a];
            const auto& db = space.dimensions[b];
            const auto binA = binsOf(da, valuesOf(da), 2, nullptr);
            const auto binB = binsOf(db, valuesOf(db), 2, nullptr);
            std::vector<int> joint(binA.size());
            for (size_t i = 0; i < joint.size(); ++i)
                joint[i] = binA[i] * 1000 + binB[i];
            const double beyond =
                varianceShare(joint, y) - varianceShare(binA, y) - varianceShare(binB, y);
            report.interactions.push_back({da.option, db.option, std::max(0.0, beyond)});
        }
    std::stable_sort(report.knobs.begin(), report.knobs.end(), [](const auto& x, const auto& y) {
        return x.varianceShare > y.varianceShare;
    });
    std::stable_sort(
        report.interactions.begin(), report.interactions.end(),
        [](const auto& x, const auto& y) { return x.varianceShare > y.varianceShare; });
    return report;
}

}  // namespace grindstone
