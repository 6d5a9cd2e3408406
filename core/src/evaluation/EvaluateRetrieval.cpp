#include "evaluation/InputChecks.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {

RetrievalMetrics evaluateRetrieval(const Matrix& embeddings, const std::vector<int>& labels,
                                   const std::vector<int>& ks, uint64_t seed,
                                   const std::vector<bool>& inGallery) {
    // Checked here too so that bad input fails before any work, whatever runs first.
    evaluation::checkEmbeddings(embeddings, 2, "evaluateRetrieval");
    evaluation::checkLabels(embeddings, labels, "evaluateRetrieval");
    evaluation::checkKs(ks, "evaluateRetrieval");

    RetrievalMetrics metrics = rankingMetrics(embeddings, labels, ks, inGallery);
    int32_t classes = 0;
    evaluation::denseLabels(labels, &classes);
    const std::vector<int> clusters = kmeansAssign(embeddings, classes, seed);
    metrics.nmi = normalizedMutualInformation(clusters, labels);
    metrics.f1 = clusteringF1(clusters, labels);
    return metrics;
}

}  // namespace grindstone
