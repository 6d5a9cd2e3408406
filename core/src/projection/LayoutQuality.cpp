// How faithful a layout is: trustworthiness against the data, k-NN label agreement.
#include <algorithm>
#include <string>

// torch/linalg.h needs the tensor types declared first.
#include <torch/types.h>

#include <torch/linalg.h>

#include "evaluation/InputChecks.h"
#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"
#include "projection/ProjectionSupport.h"

namespace grindstone {

namespace {

// Rows of squared distances computed per block: 512 x 70,000 floats stay ~140 MB at most.
constexpr int64_t kRowBlock = 512;

}  // namespace

double trustworthiness(const Matrix& data, const Matrix& layout, int k) {
    evaluation::checkEmbeddings(data, 3, "trustworthiness (data)");
    evaluation::checkEmbeddings(layout, 3, "trustworthiness (layout)");
    const int64_t n = data.rows;
    if (layout.rows != n)
        throw InputError("trustworthiness: layout has " + std::to_string(layout.rows) +
                         " rows, data " + std::to_string(n));
    if (k < 1 || k >= static_cast<double>(n) / 2)
        throw InputError("trustworthiness: k = " + std::to_string(k) + " must be in [1, " +
                         std::to_string((n - 1) / 2) + "] for " + std::to_string(n) + " points");
    const projection::Neighbours low =
        projection::exactNeighbours(layout, k, projection::ProgressReporter());

    torch::NoGradGuard noGrad;
    const torch::Tensor x =
        torch::from_blob(const_cast<float*>(data.values.data()), {n, data.cols}, torch::kFloat);
    const torch::Tensor norms = x.square().sum(1);
    double penalty = 0;
    for (int64_t first = 0; first < n; first += kRowBlock) {
        const int64_t count = std::min(kRowBlock, n - first);
        // Squared distances of the block's rows to every point (one sgemm).
        const torch::Tensor d2 = (norms.narrow(0, first, count).unsqueeze(1) + norms.unsqueeze(0) -
                                  2 * x.narrow(0, first, count).matmul(x.t()))
                                     .contiguous();
        const float* rows = d2.data_ptr<float>();
        double blockPenalty = 0;
#pragma omp parallel for schedule(static) reduction(+ : blockPenalty)
        for (int64_t q = 0; q < count; ++q) {
            const int64_t i = first + q;
            const float* d = rows + q * n;
            for (int j = 0; j < k; ++j) {
                // Rank of the layout's neighbour among the data's neighbours of i (1 = nearest),
                // ties broken by index as a stable sort would.
                const int64_t target = low.index(i, j);
                const float dt = d[target];
                int64_t rank = 1;
                for (int64_t l = 0; l < n; ++l)
                    rank += (l != i) & ((d[l] < dt) | ((d[l] == dt) & (l < target)));
                if (rank > k) blockPenalty += static_cast<double>(rank - k);
            }
        }
        penalty += blockPenalty;  // integers: the sum is exact whatever the order
    }
    const double kk = k;
    return 1.0 - penalty * 2.0 / (static_cast<double>(n) * kk * (2.0 * n - 3.0 * kk - 1.0));
}

double knnLabelAgreement(const Matrix& layout, const std::vector<int>& labels, int k) {
    evaluation::checkEmbeddings(layout, 2, "k-NN label agreement");
    evaluation::checkLabels(layout, labels, "k-NN label agreement");
    if (k < 1 || k >= layout.rows)
        throw InputError("k-NN label agreement: k = " + std::to_string(k) + " must be in [1, " +
                         std::to_string(layout.rows - 1) + "]");
    const projection::Neighbours nn =
        projection::exactNeighbours(layout, k, projection::ProgressReporter());
    int64_t agreeing = 0;
    for (int64_t i = 0; i < layout.rows; ++i)
        for (int j = 0; j < k; ++j)
            agreeing +=
                labels[static_cast<size_t>(nn.index(i, j))] == labels[static_cast<size_t>(i)];
    return static_cast<double>(agreeing) / static_cast<double>(layout.rows * k);
}

}  // namespace grindstone
