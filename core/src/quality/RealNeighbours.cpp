#include "quality/RealNeighbours.h"

#include <faiss/IndexFlat.h>

#include <algorithm>

#include "runtime/MatrixTensor.h"

namespace grindstone::quality {

RealNeighbours::RealNeighbours(const RealReference& reference)
    : m_reference(matrixTensor(reference.embeddings).to(torch::kFloat32).contiguous()),
      m_index(std::make_unique<faiss::IndexFlatL2>(
          static_cast<faiss::Index::idx_t>(reference.embeddings.cols))) {
    m_index->add(m_reference.size(0), m_reference.data_ptr<float>());
}

RealNeighbours::~RealNeighbours() = default;

void RealNeighbours::nearest(const torch::Tensor& queries, int k, torch::Tensor& distances,
                             torch::Tensor& rows) const {
    torch::NoGradGuard noGrad;
    const torch::Tensor q = queries.to(torch::kFloat32).contiguous();
    const int64_t n = q.size(0);
    torch::Tensor squared = torch::empty({n, k}, torch::kFloat32);
    rows = torch::empty({n, k}, torch::kInt64);
    static_assert(sizeof(faiss::Index::idx_t) == sizeof(int64_t));
    if (n > 0)
        m_index->search(n, q.data_ptr<float>(), k, squared.data_ptr<float>(),
                        reinterpret_cast<faiss::Index::idx_t*>(rows.data_ptr<int64_t>()));
    // FAISS gives squared L2 distances, a rounding below zero for a duplicate.
    distances = squared.clamp_min(0).sqrt();
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
