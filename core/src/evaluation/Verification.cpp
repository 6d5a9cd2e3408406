#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "grindstone/Error.h"
#include "grindstone/evaluation/Verification.h"

namespace grindstone {
namespace {

void requireFinite(const std::vector<float>& distances, const char* kind) {
    for (float d : distances)
        if (!std::isfinite(d))
            throw InputError(std::string("verification: a ") + kind +
                             " pair's distance is not finite");
}

/// The value a fraction t of the way from a0 to a1.
double lerp(double a0, double a1, double t) {
    return a0 + t * (a1 - a0);
}

}  // namespace

const std::vector<double>& standardFalseAcceptRates() {
    static const std::vector<double> fars = {1e-2, 1e-3, 1e-4};
    return fars;
}

VerificationCurve verificationCurve(const PairDistances& pairs, const std::vector<double>& fars) {
    if (pairs.positive.empty() || pairs.negative.empty())
        throw InputError("verification: the curve needs same-class and different-class pairs");
    requireFinite(pairs.positive, "same-class");
    requireFinite(pairs.negative, "different-class");
    std::vector<float> pos = pairs.positive, neg = pairs.negative;
    std::sort(pos.begin(), pos.end());
    std::sort(neg.begin(), neg.end());

    VerificationCurve curve;
    curve.positivePairs = static_cast<int64_t>(pos.size());
    curve.negativePairs = static_cast<int64_t>(neg.size());
    curve.positiveAvailable = std::max(pairs.positiveAvailable, curve.positivePairs);
    curve.negativeAvailable = std::max(pairs.negativeAvailable, curve.negativePairs);
    const auto P = static_cast<double>(pos.size()), N = static_cast<double>(neg.size());

    // Sweep the distinct distances upwards; each one adds every pair at that distance.
    size_t i = 0, j = 0;
    while (i < pos.size() || j < neg.size()) {
        const float t = j == neg.size()   ? pos[i]
                        : i == pos.size() ? neg[j]
                                          : std::min(pos[i], neg[j]);
        while (i < pos.size() && pos[i] == t)
            ++i;
        while (j < neg.size() && neg[j] == t)
            ++j;
        curve.roc.push_back({t, static_cast<double>(j) / N, static_cast<double>(i) / P});
    }

    RocPoint previous;  // the origin: nothing accepted
    previous.threshold = curve.roc.front().threshold;
    bool eerFound = false;
    for (const RocPoint& p : curve.roc) {
        curve.auc += (p.falseAcceptRate - previous.falseAcceptRate) *
                     (p.trueAcceptRate + previous.trueAcceptRate) / 2;
        // FAR - FRR rises from -1 at the origin to 1 at the end: the EER is its zero.
        const double before = previous.falseAcceptRate - (1 - previous.trueAcceptRate);
        const double now = p.falseAcceptRate - (1 - p.trueAcceptRate);
        if (!eerFound && now >= 0) {
            const double t = now == before ? 0 : -before / (now - before);
            curve.equalErrorRate = lerp(previous.falseAcceptRate, p.falseAcceptRate, t);
            curve.equalErrorThreshold = lerp(previous.threshold, p.threshold, t);
            eerFound = true;
        }
        previous = p;
    }
    for (double far : fars) {
        if (far * N < 1) continue;  // not one false accept allowed: the pairs cannot tell
        double best = 0;
        for (const RocPoint& p : curve.roc)
            if (p.falseAcceptRate <= far) best = std::max(best, p.trueAcceptRate);
        curve.tarAtFar[far] = best;
    }
    return curve;
}

std::vector<RocPoint> thinnedRoc(const std::vector<RocPoint>& roc, size_t maxPoints) {
    if (roc.size() <= maxPoints || maxPoints < 4) return roc;
    // Targets along FAR: half evenly spaced, half evenly spaced in log10 down to the smallest
    // non-zero FAR; for each, the last point at or below it; and the two ends.
    double smallest = 1;
    for (const RocPoint& p : roc)
        if (p.falseAcceptRate > 0) smallest = std::min(smallest, p.falseAcceptRate);
    std::set<size_t> keep = {0, roc.size() - 1};
    const size_t half = (maxPoints - 2) / 2;
    for (size_t k = 0; k < half; ++k) {
        const double f = static_cast<double>(k) / static_cast<double>(half - 1);
        for (double target : {f, std::pow(10.0, std::log10(smallest) * (1 - f))}) {
            const auto after = std::upper_bound(
                roc.begin(), roc.end(), target,
                [](double far, const RocPoint& p) { return far < p.falseAcceptRate; });
            if (after != roc.begin()) keep.insert(static_cast<size_t>(after - roc.begin() - 1));
        }
    }
    std::vector<RocPoint> out;
    for (size_t k : keep)
        out.push_back(roc[k]);
    return out;
}

double thresholdForFalseAcceptRate(std::vector<float> negative, double targetFar) {
    if (negative.empty())
        throw InputError("verification: choosing a threshold needs different-class pairs");
    if (!(targetFar >= 0 && targetFar <= 1))
        throw InputError("verification: the target false-accept rate must be in [0, 1]");
    requireFinite(negative, "different-class");
    std::sort(negative.begin(), negative.end());
    const auto allowed =
        static_cast<size_t>(std::floor(targetFar * static_cast<double>(negative.size())));
    if (allowed >= negative.size()) return negative.back();
    // Accepting distances <= t must leave out negative[allowed] and its ties.
    const float first = negative[allowed];
    const auto below = std::lower_bound(negative.begin(), negative.end(), first);
    if (below == negative.begin()) return std::nextafter(first, -INFINITY);
    const float last = *(below - 1);
    const float half = last + (first - last) / 2;
    return half < first ? half : last;
}

OperatingPoint operatingPoint(const PairDistances& pairs, double threshold) {
    OperatingPoint point;
    point.threshold = threshold;
    if (!pairs.negative.empty())
        point.falseAcceptRate =
            static_cast<double>(std::count_if(pairs.negative.begin(), pairs.negative.end(),
                                              [&](float d) { return d <= threshold; })) /
            static_cast<double>(pairs.negative.size());
    if (!pairs.positive.empty())
        point.falseRejectRate =
            static_cast<double>(std::count_if(pairs.positive.begin(), pairs.positive.end(),
                                              [&](float d) { return d > threshold; })) /
            static_cast<double>(pairs.positive.size());
    return point;
}

}  // namespace grindstone
