#include "generation/GenerationStrategy.h"
#include "generation/StrategySettings.h"
#include "grindstone/Error.h"
#include "grindstone/options/Config.h"

namespace grindstone {
namespace {

/// Plain triplet training: no synthetic triplets, nothing of its own to train.
class NoGeneration : public GenerationStrategy {
public:
    GenerationStep forward(const TripletEmbeddings&) override { return {}; }
    ProbeStages probe(const TripletEmbeddings& real) override {
        ProbeStages out;
        out.stages["real_anchor"] = real.anchors;
        out.stages["real_positive"] = real.positives;
        out.stages["real_negative"] = real.negatives;
        return out;
    }
    std::vector<torch::optim::Optimizer*> optimizers() override { return {}; }
    void save(torch::serialize::OutputArchive&) const override {}
    void load(torch::serialize::InputArchive&) override {}
    std::string saveState() const override { return {}; }
    void restoreState(const std::string&) override {}
};

GenerationSettings generationSettings(const Config& c) {
    GenerationSettings s;
    const auto form = c.text("generator_form");
    s.stage1Form = form == "residual" || form == "stage1-residual" ? GeneratorForm::Residual
                                                                   : GeneratorForm::Plain;
    s.negativeForm = form == "residual" || form == "stage2-residual" ? GeneratorForm::Residual
                                                                     : GeneratorForm::Plain;
    s.generatorWeightDecay = c.real("generator_weight_decay");
    s.warmupSteps = c.integer("generation_warmup");
    s.schedulePrime = c.real("schedule_prime");
    // The sphere is where normalised real embeddings lie; unnormalised ones have no sphere
    // for the samples to join.
    s.outputsOnSphere = c.flag("generated_on_sphere") && c.flag("normalize");
    return s;
}

CriticNorm criticNorm(const std::string& name) {
    if (name == "layer") return CriticNorm::Layer;
    if (name == "none") return CriticNorm::None;
    return CriticNorm::Batch;
}

}  // namespace

TwoStageSettings twoStageSettings(const Config& c) {
    TwoStageSettings s;
    s.common = generationSettings(c);
    s.criticNorm = criticNorm(c.text("critic_norm"));
    s.jointCriticPass = c.text("critic_pass") == "joint";
    s.splitStage1Optimizers = c.text("stage1_optimizers") == "split";
    s.momentWeight = c.real("g1_moment_weight");
    s.sourceWeight = c.real("g1_source_weight");
    s.negativeAnchorWeight = c.real("g2_negative_recon_weight");
    s.qualityGate = c.text("synthetic_gate") == "label";
    s.directSyntheticGradient = c.text("syn_gradient") == "direct";
    const std::string stages = c.text("stages");
    s.stage1 = stages != "stage2";
    s.stage2 = stages != "stage1";
    s.stretch =
        c.text("stretch") == "sequential" ? StretchMode::Sequential : StretchMode::Symmetric;
    s.adaptiveTau = c.text("tau_mode") == "adaptive";
    s.tauFactor = c.real("tau_factor");
    s.tauFixed = c.real("tau_fixed");
    s.slope = c.real("stretch_slope");
    s.reconstructionCycle = c.flag("recon_cycle");
    s.conditionOnLabel = c.text("stage1_condition") == "label";
    s.adaptiveMargin = c.text("art_margin") == "adaptive";
    s.marginLow = c.real("art_margin_low");
    s.marginHigh = c.real("art_margin_high");
    s.marginFixed = c.real("art_margin_fixed");
    s.ganWeight = c.real("gan_weight");
    s.reconWeight = c.real("recon_weight");
    s.softmaxWeight = c.real("softmax_weight");
    s.beta = c.real("beta");
    s.lrGenerator = c.real("lr_generator");
    s.lrDiscriminator = c.real("lr_discriminator");
    s.discriminatorUpdates = static_cast<int>(c.integer("discriminator_updates"));
    s.window = static_cast<size_t>(c.integer("running_window"));
    if (s.marginLow > s.marginHigh)
        throw InputError("option 'art_margin_low' (" + c.text("art_margin_low") +
                         ") must not exceed 'art_margin_high' (" + c.text("art_margin_high") + ")");
    return s;
}

HdmlSettings hdmlSettings(const Config& c) {
    HdmlSettings s;
    s.common = generationSettings(c);
    s.paper = c.text("hdml_variant") == "paper";
    s.alpha = c.real("hdml_alpha");
    s.beta = c.real(s.paper ? "hdml_beta" : "beta");
    s.reconWeight = c.real(s.paper ? "hdml_recon_weight" : "recon_weight");
    s.softmaxWeight = c.real(s.paper ? "hdml_softmax_weight" : "softmax_weight");
    s.lrGenerator = c.real("lr_generator");
    s.lrClassifier = c.real("lr_discriminator");
    s.window = static_cast<size_t>(c.integer("running_window"));
    return s;
}

std::unique_ptr<GenerationStrategy> makeGenerationStrategy(const Config& config, int64_t dim,
                                                           int64_t classes,
                                                           const torch::Device& device) {
    const std::string method = config.text("method");
    if (method == "triplet") return std::make_unique<NoGeneration>();
    if (method == "hdml")
        return std::make_unique<HdmlStrategy>(hdmlSettings(config), dim, classes, device);
    if (method == "two-stage")
        return std::make_unique<TwoStageStrategy>(twoStageSettings(config), dim, classes, device);
    throw InputError("unknown method '" + method + "'; expected one of: triplet, hdml, two-stage");
}

}  // namespace grindstone
