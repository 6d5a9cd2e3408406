// Recall@K, MAP@R and R-precision over every query: each row against the others, or query rows
// against a gallery.
#include <omp.h>

#include <algorithm>

#include "evaluation/BlasThreads.h"
#include "evaluation/InputChecks.h"
#include "evaluation/QueryBlock.h"
#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {

int evaluationThreadCount() {
    return omp_get_max_threads();
}

namespace {

/// Every query of `problem` ranked, in blocks over the OpenMP threads, and the figures summed.
RetrievalMetrics rankAll(const evaluation::RankingProblem& problem, const std::vector<int>& ks) {
    using namespace evaluation;
    const int64_t n = problem.queryCount();
    // Everything that allocates happens here: an exception must not leave an OpenMP region.
    const int threads = omp_get_max_threads();
    std::vector<QueryBlock> workspaces;
    workspaces.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t)
        workspaces.emplace_back(problem);
    std::vector<QueryRanking> rankings(static_cast<size_t>(n));
    std::vector<char> answered(static_cast<size_t>(n), 0);

    // Blocks do not depend on the thread count, so neither do the figures.
    const int64_t blockRows = std::max<int64_t>(1, std::min(QueryBlock::kRows, n));
    const int64_t blocks = (n + blockRows - 1) / blockRows;
    const ScopedSingleThreadedBlas singleThreadedBlas;
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int64_t block = 0; block < blocks; ++block) {
        const int64_t first = block * blockRows;
        workspaces[static_cast<size_t>(omp_get_thread_num())].rank(
            first, std::min(blockRows, n - first), rankings.data() + first,
            answered.data() + first);
    }

    // Summed in query order, again so that the thread count changes nothing.
    RetrievalMetrics metrics;
    std::map<int, int64_t> found;
    for (int k : ks)
        found[k] = 0;
    double averagePrecision = 0;
    double rPrecision = 0;
    for (int64_t q = 0; q < n; ++q) {
        if (!answered[static_cast<size_t>(q)]) continue;
        const QueryRanking& ranking = rankings[static_cast<size_t>(q)];
        ++metrics.queries;
        averagePrecision += ranking.averagePrecision;
        rPrecision += ranking.rPrecision;
        for (auto& [k, count] : found)
            if (ranking.firstRelevant >= 0 && ranking.firstRelevant < k) ++count;
    }
    // With no query to answer (every class a singleton) the figures stay 0, every K present.
    const auto queries = static_cast<double>(std::max<int64_t>(metrics.queries, 1));
    metrics.mapAtR = averagePrecision / queries;
    metrics.rPrecision = rPrecision / queries;
    for (const auto& [k, count] : found)
        metrics.recallAtK[k] = static_cast<double>(count) / queries;
    return metrics;
}

/// The query rows and the gallery rows of a query / gallery evaluation, each with its labels.
struct QueryGallerySplit {
    Matrix queries;
    std::vector<int> queryLabels;
    Matrix gallery;
    std::vector<int> galleryLabels;
};

QueryGallerySplit splitQueryGallery(const Matrix& embeddings, const std::vector<int>& labels,
                                    const std::vector<bool>& inGallery) {
    evaluation::checkGalleryFlags(embeddings, inGallery, "query / gallery evaluation");
    const auto galleryRows =
        static_cast<int64_t>(std::count(inGallery.begin(), inGallery.end(), true));
    if (galleryRows == 0 || galleryRows == embeddings.rows) {
        throw InputError("query / gallery evaluation: " + std::to_string(galleryRows) + " of " +
                         std::to_string(embeddings.rows) +
                         " rows are gallery rows; it needs both queries and a gallery");
    }
    QueryGallerySplit split;
    split.queries = Matrix(embeddings.rows - galleryRows, embeddings.cols);
    split.gallery = Matrix(galleryRows, embeddings.cols);
    int64_t q = 0;
    int64_t g = 0;
    for (int64_t i = 0; i < embeddings.rows; ++i) {
        const bool gallery = inGallery[static_cast<size_t>(i)];
        float* to = gallery ? split.gallery.row(g++) : split.queries.row(q++);
        std::copy_n(embeddings.row(i), embeddings.cols, to);
        (gallery ? split.galleryLabels : split.queryLabels)
            .push_back(labels[static_cast<size_t>(i)]);
    }
    return split;
}

}  // namespace

RetrievalMetrics rankingMetrics(const Matrix& embeddings, const std::vector<int>& labels,
                                const std::vector<int>& ks, const std::vector<bool>& inGallery) {
    using namespace evaluation;
    checkEmbeddings(embeddings, 2, "rankingMetrics");
    checkLabels(embeddings, labels, "rankingMetrics");
    checkKs(ks, "rankingMetrics");
    const int64_t maxK = ks.empty() ? 1 : *std::max_element(ks.begin(), ks.end());
    if (inGallery.empty()) return rankAll(RankingProblem(embeddings, labels, maxK), ks);
    const QueryGallerySplit split = splitQueryGallery(embeddings, labels, inGallery);
    return rankAll(
        RankingProblem(split.queries, split.queryLabels, split.gallery, split.galleryLabels, maxK),
        ks);
}

}  // namespace grindstone
