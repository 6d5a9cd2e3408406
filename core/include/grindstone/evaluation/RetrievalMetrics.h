#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// Class-disjoint retrieval and clustering figures, every query excluded from its own results.
struct RetrievalMetrics {
    std::map<int, double> recallAtK;  ///< K -> fraction of queries with a same-class item in top K
    double nmi = 0;                   ///< NMI of k-means (as many clusters as classes) vs labels
    double f1 = 0;                    ///< pairwise clustering F1 of the same k-means
    double mapAtR = 0;                ///< MAP@R (Musgrave et al. 2020)
    double rPrecision = 0;            ///< R-precision
    int64_t queries = 0;
};

/// Computes every figure. k-NN distances and k-means go through FAISS; the work is split over
/// the OpenMP threads available. `seed` fixes k-means.
RetrievalMetrics evaluateRetrieval(const Matrix& embeddings, const std::vector<int>& labels,
                                   const std::vector<int>& ks, uint64_t seed = 1);

/// Ranking part alone (Recall@K, MAP@R, R-precision), exposed for tests and the bench.
RetrievalMetrics rankingMetrics(const Matrix& embeddings, const std::vector<int>& labels,
                                const std::vector<int>& ks);

/// k-means cluster assignment (FAISS), `clusters` centroids, deterministic for `seed`.
std::vector<int> kmeansAssign(const Matrix& embeddings, int clusters, uint64_t seed);

/// Normalised mutual information (arithmetic-mean normalisation, as sklearn's default).
double normalizedMutualInformation(const std::vector<int>& clusters,
                                   const std::vector<int>& labels);

/// Pairwise clustering F1: precision / recall over pairs put in the same cluster.
double clusteringF1(const std::vector<int>& clusters, const std::vector<int>& labels);

}  // namespace grindstone
