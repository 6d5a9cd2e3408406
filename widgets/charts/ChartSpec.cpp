#include "widgets/charts/ChartSpec.h"

#include <QHash>

namespace grindstone::widgets {

namespace {

ChartSpec stepChart(const QString& id, const QString& title, const QStringList& keys,
                    const QString& emptyNote = QString()) {
    ChartSpec spec;
    spec.id = id;
    spec.title = title;
    spec.keys = keys;
    spec.emptyNote = emptyNote;
    return spec;
}

}  // namespace

const QVector<ChartSpec>& standardCharts() {
    static const QVector<ChartSpec> charts = [] {
        const QString generationOnly = QStringLiteral("Only hdml and two-stage runs log this.");
        const QString stage1Only = QStringLiteral("Only two-stage runs with stage 1 log this.");
        const QString stage2Only = QStringLiteral("Only two-stage runs with stage 2 log this.");
        QVector<ChartSpec> c;

        c.push_back(stepChart(
            QStringLiteral("metric-loss"), QStringLiteral("Metric loss: J_real vs J_syn"),
            {QStringLiteral("j_real"), QStringLiteral("j_syn"), QStringLiteral("j_metric")}));
        c.back().logCapable = true;

        c.push_back(stepChart(
            QStringLiteral("network-losses"), QStringLiteral("Generator and critic losses"),
            {QStringLiteral("loss_g1"), QStringLiteral("loss_gs"), QStringLiteral("loss_g2"),
             QStringLiteral("loss_art"), QStringLiteral("loss_generator"),
             QStringLiteral("loss_discriminators"), QStringLiteral("loss_classifier")},
            generationOnly));
        c.back().logCapable = true;

        c.push_back(stepChart(
            QStringLiteral("retrieval"), QStringLiteral("Retrieval on the test classes (%)"),
            {QStringLiteral("recall_at_1"), QStringLiteral("recall_at_2"),
             QStringLiteral("recall_at_4"), QStringLiteral("recall_at_8"),
             QStringLiteral("map_at_r")},
            QStringLiteral("Filled at each evaluation (the first one runs before step 1).")));
        c.back().source = ChartSource::Evaluations;
        c.back().scale = 100;

        c.push_back(stepChart(QStringLiteral("art-margin"), QStringLiteral("ART margin m_t"),
                              {QStringLiteral("m_t")}, stage2Only));
        c.push_back(stepChart(QStringLiteral("mixing-weight"),
                              QStringLiteral("Real / synthetic weight p_t"),
                              {QStringLiteral("p_t")}, generationOnly));
        c.push_back(stepChart(
            QStringLiteral("stretch-threshold"), QStringLiteral("Stretch threshold tau_t"),
            {QStringLiteral("tau_t"), QStringLiteral("distance_ap_mean")}, stage1Only));

        c.push_back(stepChart(QStringLiteral("stretch-factor"),
                              QStringLiteral("Stretch factor lambda: range and mean"),
                              {QStringLiteral("stretch_mean")}, stage1Only));
        c.back().bandLow = QStringLiteral("stretch_min");
        c.back().bandHigh = QStringLiteral("stretch_max");

        c.push_back(stepChart(QStringLiteral("mined-triplets"),
                              QStringLiteral("Mined triplets per batch"),
                              {QStringLiteral("miner_easy"), QStringLiteral("miner_semihard"),
                               QStringLiteral("miner_hard")}));
        // Learning-rate changes show as markers on every chart; what this one adds is how many
        // triplets still teach something (violate the margin), real and generated.
        c.push_back(stepChart(QStringLiteral("active-triplets"),
                              QStringLiteral("Triplets violating the margin"),
                              {QStringLiteral("real_active"), QStringLiteral("synthetic_active")}));
        return c;
    }();
    return charts;
}

QString seriesLabel(const QString& key) {
    static const QHash<QString, QString> labels = {
        {QStringLiteral("j_real"), QStringLiteral("J_real")},
        {QStringLiteral("j_syn"), QStringLiteral("J_syn")},
        {QStringLiteral("j_metric"), QStringLiteral("J_metric")},
        {QStringLiteral("loss_g1"), QStringLiteral("G1")},
        {QStringLiteral("loss_gs"), QStringLiteral("GS")},
        {QStringLiteral("loss_g2"), QStringLiteral("G2")},
        {QStringLiteral("loss_art"), QStringLiteral("ART")},
        {QStringLiteral("loss_generator"), QStringLiteral("generator")},
        {QStringLiteral("loss_discriminators"), QStringLiteral("critics")},
        {QStringLiteral("loss_classifier"), QStringLiteral("softmax")},
        {QStringLiteral("recall_at_1"), QStringLiteral("R@1")},
        {QStringLiteral("recall_at_2"), QStringLiteral("R@2")},
        {QStringLiteral("recall_at_4"), QStringLiteral("R@4")},
        {QStringLiteral("recall_at_8"), QStringLiteral("R@8")},
        {QStringLiteral("map_at_r"), QStringLiteral("MAP@R")},
        {QStringLiteral("distance_ap_mean"), QStringLiteral("mean d(a,p)")},
        {QStringLiteral("stretch_mean"), QStringLiteral("mean")},
        {QStringLiteral("stretch_min"), QStringLiteral("range")},
        {QStringLiteral("miner_easy"), QStringLiteral("easy")},
        {QStringLiteral("miner_semihard"), QStringLiteral("semi-hard")},
        {QStringLiteral("miner_hard"), QStringLiteral("hard")},
        {QStringLiteral("real_active"), QStringLiteral("real")},
        {QStringLiteral("synthetic_active"), QStringLiteral("synthetic")},
    };
    return labels.value(key, key);
}

}  // namespace grindstone::widgets
