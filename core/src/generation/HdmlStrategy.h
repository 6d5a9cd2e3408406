#pragma once

#include <memory>

#include <torch/nn/modules/container/sequential.h>
#include <torch/optim/adam.h>

#include "generation/GenerationSettings.h"
#include "generation/GenerationStrategy.h"
#include "generation/Schedules.h"

namespace grindstone {

struct HdmlSettings {
    /// HDML as its paper and code have it: a two-layer generator, a squared reconstruction
    /// error, its own constants, and the interpolation driven by the metric loss on real
    /// triplets. Otherwise ("shared") the generator, loss form and constants of two-stage.
    bool paper = true;
    double alpha = 7, beta = 1e4;
    double reconWeight = 1, softmaxWeight = 1e4;
    double lrGenerator = 1e-2, lrClassifier = 1e-3;
    size_t window = 64;
    GenerationSettings common;
};

/// HDML (Zheng et al., CVPR 2019), the one-stage baseline: the negative is pulled toward the
/// anchor by an amount that grows as the metric loss falls, then a generator maps the triplet
/// back with reconstruction and softmax label-preserving losses.
class HdmlStrategy : public GenerationStrategy {
public:
    HdmlStrategy(const HdmlSettings& settings, int64_t dim, int64_t classes,
                 const torch::Device& device);

    GenerationStep forward(const TripletEmbeddings& real) override;
    void commitSchedules(const std::map<std::string, double>& agreed,
                         std::map<std::string, double>& scalars) override;
    void recordMetricLoss(double jMetric, double jReal) override;
    ProbeStages probe(const TripletEmbeddings& real) override;

    std::vector<torch::optim::Optimizer*> optimizers() override;
    void save(torch::serialize::OutputArchive& archive) const override;
    void load(torch::serialize::InputArchive& archive) override;
    std::string saveState() const override;
    void restoreState(const std::string& state) override;
    void scaleGeneratorLearningRate(double factor) override;
    void scaleCriticLearningRate(double factor) override;

private:
    torch::Tensor interpolatedNegatives(const TripletEmbeddings& real) const;
    torch::Tensor reconstructionLoss(const torch::Tensor& generated,
                                     const torch::Tensor& real) const;

    HdmlSettings m_settings;
    std::shared_ptr<torch::nn::Module> m_nets;
    torch::nn::Sequential m_generator{nullptr}, m_classifier{nullptr};
    std::unique_ptr<torch::optim::Adam> m_generatorOptimizer, m_classifierOptimizer;
    RunningMean m_metricLossMean, m_generatorLossMean;
    WarmUp m_warmUp;
};

}  // namespace grindstone
