#pragma once

#include <memory>

#include <torch/nn/modules/container/sequential.h>
#include <torch/optim/adam.h>

#include "generation/GenerationStrategy.h"
#include "generation/Schedules.h"
#include "generation/Stretch.h"

namespace grindstone {

/// Settings of the two-stage method (METHOD.md), read from the config.
struct TwoStageSettings {
    bool stage1 = true, stage2 = true;
    StretchMode stretch = StretchMode::Symmetric;
    bool adaptiveTau = true;
    double tauFactor = 0.8, tauFixed = 20, slope = 0.3;
    bool reconstructionCycle = true;
    bool conditionOnLabel = false;
    bool adaptiveMargin = true;
    double marginLow = 1, marginHigh = 2, marginFixed = 1;
    double ganWeight = 1e3, reconWeight = 100, softmaxWeight = 0.4, beta = 1e5;
    double lrGenerator = 1e-2, lrDiscriminator = 1e-3;
    int discriminatorUpdates = 3;
    size_t window = 64;
};

/// Stage 1 stretches anchor-positive pairs and G1 (with the GS/DS reconstruction cycle) makes
/// them realistic; stage 2's G2 turns [g_a; g_p; x_n] into hard negatives under the adaptive
/// reverse triplet loss. Either stage can be switched off for ablations.
class TwoStageStrategy : public GenerationStrategy {
public:
    TwoStageStrategy(const TwoStageSettings& settings, int64_t dim, int64_t classes,
                     const torch::Device& device);
    ~TwoStageStrategy() override;

    GenerationStep forward(const TripletEmbeddings& real) override;
    void afterUpdate(std::map<std::string, double>& scalars) override;
    ProbeStages probe(const TripletEmbeddings& real) override;

    std::vector<torch::optim::Optimizer*> optimizers() override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    std::string saveState() const override;
    void restoreState(const std::string& state) override;
    void scaleGeneratorLearningRate(double factor) override;
    void scaleCriticLearningRate(double factor) override;

private:
    struct Pass;  // every tensor of one forward
    Pass run(const TripletEmbeddings& real, bool updateSchedules);
    torch::Tensor discriminatorLosses(const Pass& pass);
    torch::Tensor d1Input(const torch::Tensor& x, const torch::Tensor& labels) const;
    double currentTau(const torch::Tensor& anchors, const torch::Tensor& positives, bool update);

    TwoStageSettings m_settings;
    int64_t m_classes;
    std::shared_ptr<torch::nn::Module> m_nets;  // holds every network for save / load
    torch::nn::Sequential m_g1{nullptr}, m_gs{nullptr}, m_g2{nullptr};
    torch::nn::Sequential m_d1{nullptr}, m_ds{nullptr}, m_d2{nullptr}, m_classifier{nullptr};
    std::unique_ptr<torch::optim::Adam> m_stage1Optimizer, m_stage2Optimizer,
        m_discriminatorOptimizer;
    RunningMean m_distanceMean, m_generatorLossMean;
    std::unique_ptr<Pass> m_lastPass;  // detached inputs for the extra discriminator updates
};

}  // namespace grindstone
