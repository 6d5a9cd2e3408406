#include <cmath>
#include <limits>

#include "projection/Tsne.h"

namespace grindstone::projection {

namespace {

// sklearn's _binary_search_perplexity: 100 steps, entropy tolerance 1e-5.
constexpr int kSearchSteps = 100;
constexpr double kEntropyTolerance = 1e-5;

/// One row's conditional p_j|i into `p` (k values summing to 1).
void calibrateRow(const float* d2, int k, double perplexity, double* p) {
    // Distances shifted by the nearest: the normalised row and its entropy are unchanged, and
    // exp() cannot underflow to an all-zero row however far the points are.
    const double nearest = d2[0];
    const double targetEntropy = std::log(perplexity);
    double beta = 1, low = -std::numeric_limits<double>::infinity(),
           high = std::numeric_limits<double>::infinity();
    for (int step = 0; step < kSearchSteps; ++step) {
        double sum = 0, weighted = 0;
        for (int j = 0; j < k; ++j) {
            const double shifted = d2[j] - nearest;
            p[j] = std::exp(-shifted * beta);
            sum += p[j];
            weighted += shifted * p[j];
        }
        const double entropy = std::log(sum) + beta * weighted / sum;
        const double error = entropy - targetEntropy;
        if (std::fabs(error) <= kEntropyTolerance) break;
        if (error > 0) {  // too flat: narrow the kernel
            low = beta;
            beta = std::isinf(high) ? beta * 2 : (beta + high) / 2;
        } else {
            high = beta;
            beta = std::isinf(low) ? beta / 2 : (beta + low) / 2;
        }
    }
    double sum = 0;
    for (int j = 0; j < k; ++j)
        sum += p[j];
    for (int j = 0; j < k; ++j)
        p[j] /= sum;
}

double add(double a, double b) {
    return a + b;
}

}  // namespace

SparseGraph tsneAffinities(const Neighbours& neighbours, double perplexity) {
    const int64_t n = neighbours.rows;
    const int k = neighbours.k;
    SparseGraph conditional = neighbourGraph(neighbours);
#pragma omp parallel for schedule(static)
    for (int64_t i = 0; i < n; ++i) {
        const auto at = static_cast<size_t>(i * k);
        calibrateRow(neighbours.distances.data() + at, k, perplexity,
                     conditional.weights.data() + at);
    }
    SparseGraph joint = symmetrise(conditional, add);
    double total = 0;
    for (double w : joint.weights)
        total += w;
    for (double& w : joint.weights)
        w /= total;
    return joint;
}

}  // namespace grindstone::projection
