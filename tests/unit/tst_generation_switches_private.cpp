// Every switch of the generating methods changes what it should: the option -> settings
// path, the critics' view of scale, the warm-up and primed schedules, residual generators,
// split stage-1 optimisers, the extra loss terms, the quality gate, HDML's paper variant,
// and the trainer's mix J_metric = p_t J_real + (1 - p_t) J_syn on a hand-made step.
#include <QtTest>

#include <cmath>
#include <functional>
#include <random>

#include <torch/nn/functional/normalization.h>
#include <torch/nn/modules/normalization.h>

#include "generation/AdversarialLoss.h"
#include "generation/StrategySettings.h"
#include "generation/Stretch.h"
#include "grindstone/options/Config.h"
#include "grindstone/training/Trainer.h"
#include "model/Mlp.h"

using namespace grindstone;

namespace {

TripletEmbeddings randomTriplets(int64_t n, int64_t dim, int64_t classes) {
    TripletEmbeddings t;
    t.anchors = torch::randn({n, dim});
    t.positives = t.anchors + 0.3 * torch::randn({n, dim});
    t.negatives = torch::randn({n, dim});
    t.anchorLabels = torch::arange(n) % classes;
    t.negativeLabels = (t.anchorLabels + 1) % classes;
    return t;
}

double value(const torch::Tensor& t) {
    return t.item<double>();
}

Config configWith(std::initializer_list<std::pair<const char*, const char*>> values) {
    Config c;
    for (const auto& [k, v] : values)
        c.set(k, v);
    return c;
}

/// Collects every step's scalars.
struct StepRecorder : TrainingObserver {
    std::vector<std::map<std::string, double>> steps;
    void onStep(const StepReport& r) override { steps.push_back(r.scalars); }
};

/// 6 classes of 8x8 grey images: a class is a bright square at its own place, plus noise.
ImageSet tinyImages() {
    ImageSet set;
    set.height = set.width = 8;
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> noise(0, 60);
    for (int c = 0; c < 6; ++c) {
        set.classNames.push_back(std::to_string(c));
        for (int i = 0; i < 12; ++i) {
            for (int y = 0; y < 8; ++y)
                for (int x = 0; x < 8; ++x) {
                    const bool ink = y / 3 == c / 3 && x / 3 == c % 3;
                    set.pixels.push_back(static_cast<uint8_t>((ink ? 180 : 0) + noise(rng)));
                }
            set.labels.push_back(c);
        }
    }
    set.source = "tiny";
    return set;
}

/// The scalars of every step of a tiny run (6 classes of 8x8 images, 8-d embeddings, the
/// schedule primed so p_t is strictly between 0 and 1) with `extra` options on top.
std::vector<std::map<std::string, double>> tinyRunSteps(
    std::initializer_list<std::pair<const char*, const char*>> extra) {
    static const ImageSet images = tinyImages();
    Config c = configWith({{"threads", "1"},
                           {"eval_every", "0"},
                           {"snapshot_every", "0"},
                           {"checkpoint_every", "0"},
                           {"batch_classes", "3"},
                           {"batch_per_class", "4"},
                           {"triplets", "8"},
                           {"embedding_dim", "8"},
                           {"schedule_prime", "1e6"}});
    for (const auto& [k, v] : extra)
        c.set(k, v);
    std::vector<std::string> warnings;
    Trainer trainer(c, images, warnings);
    StepRecorder recorder;
    trainer.addObserver(&recorder);
    if (trainer.run() != TrainingOutcome::Finished) return {};
    return recorder.steps;
}

/// One step of a stage-1-only strategy (the synthetic anchors and positives are then G1's
/// outputs) with `configure` applied to the default settings.
GenerationStep stageOneStep(const TripletEmbeddings& real, int seed,
                            const std::function<void(TwoStageSettings&)>& configure) {
    TwoStageSettings s;
    s.stage2 = false;
    configure(s);
    torch::manual_seed(seed);
    TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
    return forwardOneBatch(strategy, real);
}

}  // namespace

