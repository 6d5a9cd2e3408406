#include "grindstone/quality/SampleQuality.h"

namespace grindstone {

std::string probeQualityJson(const ProbeQuality& q, int indent) {
    using nlohmann::json;
    json stages = json::array();
    for (const auto& s : q.stages)
        stages.push_back({{"stage_file", s.stageFile},
                          {"stage", stageName(s.stage.stage)},
                          {"role", roleName(s.stage.role)},
                          {"samples", s.samples},
                          {"mean_hardness", s.meanHardness},
                          {"violating_share", s.violatingShare},
                          {"label_consistency", s.labelConsistency},
                          {"not_negatives", s.notNegatives},
                          {"outliers", s.outliers},
                          {"spread", s.spread},
                          {"source_spread", s.sourceSpread},
                          {"diversity_ratio", s.diversityRatio},
                          {"collapsed", s.collapsed}});
    json samples = json::array();
    for (const auto& s : q.samples) {
        json neighbours = json::array();
        for (const auto& n : s.neighbours)
            neighbours.push_back(
                {{"dataset_index", n.datasetIndex}, {"label", n.label}, {"distance", n.distance}});
        samples.push_back({{"stage_file", s.stageFile},
                           {"row", s.row},
                           {"intended_label", s.intendedLabel},
                           {"hardness", s.hardness},
                           {"violates_margin", s.violatesMargin},
                           {"predicted_label", s.predictedLabel},
                           {"predicted_probability", s.predictedProbability},
                           {"label_consistent", s.labelConsistent},
                           {"anchor_class_share", s.anchorClassShare},
                           {"not_a_negative", s.notANegative},
                           {"kth_distance", s.kthDistance},
                           {"kth_distance_ratio", s.kthDistanceRatio},
                           {"outlier", s.outlier},
                           {"neighbours", neighbours}});
    }
    const auto& st = q.settings;
    const json out = {{"step", q.step},
                      {"art_margin", q.artMargin},
                      {"settings",
                       {{"neighbours", st.neighbours},
                        {"metric_margin", st.metricMargin},
                        {"outlier_quantile", st.outlierQuantile},
                        {"collapse_ratio", st.collapseRatio},
                        {"not_negative_share", st.notNegativeShare}}},
                      {"real_kth_distance_median", q.realKthDistanceMedian},
                      {"real_kth_distance_threshold", q.realKthDistanceThreshold},
                      {"classifier_accuracy", q.classifierAccuracy},
                      {"stages", stages},
                      {"samples", samples}};
    return out.dump(indent);
}

}  // namespace grindstone
