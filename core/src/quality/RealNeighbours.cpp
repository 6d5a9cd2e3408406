#include "quality/RealNeighbours.h"

#include "runtime/MatrixTensor.h"

#include <algorithm>

namespace grindstone::quality {
namespace {

constexpr int64_t kBlock = 1024;  // query rows per distance block: bounds memory at ~20 MB

}  // namespace

RealNeighbours::RealNeighbours(const RealReference& reference)
    : m_reference(matrixTensor(reference.embeddings)) {}

void RealNeighbours::nearest(const torch::Tensor& queries, int k, torch::Tensor& distances,
                             torch::Tensor& rows) const {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> d, r;
    for (int64_t start = 0; start < queries.size(0); start += kBlock) {
        const auto block = queries.narrow(0, start, std::min(kBlock, queries.size(0) - start));
        const auto [values, indices] =
            torch::cdist(block, m_reference).topk(k, 1, /*largest=*/false, /*sorted=*/true);
        d.push_back(values);
        r.push_back(indices);
    }
    distances = torch::cat(d);
    rows = torch::cat(r);
}

torch::Tensor RealNeighbours::ownKthDistances(int k) const {
    torch::Tensor distances, rows;
    // The nearest row of a reference row is itself (distance 0): ask for one more.
    nearest(m_reference, k + 1, distances, rows);
    return distances.select(1, k);
}

double spreadOf(const torch::Tensor& rows) {
    torch::NoGradGuard noGrad;
    if (rows.size(0) == 0) return 0;
    const auto centred = rows.to(torch::kFloat64) - rows.to(torch::kFloat64).mean(0, true);
    return std::sqrt(centred.pow(2).sum(1).mean().item<double>());
}

}  // namespace grindstone::quality
