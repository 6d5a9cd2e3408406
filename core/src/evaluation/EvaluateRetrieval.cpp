#include "evaluation/InputChecks.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

namespace grindstone {

RetrievalMetrics evaluateRetrieval(const Matrix& embeddings, const std::vector<int>& labels,
                                   const std::vector<int>& ks, uint64_t seed) {
    // Checked here too so that bad input fails before any work, whatever runs first.
    evaluation::checkEmbeddings(embeddings, 2, "evaluateRetrieval");
    evaluation::checkLabels(embeddings, labels, "evaluateRetrieval");
    evaluation::checkKs(ks, "evaluateRetrieval");

    RetrievalMetrics metrics = rankingMetrics(embeddings, labels, ks);
    int32_t classes = 0;
    evaluation::denseLabels(labels, &classes);
    const std::vector<int> clusters = kmeansAssign(embeddings, classes, seed);
    metrics.nmi = normalizedMutualInformation(clusters, labels);
    metrics.f1 = clusteringF1(clusters, labels);
    return metrics;
}

std::map<std::string, double> metricsByKey(const RetrievalMetrics& metrics) {
    std::map<std::string, double> byKey;
    for (const auto& [k, v] : metrics.recallAtK)
        byKey["recall_at_" + std::to_string(k)] = v;
    byKey["nmi"] = metrics.nmi;
    byKey["f1"] = metrics.f1;
    byKey["map_at_r"] = metrics.mapAtR;
    byKey["r_precision"] = metrics.rPrecision;
    return byKey;
}

}  // namespace grindstone
