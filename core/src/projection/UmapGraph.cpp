// UMAP's inputs: the fuzzy simplicial set of the data and the a, b of its output kernel.
#include <algorithm>
#include <cmath>
#include <limits>

#include "projection/Umap.h"

namespace grindstone::projection {

namespace {

// umap-learn's smooth_knn_dist constants.
constexpr int kSigmaSteps = 64;
constexpr double kSigmaTolerance = 1e-5;
constexpr double kMinSigmaScale = 1e-3;

double fuzzyUnion(double a, double b) {
    return a + b - a * b;
}

/// sigma of one row (Euclidean distances, nearest first, the point itself excluded).
double smoothSigma(const double* d, int count, double rho, double target) {
    double low = 0, high = std::numeric_limits<double>::infinity(), mid = 1;
    for (int step = 0; step < kSigmaSteps; ++step) {
        double sum = 0;
        for (int j = 0; j < count; ++j)
            sum += d[j] - rho > 0 ? std::exp(-(d[j] - rho) / mid) : 1.0;
        if (std::fabs(sum - target) < kSigmaTolerance) break;
        if (sum > target) {
            high = mid;
            mid = (low + high) / 2;
        } else {
            low = mid;
            mid = std::isinf(high) ? mid * 2 : (low + high) / 2;
        }
    }
    return mid;
}

}  // namespace

SparseGraph fuzzySimplicialSet(const Neighbours& neighbours) {
    const int64_t n = neighbours.rows;
    const int k = neighbours.k;
    // umap-learn counts the point itself among its k neighbours (at distance 0).
    const double target = std::log2(static_cast<double>(k + 1));
    double allDistances = 0;
    for (float d2 : neighbours.distances)
        allDistances += std::sqrt(static_cast<double>(d2));
    const double meanDistance = allDistances / static_cast<double>(n * (k + 1));

    SparseGraph memberships = neighbourGraph(neighbours);
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; ++i) {
        const auto at = static_cast<size_t>(i * k);
        std::vector<double> d(static_cast<size_t>(k));
        double rho = 0, sum = 0;
        for (int j = 0; j < k; ++j) {
            d[static_cast<size_t>(j)] = std::sqrt(static_cast<double>(neighbours.distance(i, j)));
            sum += d[static_cast<size_t>(j)];
            if (rho == 0 && d[static_cast<size_t>(j)] > 0) rho = d[static_cast<size_t>(j)];
        }
        double sigma = smoothSigma(d.data(), k, rho, target);
        const double floor = kMinSigmaScale * (rho > 0 ? sum / (k + 1) : meanDistance);
        sigma = std::max(sigma, floor);
        for (int j = 0; j < k; ++j) {
            const double over = d[static_cast<size_t>(j)] - rho;
            memberships.weights[at + static_cast<size_t>(j)] =
                (over <= 0 || sigma == 0) ? 1.0 : std::exp(-over / sigma);
        }
    }
    return symmetrise(memberships, fuzzyUnion);
}

UmapCurve fitUmapCurve(double minDist) {
    // Levenberg-Marquardt from (1, 1), as scipy's curve_fit, on umap-learn's 300 samples.
    constexpr int kSamples = 300;
    constexpr double kSpread = 1.0;
    std::vector<double> x(kSamples), y(kSamples);
    for (int s = 0; s < kSamples; ++s) {
        x[s] = 3.0 * kSpread * s / (kSamples - 1);
        y[s] = x[s] < minDist ? 1.0 : std::exp(-(x[s] - minDist) / kSpread);
    }
    auto residuals = [&](double a, double b) {
        double sum = 0;
        for (int s = 0; s < kSamples; ++s) {
            const double r = 1.0 / (1.0 + a * std::pow(x[s], 2 * b)) - y[s];
            sum += r * r;
        }
        return sum;
    };
    double a = 1, b = 1, lambda = 1e-3, cost = residuals(a, b);
    for (int it = 0; it < 200; ++it) {
        // Normal equations J^T J + lambda diag, J^T r of the 2 parameters.
        double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
        for (int s = 0; s < kSamples; ++s) {
            const double p = x[s] > 0 ? std::pow(x[s], 2 * b) : 0.0;
            const double f = 1.0 / (1.0 + a * p);
            const double r = f - y[s];
            const double da = -p * f * f;
            const double db = x[s] > 0 ? -a * p * 2 * std::log(x[s]) * f * f : 0.0;
            jaa += da * da;
            jab += da * db;
            jbb += db * db;
            ga += da * r;
            gb += db * r;
        }
        const double maa = jaa * (1 + lambda), mbb = jbb * (1 + lambda);
        const double det = maa * mbb - jab * jab;
        if (det == 0) break;
        const double stepA = -(mbb * ga - jab * gb) / det, stepB = -(maa * gb - jab * ga) / det;
        const double trial = residuals(a + stepA, b + stepB);
        if (trial < cost) {
            const bool converged = cost - trial < 1e-14 * std::max(cost, 1e-300);
            a += stepA;
            b += stepB;
            cost = trial;
            lambda /= 10;
            if (converged) break;
        } else {
            lambda *= 10;
            if (lambda > 1e12) break;
        }
    }
    return {a, b};
}

}  // namespace grindstone::projection
