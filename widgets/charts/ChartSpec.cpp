#include "widgets/charts/ChartSpec.h"

#include <QCoreApplication>
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
        const QString generationOnly = QStringLiteral(
            QT_TRANSLATE_NOOP("ChartSpec", "Only hdml and two-stage runs log this."));
        const QString stage1Only = QStringLiteral(
            QT_TRANSLATE_NOOP("ChartSpec", "Only two-stage runs with stage 1 log this."));
        const QString stage2Only = QStringLiteral(
            QT_TRANSLATE_NOOP("ChartSpec", "Only two-stage runs with stage 2 log this."));
        QVector<ChartSpec> c;

        c.push_back(stepChart(
            QStringLiteral("metric-loss"),
            QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Metric loss: J_real vs J_syn")),
            {QStringLiteral("j_real"), QStringLiteral("j_syn"), QStringLiteral("j_metric")}));
        c.back().logCapable = true;

        c.push_back(stepChart(
            QStringLiteral("network-losses"),
            QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Generator and critic losses")),
            {QStringLiteral("loss_g1"), QStringLiteral("loss_gs"), QStringLiteral("loss_g2"),
             QStringLiteral("loss_art"), QStringLiteral("loss_generator"),
             QStringLiteral("loss_discriminators"), QStringLiteral("loss_classifier")},
            generationOnly));
        c.back().logCapable = true;

        c.push_back(stepChart(
            QStringLiteral("retrieval"),
            QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Retrieval on the test classes (%)")),
            {QStringLiteral("recall_at_1"), QStringLiteral("recall_at_2"),
             QStringLiteral("recall_at_4"), QStringLiteral("recall_at_8"),
             QStringLiteral("map_at_r")},
            QStringLiteral(QT_TRANSLATE_NOOP(
                "ChartSpec", "Filled at each evaluation (the first one runs before step 1)."))));
        c.back().source = ChartSource::Evaluations;
        c.back().scale = 100;

        c.push_back(stepChart(QStringLiteral("art-margin"),
                              QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "ART margin m_t")),
                              {QStringLiteral("m_t")}, stage2Only));
        c.push_back(
            stepChart(QStringLiteral("mixing-weight"),
                      QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Real / synthetic weight p_t")),
                      {QStringLiteral("p_t")}, generationOnly));
        c.push_back(
            stepChart(QStringLiteral("stretch-threshold"),
                      QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Stretch threshold tau_t")),
                      {QStringLiteral("tau_t"), QStringLiteral("distance_ap_mean")}, stage1Only));

        c.push_back(stepChart(
            QStringLiteral("stretch-factor"),
            QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Stretch factor lambda: range and mean")),
            {QStringLiteral("stretch_mean")}, stage1Only));
        c.back().bandLow = QStringLiteral("stretch_min");
        c.back().bandHigh = QStringLiteral("stretch_max");

        c.push_back(
            stepChart(QStringLiteral("mined-triplets"),
                      QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Mined triplets per batch")),
                      {QStringLiteral("miner_easy"), QStringLiteral("miner_semihard"),
                       QStringLiteral("miner_hard")}));
        // Learning-rate changes show as markers on every chart; what this one adds is how many
        // triplets still teach something (violate the margin), real and generated.
        c.push_back(stepChart(
            QStringLiteral("active-triplets"),
            QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "Triplets violating the margin")),
            {QStringLiteral("real_active"), QStringLiteral("synthetic_active")}));
        return c;
    }();
    return charts;
}

QString chartText(const QString& english) {
    return english.isEmpty()
               ? english
               : QCoreApplication::translate("ChartSpec", english.toUtf8().constData());
}

QString seriesLabel(const QString& key) {
    static const QHash<QString, QString> labels = {
        {QStringLiteral("j_real"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "J_real"))},
        {QStringLiteral("j_syn"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "J_syn"))},
        {QStringLiteral("j_metric"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "J_metric"))},
        {QStringLiteral("loss_g1"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "G1"))},
        {QStringLiteral("loss_gs"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "GS"))},
        {QStringLiteral("loss_g2"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "G2"))},
        {QStringLiteral("loss_art"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "ART"))},
        {QStringLiteral("loss_generator"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "generator"))},
        {QStringLiteral("loss_discriminators"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "critics"))},
        {QStringLiteral("loss_classifier"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "softmax"))},
        {QStringLiteral("recall_at_1"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "R@1"))},
        {QStringLiteral("recall_at_2"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "R@2"))},
        {QStringLiteral("recall_at_4"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "R@4"))},
        {QStringLiteral("recall_at_8"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "R@8"))},
        {QStringLiteral("map_at_r"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "MAP@R"))},
        {QStringLiteral("distance_ap_mean"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "mean d(a,p)"))},
        {QStringLiteral("stretch_mean"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "mean"))},
        {QStringLiteral("stretch_min"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "range"))},
        {QStringLiteral("miner_easy"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "easy"))},
        {QStringLiteral("miner_semihard"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "semi-hard"))},
        {QStringLiteral("miner_hard"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "hard"))},
        {QStringLiteral("real_active"), QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "real"))},
        {QStringLiteral("synthetic_active"),
         QStringLiteral(QT_TRANSLATE_NOOP("ChartSpec", "synthetic"))},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : chartText(*it);
}

}  // namespace grindstone::widgets
