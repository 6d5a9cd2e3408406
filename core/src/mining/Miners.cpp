#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "grindstone/Error.h"
#include "mining/Miner.h"

namespace grindstone {
namespace {

/// Anchors that have at least one positive and one negative, `count` of them chosen at random
/// (each used once while there are enough, then repeated).
std::vector<int64_t> chooseAnchors(const MiningBatch& b, int64_t count, std::mt19937_64& rng) {
    const auto n = static_cast<int64_t>(b.labels.size());
    std::vector<int64_t> eligible;
    for (int64_t i = 0; i < n; ++i) {
        bool pos = false, neg = false;
        for (int64_t j = 0; j < n; ++j) {
            if (j == i) continue;
            (b.labels[j] == b.labels[i] ? pos : neg) = true;
        }
        if (pos && neg) eligible.push_back(i);
    }
    std::vector<int64_t> chosen;
    if (eligible.empty()) return chosen;
    while (static_cast<int64_t>(chosen.size()) < count) {
        std::vector<int64_t> round = eligible;
        std::shuffle(round.begin(), round.end(), rng);
        for (int64_t a : round) {
            if (static_cast<int64_t>(chosen.size()) == count) break;
            chosen.push_back(a);
        }
    }
    return chosen;
}

int64_t randomOf(const std::vector<int64_t>& candidates, std::mt19937_64& rng) {
    std::uniform_int_distribution<size_t> pick(0, candidates.size() - 1);
    return candidates[pick(rng)];
}

std::vector<int64_t> members(const MiningBatch& b, int64_t anchor, bool sameClass) {
    std::vector<int64_t> out;
    for (int64_t j = 0; j < static_cast<int64_t>(b.labels.size()); ++j)
        if (j != anchor && (b.labels[j] == b.labels[anchor]) == sameClass) out.push_back(j);
    return out;
}

float dist(const MiningBatch& b, int64_t i, int64_t j) {
    return b.squaredDistances[static_cast<size_t>(i * static_cast<int64_t>(b.labels.size()) + j)];
}

class RandomMiner : public Miner {
public:
    std::string name() const override { return "random"; }
    MinedTriplets mine(const MiningBatch& b, int64_t count, std::mt19937_64& rng) const override {
        MinedTriplets t;
        for (int64_t a : chooseAnchors(b, count, rng)) {
            t.anchors.push_back(a);
            t.positives.push_back(randomOf(members(b, a, true), rng));
            t.negatives.push_back(randomOf(members(b, a, false), rng));
        }
        countHardness(b, t);
        return t;
    }
};

/// FaceNet: a random positive, then the closest negative that is still farther than the
/// positive but inside the margin; without one, the closest negative farther than the
/// positive, and failing that the farthest (least hard) negative.
class SemiHardMiner : public Miner {
public:
    std::string name() const override { return "semihard"; }
    MinedTriplets mine(const MiningBatch& b, int64_t count, std::mt19937_64& rng) const override {
        MinedTriplets t;
        for (int64_t a : chooseAnchors(b, count, rng)) {
            const int64_t p = randomOf(members(b, a, true), rng);
            const float dap = dist(b, a, p);
            int64_t semi = -1, beyond = -1, farthest = -1;
            for (int64_t n : members(b, a, false)) {
                const float dan = dist(b, a, n);
                if (dan > dap && dan < dap + b.margin && (semi < 0 || dan < dist(b, a, semi)))
                    semi = n;
                if (dan > dap && (beyond < 0 || dan < dist(b, a, beyond))) beyond = n;
                if (farthest < 0 || dan > dist(b, a, farthest)) farthest = n;
            }
            t.anchors.push_back(a);
            t.positives.push_back(p);
            t.negatives.push_back(semi >= 0 ? semi : (beyond >= 0 ? beyond : farthest));
        }
        countHardness(b, t);
        return t;
    }
};

/// Hermans et al.: the farthest positive and the closest negative of each anchor.
class BatchHardMiner : public Miner {
public:
    std::string name() const override { return "batch-hard"; }
    MinedTriplets mine(const MiningBatch& b, int64_t count, std::mt19937_64& rng) const override {
        MinedTriplets t;
        for (int64_t a : chooseAnchors(b, count, rng)) {
            int64_t p = -1, n = -1;
            for (int64_t j : members(b, a, true))
                if (p < 0 || dist(b, a, j) > dist(b, a, p)) p = j;
            for (int64_t j : members(b, a, false))
                if (n < 0 || dist(b, a, j) < dist(b, a, n)) n = j;
            t.anchors.push_back(a);
            t.positives.push_back(p);
            t.negatives.push_back(n);
        }
        countHardness(b, t);
        return t;
    }
};

/// Wu et al. 2017: negatives drawn with probability proportional to the inverse density of
/// pairwise distances on the unit sphere, q(d) ~ d^(D-2) (1 - d^2/4)^((D-3)/2), with d
/// clipped below at 0.5 and negatives beyond 1.4 (which give no loss) left out, as in the
/// authors' implementation. Distances are rescaled so the batch's mean distance maps to
/// sqrt(2), the mean on the sphere in high dimension, which keeps this usable without
/// normalised embeddings.
class DistanceWeightedMiner : public Miner {
public:
    std::string name() const override { return "distance-weighted"; }
    MinedTriplets mine(const MiningBatch& b, int64_t count, std::mt19937_64& rng) const override {
        const auto n = static_cast<int64_t>(b.labels.size());
        double sum = 0;
        int64_t pairs = 0;
        for (int64_t i = 0; i < n; ++i)
            for (int64_t j = i + 1; j < n; ++j, ++pairs)
                sum += std::sqrt(std::max(0.0f, dist(b, i, j)));
        const double scale = (pairs > 0 && sum > 0) ? std::sqrt(2.0) / (sum / pairs) : 1.0;
        const double dim = static_cast<double>(std::max<int64_t>(b.dimension, 4));
        MinedTriplets t;
        for (int64_t a : chooseAnchors(b, count, rng)) {
            const auto negatives = members(b, a, false);
            constexpr double kNonzeroLossCutoff = 1.4;
            std::vector<double> logWeights;
            std::vector<bool> inRange;
            for (int64_t j : negatives) {
                const double raw = std::sqrt(std::max(0.0f, dist(b, a, j))) * scale;
                const double d = std::clamp(raw, 0.5, 1.99);
                // log(1/q(d)); subtracting the max below keeps exp() finite.
                logWeights.push_back(
                    -((dim - 2) * std::log(d) + (dim - 3) / 2 * std::log(1 - d * d / 4)));
                inRange.push_back(raw < kNonzeroLossCutoff);
            }
            double top = -std::numeric_limits<double>::infinity();
            for (size_t j = 0; j < logWeights.size(); ++j)
                if (inRange[j]) top = std::max(top, logWeights[j]);
            std::vector<double> weights;
            for (size_t j = 0; j < logWeights.size(); ++j)
                weights.push_back(inRange[j] ? std::exp(logWeights[j] - top) : 0.0);
            // Every negative beyond the cutoff: none is informative, so draw uniformly.
            if (std::isinf(top)) weights.assign(negatives.size(), 1.0);
            std::discrete_distribution<size_t> pick(weights.begin(), weights.end());
            t.anchors.push_back(a);
            t.positives.push_back(randomOf(members(b, a, true), rng));
            t.negatives.push_back(negatives[pick(rng)]);
        }
        countHardness(b, t);
        return t;
    }
};

}  // namespace

void countHardness(const MiningBatch& b, MinedTriplets& t) {
    t.stats = {};
    for (size_t i = 0; i < t.size(); ++i) {
        const float dap = dist(b, t.anchors[i], t.positives[i]);
        const float dan = dist(b, t.anchors[i], t.negatives[i]);
        if (dan <= dap)
            ++t.stats.hard;
        else if (dan < dap + b.margin)
            ++t.stats.semiHard;
        else
            ++t.stats.easy;
    }
}

std::unique_ptr<Miner> makeMiner(const std::string& name) {
    if (name == "random") return std::make_unique<RandomMiner>();
    if (name == "semihard") return std::make_unique<SemiHardMiner>();
    if (name == "batch-hard") return std::make_unique<BatchHardMiner>();
    if (name == "distance-weighted") return std::make_unique<DistanceWeightedMiner>();
    throw InputError("unknown miner '" + name +
                     "'; expected one of: random, semihard, batch-hard, distance-weighted");
}

}  // namespace grindstone
