#include "widgets/experiment/Presets.h"

#include <QCoreApplication>

#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"

namespace grindstone::widgets {

namespace {

using Values = QMap<QString, QString>;

Values referenceValues() {
    // docs/METHOD.md's reference settings, written out in full so the preset stays the paper's
    // even if a default of the option table changes.
    return {
        {QStringLiteral("method"), QStringLiteral("two-stage")},
        {QStringLiteral("stages"), QStringLiteral("both")},
        {QStringLiteral("triplets"), QStringLiteral("43")},
        {QStringLiteral("metric_margin"), QStringLiteral("1.6")},
        {QStringLiteral("normalize"), QStringLiteral("false")},
        {QStringLiteral("running_window"), QStringLiteral("64")},
        {QStringLiteral("lr_metric"), QStringLiteral("7e-05")},
        {QStringLiteral("lr_drops"), QStringLiteral("0.6,0.85")},
        {QStringLiteral("lr_generator"), QStringLiteral("0.01")},
        {QStringLiteral("lr_discriminator"), QStringLiteral("0.001")},
        {QStringLiteral("discriminator_updates"), QStringLiteral("3")},
        {QStringLiteral("gan_weight"), QStringLiteral("1000")},
        {QStringLiteral("recon_weight"), QStringLiteral("100")},
        {QStringLiteral("softmax_weight"), QStringLiteral("0.4")},
        {QStringLiteral("beta"), QStringLiteral("100000")},
        {QStringLiteral("stretch"), QStringLiteral("symmetric")},
        {QStringLiteral("tau_mode"), QStringLiteral("adaptive")},
        {QStringLiteral("tau_factor"), QStringLiteral("0.8")},
        {QStringLiteral("stretch_slope"), QStringLiteral("0.3")},
        {QStringLiteral("recon_cycle"), QStringLiteral("true")},
        {QStringLiteral("art_margin"), QStringLiteral("adaptive")},
        {QStringLiteral("art_margin_low"), QStringLiteral("1")},
        {QStringLiteral("art_margin_high"), QStringLiteral("2")},
        // The paper's design, whatever the remedies' defaults: plain generators, BatchNorm
        // critics with one pass each, one stage-1 optimiser, schedules from an empty window.
        {QStringLiteral("generator_form"), QStringLiteral("plain")},
        {QStringLiteral("generated_on_sphere"), QStringLiteral("false")},
        {QStringLiteral("generator_weight_decay"), QStringLiteral("0")},
        {QStringLiteral("generation_warmup"), QStringLiteral("0")},
        {QStringLiteral("schedule_prime"), QStringLiteral("0")},
        {QStringLiteral("balance_syn_gradient"), QStringLiteral("false")},
        {QStringLiteral("critic_norm"), QStringLiteral("batch")},
        {QStringLiteral("critic_pass"), QStringLiteral("separate")},
        {QStringLiteral("stage1_optimizers"), QStringLiteral("shared")},
        {QStringLiteral("g1_moment_weight"), QStringLiteral("0")},
        {QStringLiteral("g1_source_weight"), QStringLiteral("0")},
        {QStringLiteral("g2_negative_recon_weight"), QStringLiteral("0")},
        {QStringLiteral("synthetic_gate"), QStringLiteral("none")},
        {QStringLiteral("syn_gradient"), QStringLiteral("generators")},
    };
}

Values fastDemoValues() {
    // A two-stage run that shows every curve, evaluations, checkpoints and both LR drops in
    // a few minutes on two cores.
    return {
        {QStringLiteral("method"), QStringLiteral("two-stage")},
        {QStringLiteral("steps"), QStringLiteral("300")},
        {QStringLiteral("eval_every"), QStringLiteral("100")},
        {QStringLiteral("eval_max_images"), QStringLiteral("2000")},
        {QStringLiteral("snapshot_every"), QStringLiteral("100")},
        {QStringLiteral("snapshot_size"), QStringLiteral("1000")},
        {QStringLiteral("checkpoint_every"), QStringLiteral("100")},
        {QStringLiteral("log_every"), QStringLiteral("5")},
    };
}

}  // namespace

const QVector<Preset>& presets() {
    static const QVector<Preset> all = {
        {QStringLiteral(QT_TRANSLATE_NOOP("Presets", "Reference (METHOD.md)")),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Presets",
             "The method's reference settings: two-stage, both stages, adaptive tau "
             "and ART margin, w = 1e3, R = 100, beta = 1e5, learning rates 7e-5 "
             "(halved twice) / 1e-2 / 1e-3.")),
         referenceValues()},
        {QStringLiteral(QT_TRANSLATE_NOOP("Presets", "Fast demo")),
         QStringLiteral(QT_TRANSLATE_NOOP("Presets",
                                          "A short two-stage run (300 steps, an evaluation every "
                                          "100) that shows every chart within minutes.")),
         fastDemoValues()},
        {QStringLiteral(QT_TRANSLATE_NOOP("Presets", "Defaults")),
         QStringLiteral(
             QT_TRANSLATE_NOOP("Presets", "Every option at the option table's default.")),
         {}},
    };
    return all;
}

QString presetText(const QString& english) {
    return QCoreApplication::translate("Presets", english.toUtf8().constData());
}

QMap<QString, QString> presetValues(const Preset& preset) {
    Config config;
    for (auto it = preset.values.cbegin(); it != preset.values.cend(); ++it)
        config.set(it.key().toStdString(), it.value().toStdString());
    QMap<QString, QString> out;
    for (const auto& [key, value] : config.values())
        out.insert(QString::fromStdString(key), QString::fromStdString(value));
    return out;
}

const Preset* matchingPreset(const QMap<QString, QString>& values, const QStringList& ignored) {
    for (const auto& preset : presets()) {
        const auto expected = presetValues(preset);
        bool same = true;
        for (auto it = values.cbegin(); it != values.cend() && same; ++it)
            if (!ignored.contains(it.key())) same = expected.value(it.key()) == it.value();
        if (same) return &preset;
    }
    return nullptr;
}

}  // namespace grindstone::widgets
