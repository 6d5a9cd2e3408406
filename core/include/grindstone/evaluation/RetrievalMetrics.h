#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "grindstone/Matrix.h"

namespace grindstone {

/// Class-disjoint retrieval and clustering figures, every query excluded from its own results.
/// Either every row queries the others (leave-one-out, as CUB, Cars196 and SOP are evaluated),
/// or query rows search a separate gallery (In-Shop Clothes' protocol).
struct RetrievalMetrics {
    std::map<int, double> recallAtK;  ///< K -> fraction of queries with a same-class item in top K
    double nmi = 0;                   ///< NMI of k-means (as many clusters as classes) vs labels
    double f1 = 0;                    ///< pairwise clustering F1 of the same k-means
    double mapAtR = 0;                ///< MAP@R (Musgrave et al. 2020)
    double rPrecision = 0;            ///< R-precision
    int64_t queries = 0;              ///< queries counted: rows with a same-class item to find
};

/// The figures under the session files' keys, in the order the files write them:
/// recall_at_K (K ascending), nmi, f1, map_at_r, r_precision; as fractions. The one place
/// those keys are made.
std::vector<std::pair<std::string, double>> metricsInOrder(const RetrievalMetrics& metrics);
/// The same, looked up by key.
std::map<std::string, double> metricsByKey(const RetrievalMetrics& metrics);
/// Figures read back by key (run.json, a cache) in that same order; keys it does not know
/// come last, in name order.
std::vector<std::pair<std::string, double>> metricsInOrder(
    const std::map<std::string, double>& byKey);
/// "recall_at_K".
std::string recallKey(int k);
/// How tables and summaries head a key: R@K, NMI, F1, MAP@R, RP; other keys as they are.
std::string metricLabel(const std::string& key);

/// Computes every figure. Distances go through BLAS (sgemm), k-means through FAISS; the work
/// is split over the OpenMP threads available. `seed` fixes k-means.
/// Distances are squared Euclidean; equal distances rank the lower row index first, and the
/// figures equal those of a full sort of every row. A row alone in its class has nothing to
/// retrieve and is left out of the ranking figures (`queries`). Throws InputError on a label
/// count other than the row count, fewer than 2 rows, a K below 1, or an embedding value that
/// is not finite or beyond +-1e15.
/// `inGallery` empty: every row queries all the others. Otherwise one flag per row: the rows
/// flagged form the gallery, every other row is a query that ranks the gallery only (its R is
/// the gallery's items of its class; a query whose class has none is not counted), and k-means
/// clusters queries and gallery together. Throws InputError on a flag count other than the row
/// count, or when no row or every row is flagged.
RetrievalMetrics evaluateRetrieval(const Matrix& embeddings, const std::vector<int>& labels,
                                   const std::vector<int>& ks, uint64_t seed = 1,
                                   const std::vector<bool>& inGallery = {});

/// Ranking part alone (Recall@K, MAP@R, R-precision), exposed for tests and the bench.
RetrievalMetrics rankingMetrics(const Matrix& embeddings, const std::vector<int>& labels,
                                const std::vector<int>& ks,
                                const std::vector<bool>& inGallery = {});

/// k-means cluster assignment: k-means++ seeds, then 20 Lloyd iterations in FAISS over every
/// point; `clusters` centroids, deterministic for `seed`. Throws InputError unless
/// 1 <= clusters <= rows.
std::vector<int> kmeansAssign(const Matrix& embeddings, int clusters, uint64_t seed);

/// Normalised mutual information (arithmetic-mean normalisation, as sklearn's default):
/// 2 I(c; y) / (H(c) + H(y)), and 1 when both sides are a single group. Any int ids. Throws
/// InputError on empty or different-length inputs (so does clusteringF1).
double normalizedMutualInformation(const std::vector<int>& clusters,
                                   const std::vector<int>& labels);

/// Pairwise clustering F1: precision / recall over pairs put in the same cluster. 0 when no
/// pair is shared; 1 when neither side puts any two items together.
double clusteringF1(const std::vector<int>& clusters, const std::vector<int>& labels);

/// Threads the evaluation runs on (OpenMP's current maximum, shared with LibTorch).
int evaluationThreadCount();

}  // namespace grindstone
