#pragma once

#include "grindstone/quality/SampleQuality.h"

namespace grindstone::quality {

/// Exact k nearest real embeddings (Euclidean). The reference is a few thousand rows and a probe
/// a few hundred, so a blocked distance matrix beats building an index.
class RealNeighbours {
public:
    explicit RealNeighbours(const RealReference& reference);

    /// The k nearest reference rows of each query row, nearest first: distances and rows.
    void nearest(const torch::Tensor& queries, int k, torch::Tensor& distances,
                 torch::Tensor& rows) const;

    /// Each reference row's distance to its k-th nearest other reference row.
    torch::Tensor ownKthDistances(int k) const;

private:
    torch::Tensor m_reference;  // rows x D, float32
};

/// Root mean squared distance of the rows to their centroid.
double spreadOf(const torch::Tensor& rows);

}  // namespace grindstone::quality
