#include "projection/Tsne.h"

#include <algorithm>
#include <cmath>

#include "grindstone/projection/LayoutMath.h"
#include "projection/BarnesHutTree.h"

namespace grindstone::projection {

namespace {

// sklearn's TSNE settings (1.2), so results compare with it.
constexpr double kExaggeration = 12;
constexpr int kExaggeratedIterations = 250;
constexpr double kEarlyMomentum = 0.5, kLateMomentum = 0.8;
constexpr double kMinGain = 0.01;
constexpr double kInitialSpread = 1e-4;
constexpr int kReportEvery = 10;

struct Schedule {
    int iterations = 0;
    int exaggerated = 0;
    double learningRate = 0;
};

/// Gradient descent with momentum and per-coordinate gains over the layout `y` (rows x Dims).
template <int Dims>
void optimise(std::vector<double>& y, const SparseGraph& p, const Schedule& schedule, double theta,
              const ProgressReporter& progress) {
    const int64_t n = p.rows;
    const auto size = static_cast<size_t>(n * Dims);
    std::vector<double> update(size, 0.0), gains(size, 1.0), repulsive(size), gradient(size);
    std::vector<double> sumQ(static_cast<size_t>(n));
    BarnesHutTree<Dims> tree;
    const double thetaSquared = theta * theta;
    for (int it = 0; it < schedule.iterations; ++it) {
        const bool early = it < schedule.exaggerated;
        const double exaggeration = early ? kExaggeration : 1.0;
        const double momentum = early ? kEarlyMomentum : kLateMomentum;
        tree.build(y.data(), n);
        // Per-point results in arrays and sums in index order: the same bits whatever the
        // thread count or schedule.
        tree.repulsion(thetaSquared, repulsive.data(), sumQ.data());
        double z = 0;
        for (double q : sumQ)
            z += q;
#pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < n; ++i) {
            double attract[Dims] = {};
            const double* yi = y.data() + i * Dims;
            for (auto e = static_cast<size_t>(p.rowStart[static_cast<size_t>(i)]);
                 e < static_cast<size_t>(p.rowStart[static_cast<size_t>(i + 1)]); ++e) {
                const double* yj = y.data() + static_cast<int64_t>(p.cols[e]) * Dims;
                double diff[Dims], d2 = 0;
                for (int d = 0; d < Dims; ++d) {
                    diff[d] = yi[d] - yj[d];
                    d2 += diff[d] * diff[d];
                }
                const double w = p.weights[e] / (1.0 + d2);
                for (int d = 0; d < Dims; ++d)
                    attract[d] += w * diff[d];
            }
            for (int d = 0; d < Dims; ++d) {
                const auto at = static_cast<size_t>(i * Dims + d);
                gradient[at] = 4.0 * (exaggeration * attract[d] - repulsive[at] / z);
            }
        }
#pragma omp parallel for schedule(static)
        for (int64_t at = 0; at < static_cast<int64_t>(size); ++at) {
            const auto a = static_cast<size_t>(at);
            // Gains grow where the step keeps reversing the gradient's sign, shrink otherwise.
            gains[a] = (update[a] * gradient[a] < 0) ? gains[a] + 0.2 : gains[a] * 0.8;
            gains[a] = std::max(gains[a], kMinGain);
            update[a] = momentum * update[a] - schedule.learningRate * gains[a] * gradient[a];
            y[a] += update[a];
        }
        // t-SNE's cost does not see translation; keeping the mean at 0 keeps the tree's box
        // and the numbers small.
        double mean[Dims] = {};
        for (int64_t i = 0; i < n; ++i)
            for (int d = 0; d < Dims; ++d)
                mean[d] += y[static_cast<size_t>(i * Dims + d)];
        for (int64_t i = 0; i < n; ++i)
            for (int d = 0; d < Dims; ++d)
                y[static_cast<size_t>(i * Dims + d)] -= mean[d] / static_cast<double>(n);
        if ((it + 1) % kReportEvery == 0 || it + 1 == schedule.iterations)
            progress.report(static_cast<double>(it + 1) / schedule.iterations,
                            early ? "t-SNE (early exaggeration)" : "t-SNE");
    }
}

std::vector<double> pcaStart(const Matrix& data, int dims) {
    const Matrix start = padColumns(principalComponents(data, dims).projected, dims);
    double mean = 0, squares = 0;
    for (int64_t i = 0; i < start.rows; ++i)
        mean += start.at(i, 0);
    mean /= static_cast<double>(start.rows);
    for (int64_t i = 0; i < start.rows; ++i)
        squares += (start.at(i, 0) - mean) * (start.at(i, 0) - mean);
    const double sd = std::sqrt(squares / static_cast<double>(start.rows));
    const double scale = sd > 0 ? kInitialSpread / sd : 1.0;
    std::vector<double> y(start.values.size());
    for (size_t a = 0; a < y.size(); ++a)
        y[a] = start.values[a] * scale;
    return y;
}

}  // namespace

Matrix runTsne(const Matrix& data, const ProjectionOptions& options, const Matrix* warmStart,
               const ProgressReporter& progress) {
    const int64_t n = data.rows;
    const int k = static_cast<int>(
        std::min<int64_t>(n - 1, static_cast<int64_t>(3 * options.perplexity + 1)));
    const Neighbours neighbours = nearestNeighbours(data, k, progress.part(0.0, 0.1));
    progress.report(0.1, "t-SNE affinities");
    const SparseGraph p = tsneAffinities(neighbours, options.perplexity);
    progress.report(0.12, "t-SNE affinities");

    Schedule schedule;
    schedule.learningRate = std::max(static_cast<double>(n) / kExaggeration / 4.0, 50.0);
    std::vector<double> y;
    if (warmStart) {
        y.assign(warmStart->values.begin(), warmStart->values.end());
        schedule.iterations = std::max(100, options.tsneIterations / 4);
    } else {
        y = pcaStart(data, options.dims);
        schedule.iterations = options.tsneIterations;
        schedule.exaggerated = std::min(kExaggeratedIterations, schedule.iterations);
    }
    const ProgressReporter steps = progress.part(0.12, 1.0);
    if (options.dims == 2)
        optimise<2>(y, p, schedule, options.theta, steps);
    else
        optimise<3>(y, p, schedule, options.theta, steps);
    Matrix layout(n, options.dims);
    std::transform(y.begin(), y.end(), layout.values.begin(),
                   [](double v) { return static_cast<float>(v); });
    return layout;
}

}  // namespace grindstone::projection
