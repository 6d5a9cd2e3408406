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

std::vector<std::pair<std::string, double>> metricsInOrder(const RetrievalMetrics& metrics) {
    std::vector<std::pair<std::string, double>> out;
    for (const auto& [k, v] : metrics.recallAtK)
        out.emplace_back(recallKey(k), v);
    out.emplace_back("nmi", metrics.nmi);
    out.emplace_back("f1", metrics.f1);
    out.emplace_back("map_at_r", metrics.mapAtR);
    out.emplace_back("r_precision", metrics.rPrecision);
    return out;
}

std::map<std::string, double> metricsByKey(const RetrievalMetrics& metrics) {
    const auto ordered = metricsInOrder(metrics);
    return {ordered.begin(), ordered.end()};
}

std::string recallKey(int k) {
    return "recall_at_" + std::to_string(k);
}

std::string metricLabel(const std::string& key) {
    static const std::string recall = "recall_at_";
    if (key.rfind(recall, 0) == 0) return "R@" + key.substr(recall.size());
    static const std::map<std::string, std::string> labels = {
        {"nmi", "NMI"}, {"f1", "F1"}, {"map_at_r", "MAP@R"}, {"r_precision", "RP"}};
    const auto it = labels.find(key);
    return it == labels.end() ? key : it->second;
}

}  // namespace grindstone