class TestGenerationSwitches : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionsReachTheTwoStageSettings() {
        const auto s = twoStageSettings(configWith({{"generator_form", "residual"},
                                                    {"generator_weight_decay", "0.005"},
                                                    {"generation_warmup", "40"},
                                                    {"schedule_prime", "1e6"},
                                                    {"critic_norm", "layer"},
                                                    {"critic_pass", "joint"},
                                                    {"stage1_optimizers", "split"},
                                                    {"g1_moment_weight", "2.5"},
                                                    {"g1_source_weight", "4"},
                                                    {"syn_gradient", "direct"},
                                                    {"g2_negative_recon_weight", "7"},
                                                    {"synthetic_gate", "label"},
                                                    {"softmax_weight", "400"},
                                                    {"stretch", "sequential"}}));
        QVERIFY(s.common.stage1Form == GeneratorForm::Residual &&
                s.common.negativeForm == GeneratorForm::Residual);
        QCOMPARE(s.common.generatorWeightDecay, 0.005);
        QCOMPARE(s.common.warmupSteps, int64_t(40));
        QCOMPARE(s.common.schedulePrime, 1e6);
        QVERIFY(s.criticNorm == CriticNorm::Layer);
        QVERIFY(s.jointCriticPass);
        QVERIFY(s.splitStage1Optimizers);
        QCOMPARE(s.momentWeight, 2.5);
        QCOMPARE(s.sourceWeight, 4.0);
        QVERIFY(s.directSyntheticGradient);
        QCOMPARE(s.negativeAnchorWeight, 7.0);
        QVERIFY(s.qualityGate);
        QCOMPARE(s.softmaxWeight, 400.0);
        QVERIFY(s.stretch == StretchMode::Sequential);
        QVERIFY(twoStageSettings(configWith({{"critic_norm", "none"}})).criticNorm ==
                CriticNorm::None);
        // One stage's generators residual, the other's plain.
        const auto stage1 = twoStageSettings(configWith({{"generator_form", "stage1-residual"}}));
        QVERIFY(stage1.common.stage1Form == GeneratorForm::Residual &&
                stage1.common.negativeForm == GeneratorForm::Plain);
        const auto stage2 = twoStageSettings(configWith({{"generator_form", "stage2-residual"}}));
        QVERIFY(stage2.common.stage1Form == GeneratorForm::Plain &&
                stage2.common.negativeForm == GeneratorForm::Residual);
        // The defaults keep METHOD's critics, stage-1 optimiser and gradient path.
        const auto d = twoStageSettings(Config());
        QVERIFY(d.criticNorm == CriticNorm::Batch && !d.jointCriticPass &&
                !d.splitStage1Optimizers && !d.qualityGate && !d.directSyntheticGradient &&
                d.sourceWeight == 0);
    }

    void optionsReachTheHdmlSettings() {
        const auto paper = hdmlSettings(configWith({{"hdml_variant", "paper"},
                                                    {"hdml_beta", "2e4"},
                                                    {"hdml_recon_weight", "3"},
                                                    {"hdml_softmax_weight", "500"},
                                                    {"hdml_alpha", "11"},
                                                    {"generation_warmup", "5"},
                                                    {"generator_form", "residual"}}));
        QVERIFY(paper.paper);
        QCOMPARE(paper.beta, 2e4);
        QCOMPARE(paper.reconWeight, 3.0);
        QCOMPARE(paper.softmaxWeight, 500.0);
        QCOMPARE(paper.alpha, 11.0);
        QCOMPARE(paper.common.warmupSteps, int64_t(5));
        QVERIFY(paper.common.negativeForm == GeneratorForm::Residual);
        // The shared variant takes two-stage's constants instead of HDML's own.
        const auto shared = hdmlSettings(configWith({{"hdml_variant", "shared"},
                                                     {"beta", "3e5"},
                                                     {"recon_weight", "50"},
                                                     {"softmax_weight", "0.5"}}));
        QVERIFY(!shared.paper);
        QCOMPARE(shared.beta, 3e5);
        QCOMPARE(shared.reconWeight, 50.0);
        QCOMPARE(shared.softmaxWeight, 0.5);
    }

    void batchNormCriticsAreBlindToScaleUnlessJoint() {
        torch::manual_seed(1);
        // Rows large against the first layer's biases (|b| <= 1/2 here), as embeddings are.
        const auto x = 10 * torch::randn({16, 4});
        const auto labels = torch::zeros({16}, torch::kInt64);
        auto fakeLogits = [&](TwoStageSettings s, const torch::Tensor& fake) {
            torch::manual_seed(7);
            TwoStageStrategy strategy(s, 4, 2, torch::kCPU);
            torch::manual_seed(8);  // the same dropout masks for every call
            return strategy.d1Logits({x, fake}, labels)[1];
        };
        auto gap = [&](TwoStageSettings s) {
            return value((fakeLogits(s, x) - fakeLogits(s, 30 * x)).abs().max());
        };
        TwoStageSettings separate;
        TwoStageSettings joint;
        joint.jointCriticPass = true;
        // Separate passes with BatchNorm: a batch and the same batch 30x wider look alike (but
        // for the first layer's bias before its leaky ReLU); one pass with the real rows sees it.
        const double blind = gap(separate), seeing = gap(joint);
        QVERIFY2(seeing > 10 * blind && seeing > 0.1,
                 qPrintable(QStringLiteral("separate %1, joint %2").arg(blind).arg(seeing)));
        TwoStageSettings plain;
        plain.criticNorm = CriticNorm::None;
        QVERIFY(value((fakeLogits(plain, x) - fakeLogits(plain, 30 * x)).abs().max()) > 0.1);
    }

    void layerNormCriticsHoldLayerNorm() {
        auto critic = makeDiscriminator(4, 1, CriticNorm::Layer);
        int layerNorms = 0;
        for (const auto& m : critic->modules(false))
            layerNorms += m->as<torch::nn::LayerNorm>() != nullptr;
        QCOMPARE(layerNorms, 3);
        // A single row works (BatchNorm in training mode refuses one row).
        QCOMPARE(critic->forward(torch::randn({1, 4})).sizes(), (torch::IntArrayRef{1, 1}));
    }

    void residualGeneratorStartsAsTheIdentity() {
        torch::manual_seed(2);
        const auto x = torch::randn({10, 6});
        auto deep = makeGenerator(6, GeneratorForm::Residual);
        auto shallow = makeShallowGenerator(6, GeneratorForm::Residual);
        deep->train();
        QVERIFY(torch::equal(deep->forward(x), x));
        QVERIFY(torch::equal(shallow->forward(x), x));
        // The plain form does not.
        QVERIFY(!torch::allclose(makeGenerator(6)->forward(x), x));
    }

    void eachStageTakesItsOwnGeneratorForm() {
        const auto real = randomTriplets(6, 4, 3);
        auto probeWith = [&](GeneratorForm stage1, GeneratorForm negative) {
            TwoStageSettings s;
            s.common.stage1Form = stage1;
            s.common.negativeForm = negative;
            torch::manual_seed(12);
            TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
            return strategy.probe(real).stages;
        };
        // A fresh residual generator passes its input through; a plain one does not.
        auto s1 = probeWith(GeneratorForm::Residual, GeneratorForm::Plain);
        QVERIFY(torch::equal(s1.at("g1_anchor"), s1.at("stretched_anchor")));
        QVERIFY(torch::equal(s1.at("gs_anchor"), s1.at("g1_anchor")));
        QVERIFY(!torch::allclose(s1.at("g2_negative"), real.negatives));
        auto s2 = probeWith(GeneratorForm::Plain, GeneratorForm::Residual);
        QVERIFY(!torch::allclose(s2.at("g1_anchor"), s2.at("stretched_anchor")));
        QVERIFY(torch::equal(s2.at("g2_negative"), real.negatives));
        QVERIFY(torch::equal(s2.at("g2_anchor"), s2.at("g1_anchor")));
        // HDML's generator makes negatives: it follows the negatives' form.
        HdmlSettings h;
        h.common.negativeForm = GeneratorForm::Residual;
        h.common.stage1Form = GeneratorForm::Plain;
        HdmlStrategy hdml(h, 4, 3, torch::kCPU);
        const auto out = hdml.probe(real).stages;
        QVERIFY(torch::equal(out.at("generated_negative"), out.at("interpolated_negative")));
    }

    void generatedOnSphereNormalisesEveryGeneratorsOutput() {
        auto real = randomTriplets(6, 4, 3);
        namespace F = torch::nn::functional;
        const auto unit = F::NormalizeFuncOptions().dim(1);
        real.anchors = F::normalize(real.anchors, unit);
        real.positives = F::normalize(real.positives, unit);
        real.negatives = F::normalize(real.negatives, unit);
        auto rowNorms = [](const torch::Tensor& t) { return t.norm(2, 1); };
        auto onSphere = [&](const torch::Tensor& t) {
            return torch::allclose(rowNorms(t), torch::ones({t.size(0)}), 1e-5, 1e-5);
        };
        const std::vector<std::string> generated = {"g1_anchor",   "g1_positive", "gs_anchor",
                                                    "gs_positive", "g2_anchor",   "g2_negative"};
        for (const bool sphere : {false, true}) {
            TwoStageSettings s;
            s.common.outputsOnSphere = sphere;
            torch::manual_seed(21);
            TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
            const auto stages = strategy.probe(real).stages;
            for (const auto& name : generated)
                QVERIFY2(onSphere(stages.at(name)) == sphere, name.c_str());
            // The stretched pairs are not a generator's output: they stay off the sphere.
            QVERIFY(!onSphere(stages.at("stretched_anchor")));
            // The synthetic triplets J_syn sees are the same unit rows.
            torch::manual_seed(21);
            TwoStageStrategy trained(s, 4, 3, torch::kCPU);
            const auto step = forwardOneBatch(trained, real);
            QVERIFY(onSphere(step.synthetic.negatives) == sphere);
        }
        // A fresh residual generator on the sphere still passes a unit input through.
        HdmlSettings h;
        h.common.negativeForm = GeneratorForm::Residual;
        h.common.outputsOnSphere = true;
        HdmlStrategy hdml(h, 4, 3, torch::kCPU);
        const auto out = hdml.probe(real).stages;
        QVERIFY(onSphere(out.at("generated_negative")));
        QVERIFY(torch::allclose(out.at("generated_anchor"), real.anchors, 1e-5, 1e-5));
    }

    void generatedOnSphereFollowsNormalisedEmbeddings() {
        const auto both = configWith({{"normalize", "true"}, {"generated_on_sphere", "true"}});
        QVERIFY(twoStageSettings(both).common.outputsOnSphere);
        QVERIFY(hdmlSettings(both).common.outputsOnSphere);
        QVERIFY(twoStageSettings(Config()).common.outputsOnSphere);  // the defaults
        // Unnormalised embeddings have no sphere for the samples to join.
        QVERIFY(
            !twoStageSettings(configWith({{"normalize", "false"}, {"generated_on_sphere", "true"}}))
                 .common.outputsOnSphere);
        QVERIFY(
            !twoStageSettings(configWith({{"normalize", "true"}, {"generated_on_sphere", "false"}}))
                 .common.outputsOnSphere);
    }

    void directSyntheticGradientKeepsTheSamplesAndSkipsTheGenerators() {
        const auto w = torch::arange(24, torch::kFloat).reshape({6, 4});
        // The synthetic negatives and the gradient of sum(w * h_n) at the real rows.
        const auto triplets = randomTriplets(6, 4, 3);
        auto run = [&](bool direct) {
            auto real = triplets;
            for (auto* t : {&real.anchors, &real.positives, &real.negatives})
                *t = t->clone().requires_grad_(true);
            TwoStageSettings s;
            s.directSyntheticGradient = direct;
            torch::manual_seed(13);
            TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
            const auto step = forwardOneBatch(strategy, real);
            (step.synthetic.negatives * w).sum().backward();
            const auto anchors = real.anchors.grad();
            return std::make_tuple(step.synthetic.negatives.detach(), real.negatives.grad(),
                                   anchors.defined() ? anchors.abs().max().item<double>() : 0.0);
        };
        const auto [viaGenerators, negativesViaGenerators, anchorsViaGenerators] = run(false);
        const auto [direct, negativesDirect, anchorsDirect] = run(true);
        QVERIFY(torch::allclose(viaGenerators, direct, 1e-5, 1e-5));  // the same samples
        QVERIFY(torch::equal(negativesDirect, w));                    // passed on as it is
        QCOMPARE(anchorsDirect, 0.0);                                 // to its own source only
        QVERIFY(!torch::allclose(negativesViaGenerators, w));         // through G2's Jacobian
        QVERIFY(anchorsViaGenerators > 0);                            // G2's BatchNorm couples rows
    }

    void warmUpHoldsRealWeightThenFollowsTheSchedule() {
        torch::manual_seed(3);
        TwoStageSettings s;
        s.common.warmupSteps = 3;
        TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
        const auto real = randomTriplets(6, 4, 3);
        double jbar = 0;
        for (int i = 0; i < 3; ++i) {
            const auto step = forwardOneBatch(strategy, real);
            QCOMPARE(step.realWeight, 1.0);
            jbar = step.scalars.at("generator_loss_mean");
        }
        const auto after = forwardOneBatch(strategy, real);
        QVERIFY(std::abs(after.realWeight - mixingWeight(s.beta, jbar)) < 1e-12);
        QVERIFY(after.realWeight < 1.0);
        // The count travels with the schedule state, and an old state (no count) means done.
        TwoStageStrategy restored(s, 4, 3, torch::kCPU);
        restored.restoreState(strategy.saveState());
        QVERIFY(forwardOneBatch(restored, real).realWeight < 1.0);
        TwoStageStrategy fresh(s, 4, 3, torch::kCPU);
        QCOMPARE(forwardOneBatch(fresh, real).realWeight, 1.0);
    }

    void primedScheduleStartsNearOne() {
        torch::manual_seed(4);
        TwoStageSettings s;
        s.common.schedulePrime = 1e6;
        TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
        const auto step = forwardOneBatch(strategy, randomTriplets(6, 4, 3));
        QVERIFY(std::abs(step.realWeight - std::exp(-s.beta / 1e6)) < 1e-12);  // ~0.905
        HdmlSettings h;
        h.common.schedulePrime = 1e6;
        HdmlStrategy hdml(h, 4, 3, torch::kCPU);
        QVERIFY(std::abs(forwardOneBatch(hdml, randomTriplets(6, 4, 3)).realWeight -
                         std::exp(-h.beta / 1e6)) < 1e-12);
    }

    void splitStageOneOptimisersShareG1() {
        torch::manual_seed(5);
        TwoStageSettings s;
        s.splitStage1Optimizers = true;
        s.common.generatorWeightDecay = 5e-3;
        TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
        const auto step = forwardOneBatch(strategy, randomTriplets(6, 4, 3));
        // L_GS, L_G1, L_G2 and the critics' loss, each with its own optimiser.
        QCOMPARE(step.ownLosses.size(), size_t(4));
        auto paramCount = [](torch::optim::Optimizer* o) {
            size_t n = 0;
            for (auto& g : o->param_groups())
                n += g.params().size();
            return n;
        };
        const size_t g1 = paramCount(step.ownLosses[1].optimizer);
        const size_t recon = paramCount(step.ownLosses[0].optimizer);
        QCOMPARE(recon, 2 * g1);  // GS and G1 have the same shape
        QCOMPARE(step.ownLosses[0].optimizer->param_groups()[0].params()[g1].data_ptr(),
                 step.ownLosses[1].optimizer->param_groups()[0].params()[0].data_ptr());
        auto& options = static_cast<torch::optim::AdamOptions&>(
            step.ownLosses[1].optimizer->param_groups()[0].options());
        QCOMPARE(options.weight_decay(), 5e-3);
        TwoStageSettings shared;
        TwoStageStrategy one(shared, 4, 3, torch::kCPU);
        QCOMPARE(forwardOneBatch(one, randomTriplets(6, 4, 3)).ownLosses.size(), size_t(3));
    }

    void negativeAnchorTermAddsItsDistance() {
        const auto real = randomTriplets(6, 4, 3);
        auto stepWith = [&](double weight) {
            TwoStageSettings s;
            s.negativeAnchorWeight = weight;
            torch::manual_seed(6);
            TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
            return forwardOneBatch(strategy, real);
        };
        const auto without = stepWith(0), with = stepWith(5);
        const double distance = value(meanRowNorm(with.synthetic.negatives, real.negatives));
        QVERIFY(torch::equal(without.synthetic.negatives, with.synthetic.negatives));
        const double added = with.scalars.at("loss_g2") - without.scalars.at("loss_g2");
        QVERIFY2(std::abs(added - 5 * distance) < 1e-3 * (1 + 5 * distance),
                 qPrintable(QStringLiteral("%1 vs %2").arg(added).arg(5 * distance)));
    }

    void momentTermMatchesMeansAndSpreads() {
        const auto real = randomTriplets(6, 4, 3);
        const auto without = stageOneStep(real, 9, [](TwoStageSettings&) {});
        const auto with = stageOneStep(real, 9, [](TwoStageSettings& s) { s.momentWeight = 2; });
        const auto g = torch::cat({with.synthetic.anchors, with.synthetic.positives});
        const auto x = torch::cat({real.anchors, real.positives});
        const double expected =
            value((g.mean(0) - x.mean(0)).pow(2).sum() + (g.std(0) - x.std(0)).pow(2).sum());
        QVERIFY(std::abs(with.scalars.at("loss_moment") - expected) < 1e-4 * (1 + expected));
        const double added = with.scalars.at("loss_g1") - without.scalars.at("loss_g1");
        QVERIFY(std::abs(added - 2 * expected) < 1e-3 * (1 + expected));
        QCOMPARE(without.scalars.count("loss_moment"), size_t(0));
    }

    void sourceTermAddsG1sDistanceToTheStretchedPair() {
        const auto real = randomTriplets(6, 4, 3);
        const auto without = stageOneStep(real, 14, [](TwoStageSettings&) {});
        const auto with = stageOneStep(real, 14, [](TwoStageSettings& s) { s.sourceWeight = 3; });
        const TwoStageSettings defaults;
        const auto stretched = stretchPairs(real.anchors, real.positives, with.scalars.at("tau_t"),
                                            defaults.slope, defaults.stretch);
        const double distance =
            value(meanRowNorm(torch::cat({with.synthetic.anchors, with.synthetic.positives}),
                              torch::cat({stretched.anchors, stretched.positives})));
        QVERIFY(distance > 0);
        const double added = with.scalars.at("loss_g1") - without.scalars.at("loss_g1");
        QVERIFY2(std::abs(added - 3 * distance) < 1e-3 * (1 + 3 * distance),
                 qPrintable(QStringLiteral("%1 vs %2").arg(added).arg(3 * distance)));
    }

    void qualityGateWeighsEachSyntheticTriplet() {
        torch::manual_seed(10);
        TwoStageSettings s;
        s.qualityGate = true;
        TwoStageStrategy strategy(s, 4, 3, torch::kCPU);
        const auto step = forwardOneBatch(strategy, randomTriplets(6, 4, 3));
        QVERIFY(step.syntheticWeights.defined());
        QCOMPARE(step.syntheticWeights.size(0), int64_t(6));
        QVERIFY(!step.syntheticWeights.requires_grad());
        QVERIFY(value(step.syntheticWeights.min()) >= 0 && value(step.syntheticWeights.max()) <= 1);
        QVERIFY(std::abs(value(step.syntheticWeights.mean()) -
                         step.scalars.at("synthetic_gate_mean")) < 1e-9);
        TwoStageSettings off;
        TwoStageStrategy ungated(off, 4, 3, torch::kCPU);
        QVERIFY(!ungated.forward(randomTriplets(6, 4, 3)).syntheticWeights.defined());
    }

    void hdmlPaperVariant() {
        torch::manual_seed(11);
        HdmlSettings paper;
        paper.alpha = std::log(2.0);
        HdmlStrategy hdml(paper, 2, 2, torch::kCPU);
        // Its generator has HDML's two layers: 2*512+512 + 512*2+2 parameters.
        int64_t params = 0;
        for (const auto& o : hdml.optimizers().front()->param_groups())
            for (const auto& p : o.params())
                params += p.numel();
        QCOMPARE(params, int64_t(2 * 512 + 512 + 512 * 2 + 2));
        // Its interpolation follows the metric loss on real triplets: Jbar = 1, not 100.
        hdml.recordMetricLoss(100.0, 1.0);
        TripletEmbeddings t;
        t.anchors = torch::zeros({1, 2});
        t.positives = torch::tensor({1.f, 0.f}).reshape({1, 2});
        t.negatives = torch::tensor({4.f, 0.f}).reshape({1, 2});
        t.anchorLabels = torch::zeros({1}, torch::kInt64);
        t.negativeLabels = torch::ones({1}, torch::kInt64);
        // c = (1 + 3 * 0.5) / 4 -> 2.5
        QVERIFY(std::abs(value(hdml.probe(t).stages.at("interpolated_negative")[0][0]) - 2.5) <
                1e-5);
        HdmlSettings shared = paper;
        shared.paper = false;
        HdmlStrategy hdmlShared(shared, 2, 2, torch::kCPU);
        hdmlShared.recordMetricLoss(100.0, 1.0);
        // Jbar = 100: exp(-log 2 / 100) ~ 0.99307 -> c = (1 + 3 * 0.99307) / 4
        const double c = (1 + 3 * std::exp(-std::log(2.0) / 100)) / 4;
        QVERIFY(std::abs(value(hdmlShared.probe(t).stages.at("interpolated_negative")[0][0]) -
                         4 * c) < 1e-4);
    }

    void metricLossMixesRealAndSyntheticByPt() {
        for (const char* method : {"two-stage", "hdml"}) {
            const auto steps =
                tinyRunSteps({{"method", method}, {"steps", "4"}, {"log_every", "2"}});
            QCOMPARE(steps.size(), size_t(4));
            for (const auto& sc : steps) {
                const double pt = sc.at("p_t");
                QVERIFY(pt > 0 && pt < 1);
                const double mixed = pt * sc.at("j_real") + (1 - pt) * sc.at("j_syn");
                QVERIFY2(std::abs(sc.at("j_metric") - mixed) < 1e-4 * (1 + std::abs(mixed)),
                         method);
            }
            // Gradient norms into the embeddings are logged on logged steps.
            QVERIFY(steps[1].count("grad_norm_real") == 1);
            QVERIFY(steps[1].count("grad_norm_syn") == 1);
            QVERIFY(steps[0].count("grad_norm_real") == 0);
        }
    }

    void balancedSyntheticGradientMatchesTheReal() {
        const auto steps = tinyRunSteps(
            {{"method", "two-stage"}, {"steps", "3"}, {"balance_syn_gradient", "true"}});
        QCOMPARE(steps.size(), size_t(3));
        for (const auto& sc : steps) {
            const double real = sc.at("grad_norm_real"), syn = sc.at("grad_norm_syn");
            if (real <= 0 || syn <= 0) continue;
            QVERIFY(std::abs(sc.at("syn_gradient_scale") - real / syn) < 1e-9);
            const double pt = sc.at("p_t");
            const double mixed = pt * sc.at("j_real") + (1 - pt) * sc.at("j_syn") * real / syn;
            QVERIFY(std::abs(sc.at("j_metric") - mixed) < 1e-4 * (1 + std::abs(mixed)));
        }
    }
};

QTEST_APPLESS_MAIN(TestGenerationSwitches)
#include "tst_generation_switches_private.moc"
