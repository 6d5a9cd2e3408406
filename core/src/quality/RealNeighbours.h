#pragma once

#include <memory>

#include "grindstone/quality/SampleQuality.h"

namespace faiss {
struct IndexFlatL2;
}

namespace grindstone::quality {

/// Exact k nearest real embeddings (Euclidean) from a FAISS flat index over the reference: the
/// same search the projections use, and the index a larger reference (a step's whole training
/// split) would want.
class RealNeighbours {
public:
    explicit RealNeighbours(const RealReference& reference);
    ~RealNeighbours();

    /// The k nearest reference rows of each query row, nearest first: distances and rows.
    void nearest(const torch::Tensor& queries, int k, torch::Tensor& distances,
                 torch::Tensor& rows) const;

    /// Each reference row's distance to its k-th nearest other reference row.
    torch::Tensor ownKthDistances(int k) const;

private:
    torch::Tensor m_reference;  // rows x D, float32, contiguous
    std::unique_ptr<faiss::IndexFlatL2> m_index;
};

/// Root mean squared distance of the rows to their centroid.
double spreadOf(const torch::Tensor& rows);

}  // namespace grindstone::quality
