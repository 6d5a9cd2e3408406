#include "grindstone/tune/ParzenSampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

constexpr double kGoodShare = 0.15;  // BOHB's top 15 %; hyperopt and Optuna use 10-25 %
constexpr int kCandidates = 24;      // hyperopt's and Optuna's default
constexpr double kPriorWeight = 1;   // the uniform prior counts as one observation

/// One knob's density estimate from one group's coordinates.
class KnobDensity {
public:
    KnobDensity(const SearchDimension& d, std::vector<double> values, size_t observations)
        : m_choices(d.scale == SearchDimension::Scale::Choice ? d.choices.size() : 0),
          m_values(std::move(values)) {
        if (m_choices) {
            m_counts.assign(m_choices, 0);
            for (double u : m_values)
                ++m_counts[choiceIndex(u)];
            return;
        }
        // Scott's rule on the group's spread, kept from collapsing onto one point: the
        // narrowest kernel shrinks as the search learns more, as in Optuna.
        const double n = static_cast<double>(m_values.size());
        const double mean = std::accumulate(m_values.begin(), m_values.end(), 0.0) / n;
        double squares = 0;
        for (double u : m_values)
            squares += (u - mean) * (u - mean);
        const double spread = n > 1 ? std::sqrt(squares / (n - 1)) : 0;
        const double narrowest = 1.0 / std::min(100.0, static_cast<double>(observations) + 1);
        m_bandwidth = std::clamp(1.06 * spread * std::pow(n, -0.2), narrowest, 1.0);
    }

    double density(double u) const {
        const double total = static_cast<double>(m_values.size()) + kPriorWeight;
        if (m_choices) {
            const double share = kPriorWeight / static_cast<double>(m_choices);
            return (m_counts[choiceIndex(u)] + share) / total;
        }
        double sum = kPriorWeight;  // the uniform density on [0, 1] is 1
        for (double centre : m_values)
            sum += kernel(u, centre);
        return sum / total;
    }

    double draw(std::mt19937_64& random) const {
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        if (m_choices) {
            // Draw an index with probability density(), then the middle of its share.
            double r = unit(random), below = 0;
            for (size_t i = 0; i < m_choices; ++i) {
                below += density(middleOf(i));
                if (r < below || i + 1 == m_choices) return middleOf(i);
            }
        }
        const size_t component = std::uniform_int_distribution<size_t>(0, m_values.size())(random);
        if (component == m_values.size()) return unit(random);  // the prior
        std::normal_distribution<double> around(m_values[component], m_bandwidth);
        for (int attempt = 0; attempt < 64; ++attempt) {
            const double u = around(random);
            if (u >= 0 && u < 1) return u;
        }
        return std::clamp(m_values[component], 0.0, std::nextafter(1.0, 0.0));
    }

private:
    size_t choiceIndex(double u) const {
        return std::min(m_choices - 1,
                        static_cast<size_t>(std::max(0.0, u) * static_cast<double>(m_choices)));
    }
    double middleOf(size_t i) const {
        return (static_cast<double>(i) + 0.5) / static_cast<double>(m_choices);
    }
    /// A Gaussian truncated to [0, 1], so every kernel holds the same mass inside the cube.
    double kernel(double u, double centre) const {
        const double s = m_bandwidth;
        const auto cdf = [](double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); };
        const double mass = cdf((1 - centre) / s) - cdf(-centre / s);
        const double z = (u - centre) / s;
        return std::exp(-0.5 * z * z) / (s * std::sqrt(2 * M_PI) * mass);
    }

    size_t m_choices;
    std::vector<double> m_values;
    std::vector<double> m_counts;
    double m_bandwidth = 1;
};

}  // namespace

size_t parzenStartupTrials(size_t trials, size_t dims) {
    return std::min(trials, std::max(dims + 2, (trials + 2) / 3));
}

std::vector<double> proposeParzenPoint(const SearchSpace& space,
                                       const std::vector<SearchObservation>& observed,
                                       uint64_t seed, uint64_t stream) {
    const size_t dims = space.dimensions.size();
    if (observed.size() < 2)
        throw InputError("the Parzen estimator needs at least two observed settings");
    for (const SearchObservation& o : observed)
        if (o.unit.size() != dims)
            throw InputError("a search point needs one coordinate per option of the space");
    // Best first; NaN (diverged) below every finite objective; ties keep the trials' order.
    std::vector<size_t> order(observed.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const double x = observed[a].objective, y = observed[b].objective;
        return std::isfinite(x) && (!std::isfinite(y) || x > y);
    });
    const size_t good = std::clamp<size_t>(
        static_cast<size_t>(std::ceil(kGoodShare * static_cast<double>(observed.size()))), 1,
        observed.size() - 1);

    std::vector<KnobDensity> goodDensity, restDensity;
    for (size_t d = 0; d < dims; ++d) {
        std::vector<double> best, rest;
        for (size_t rank = 0; rank < order.size(); ++rank)
            (rank < good ? best : rest).push_back(observed[order[rank]].unit[d]);
        goodDensity.emplace_back(space.dimensions[d], std::move(best), observed.size());
        restDensity.emplace_back(space.dimensions[d], std::move(rest), observed.size());
    }

    const std::vector<uint32_t> parts{
        static_cast<uint32_t>(seed), static_cast<uint32_t>(seed >> 32),
        static_cast<uint32_t>(stream), static_cast<uint32_t>(stream >> 32)};
    std::seed_seq seeds(parts.begin(), parts.end());
    std::mt19937_64 random(seeds);
    std::vector<double> chosen;
    double chosenScore = -INFINITY;
    for (int c = 0; c < kCandidates; ++c) {
        std::vector<double> candidate(dims);
        double score = 0;
        for (size_t d = 0; d < dims; ++d) {
            candidate[d] = goodDensity[d].draw(random);
            score += std::log(goodDensity[d].density(candidate[d])) -
                     std::log(restDensity[d].density(candidate[d]));
        }
        if (score > chosenScore) {
            chosenScore = score;
            chosen = std::move(candidate);
        }
    }
    return chosen;
}

}  // namespace grindstone
