// k-means through FAISS, and the two figures that score a clustering against the labels.
#include <faiss/Clustering.h>
#include <faiss/IndexFlat.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "evaluation/BlasThreads.h"
#include "evaluation/InputChecks.h"
#include "evaluation/KmeansSeeding.h"
#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {

namespace {

constexpr int kKmeansIterations = 20;

/// Counts of a clustering against labels: the marginals and the non-empty contingency cells.
struct Contingency {
    std::vector<int64_t> clusterSizes;
    std::vector<int64_t> classSizes;
    std::vector<int64_t> cells;
    int64_t total = 0;
};

Contingency contingency(const std::vector<int>& clusters, const std::vector<int>& labels,
                        const char* what) {
    if (clusters.size() != labels.size())
        throw InputError(std::string(what) + ": " + std::to_string(clusters.size()) +
                         " cluster ids for " + std::to_string(labels.size()) + " labels");
    if (clusters.empty()) throw InputError(std::string(what) + ": nothing to compare");
    int32_t clusterCount = 0;
    int32_t classCount = 0;
    const std::vector<int32_t> c = evaluation::denseLabels(clusters, &clusterCount);
    const std::vector<int32_t> y = evaluation::denseLabels(labels, &classCount);
    Contingency table;
    table.total = static_cast<int64_t>(c.size());
    table.clusterSizes.assign(static_cast<size_t>(clusterCount), 0);
    table.classSizes.assign(static_cast<size_t>(classCount), 0);
    // Sorted pairs instead of a dense table: with thousands of classes (SOP) a
    // clusters x classes table would not fit in memory.
    std::vector<std::pair<int32_t, int32_t>> pairs(c.size());
    for (size_t i = 0; i < c.size(); ++i) {
        pairs[i] = {c[i], y[i]};
        ++table.clusterSizes[static_cast<size_t>(c[i])];
        ++table.classSizes[static_cast<size_t>(y[i])];
    }
    std::sort(pairs.begin(), pairs.end());
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        table.cells.push_back(static_cast<int64_t>(j - i));
        i = j;
    }
    return table;
}

double entropy(const std::vector<int64_t>& sizes, double total) {
    double h = 0;
    for (int64_t size : sizes) {
        const double p = static_cast<double>(size) / total;
        h -= p * std::log(p);
    }
    return h;
}

int64_t pairsWithin(int64_t size) {
    return size * (size - 1) / 2;
}

}  // namespace

std::vector<int> kmeansAssign(const Matrix& embeddings, int clusters, uint64_t seed) {
    evaluation::checkEmbeddings(embeddings, 1, "kmeansAssign");
    if (clusters < 1 || clusters > embeddings.rows)
        throw InputError("kmeansAssign: needs 1 to " + std::to_string(embeddings.rows) +
                         " clusters, got " + std::to_string(clusters));
    const auto n = embeddings.rows;
    const auto d = static_cast<int>(embeddings.cols);

    faiss::ClusteringParameters parameters;
    parameters.niter = kKmeansIterations;
    parameters.nredo = 1;
    parameters.verbose = false;
    // FAISS would draw its own seeds and subsample with this; neither happens here.
    parameters.seed = static_cast<int>(seed & 0x7fffffffu);
    // Every point takes part (no subsampling: the assignment is cheap at these sizes), and
    // FAISS's "too few points per centroid" warning is not ours to print.
    parameters.max_points_per_centroid =
        static_cast<int>(std::min<int64_t>(n / clusters + 1, std::numeric_limits<int>::max()));
    parameters.min_points_per_centroid = 1;

    const evaluation::ScopedSingleThreadedBlas singleThreadedBlas;
    faiss::Clustering kmeans(d, clusters, parameters);
    // Centroids present on input are FAISS's starting point.
    kmeans.centroids = evaluation::kmeansPlusPlusSeeds(embeddings, clusters, seed);
    faiss::IndexFlatL2 index(d);
    kmeans.train(n, embeddings.values.data(), index);

    // After training the index holds exactly the final centroids.
    std::vector<float> distances(static_cast<size_t>(n));
    std::vector<faiss::Index::idx_t> nearest(static_cast<size_t>(n));
    index.search(n, embeddings.values.data(), 1, distances.data(), nearest.data());
    return std::vector<int>(nearest.begin(), nearest.end());
}

double normalizedMutualInformation(const std::vector<int>& clusters,
                                   const std::vector<int>& labels) {
    const Contingency table = contingency(clusters, labels, "normalizedMutualInformation");
    if (table.clusterSizes.size() == 1 && table.classSizes.size() == 1) return 1.0;
    const auto total = static_cast<double>(table.total);
    // I = H(c) + H(y) - H(c, y): the cells need no lookup of their marginals.
    const double hc = entropy(table.clusterSizes, total);
    const double hy = entropy(table.classSizes, total);
    const double joint = entropy(table.cells, total);
    const double information = std::max(0.0, hc + hy - joint);
    return std::clamp(2.0 * information / (hc + hy), 0.0, 1.0);
}

double clusteringF1(const std::vector<int>& clusters, const std::vector<int>& labels) {
    const Contingency table = contingency(clusters, labels, "clusteringF1");
    int64_t predicted = 0;  // pairs put in one cluster
    int64_t actual = 0;     // pairs of one class
    int64_t shared = 0;     // pairs both
    for (int64_t size : table.clusterSizes)
        predicted += pairsWithin(size);
    for (int64_t size : table.classSizes)
        actual += pairsWithin(size);
    for (int64_t size : table.cells)
        shared += pairsWithin(size);
    if (predicted == 0 && actual == 0) return 1.0;
    if (shared == 0) return 0.0;
    const double precision = static_cast<double>(shared) / static_cast<double>(predicted);
    const double recall = static_cast<double>(shared) / static_cast<double>(actual);
    return 2.0 * precision * recall / (precision + recall);
}

}  // namespace grindstone
