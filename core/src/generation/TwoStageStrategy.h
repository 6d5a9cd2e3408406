#pragma once

#include <memory>
#include <vector>

#include <torch/nn/modules/container/sequential.h>
#include <torch/optim/adam.h>

#include "generation/GenerationSettings.h"
#include "generation/GenerationStrategy.h"
#include "generation/Schedules.h"
#include "generation/Stretch.h"

namespace grindstone {

/// Settings of the two-stage method (docs/METHOD.md), read from the config.
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
    GenerationSettings common;
    CriticNorm criticNorm = CriticNorm::Batch;
    /// Real and generated rows through each critic in one forward pass (one set of batch
    /// statistics for both), instead of one pass each.
    bool jointCriticPass = false;
    /// The released code's optimisers: one for L_G1 on G1, another for L_GS on GS and G1;
    /// otherwise one optimiser steps G1 and GS on L_G1 + L_GS.
    bool splitStage1Optimizers = false;
    /// Weight of mean ||h_n - x_n|| in L_G2: keeps the generated negative near the real one
    /// it came from (the hard-negative generator of DAML).
    double negativeAnchorWeight = 0;
    /// Weight of the moment match between G1's outputs and the real anchor / positive rows
    /// (per dimension: squared differences of the means and of the standard deviations).
    double momentWeight = 0;
    /// Weight of mean ||g - (a', p')|| in L_G1: keeps G1's output near the stretched pair it
    /// was given, whatever the generator's form.
    double sourceWeight = 0;
    /// Weigh each synthetic triplet in J_syn by how clearly the softmax on real embeddings
    /// keeps its labels: P(y_a | h_a) P(y_a | h_p) (1 - P(y_a | h_n)).
    bool qualityGate = false;
    /// J_syn's gradient reaches each synthetic row's real source as if the generators were the
    /// identity (the samples' values unchanged), instead of through the generators' Jacobians.
    bool directSyntheticGradient = false;
};

/// Stage 1 stretches anchor-positive pairs and G1 (with the GS/DS reconstruction cycle) makes
/// them realistic; stage 2's G2 turns [g_a; g_p; x_n] into hard negatives under the adaptive
/// reverse triplet loss. Either stage can be switched off for ablations.
class TwoStageStrategy : public GenerationStrategy {
public:
    TwoStageStrategy(const TwoStageSettings& settings, int64_t dim, int64_t classes,
                     const torch::Device& device);
    ~TwoStageStrategy() override;

    double figureBeforeForward(const TripletEmbeddings& real) const override;
    void observeBeforeForward(double agreed) override;
    GenerationStep forward(const TripletEmbeddings& real) override;
    void commitSchedules(const std::map<std::string, double>& agreed,
                         std::map<std::string, double>& scalars) override;
    void afterUpdate(std::map<std::string, double>& scalars, const StepBatches& batches) override;
    ProbeStages probe(const TripletEmbeddings& real) override;

    std::vector<torch::optim::Optimizer*> optimizers() override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    std::string saveState() const override;
    void restoreState(const std::string& state) override;
    void scaleGeneratorLearningRate(double factor) override;
    void scaleCriticLearningRate(double factor) override;

    /// D1's logits for blocks of rows (each of class slots `labels`), passed as the
    /// critic_pass option passes real and generated rows (tests: does D1 see scale?).
    std::vector<torch::Tensor> d1Logits(const std::vector<torch::Tensor>& blocks,
                                        const torch::Tensor& labels);

private:
    struct Pass;  // every tensor of one forward
    Pass run(const TripletEmbeddings& real);
    void computeCriticLogits(Pass& pass);
    std::vector<torch::Tensor> critic(torch::nn::Sequential& net,
                                      const std::vector<torch::Tensor>& inputs) const;
    torch::Tensor discriminatorLosses(const Pass& pass);
    torch::Tensor d1Input(const torch::Tensor& x, const torch::Tensor& labels) const;
    torch::Tensor syntheticWeights(const Pass& pass, int64_t n);
    double currentTau() const;
    std::vector<torch::optim::Adam*> generatorOptimizers() const;

    TwoStageSettings m_settings;
    int64_t m_classes;
    std::shared_ptr<torch::nn::Module> m_nets;  // holds every network for save / load
    torch::nn::Sequential m_g1{nullptr}, m_gs{nullptr}, m_g2{nullptr};
    torch::nn::Sequential m_d1{nullptr}, m_ds{nullptr}, m_d2{nullptr}, m_classifier{nullptr};
    // m_stage1Optimizer steps G1 (and GS unless split); m_reconOptimizer (split only) GS + G1.
    std::unique_ptr<torch::optim::Adam> m_stage1Optimizer, m_reconOptimizer, m_stage2Optimizer,
        m_discriminatorOptimizer;
    RunningMean m_distanceMean, m_generatorLossMean;
    WarmUp m_warmUp;
    // Detached inputs of the step's batches for the extra discriminator updates.
    std::vector<Pass> m_lastPasses;
};

}  // namespace grindstone
