#pragma once

#include <memory>

#include <torch/nn/modules/container/sequential.h>
#include <torch/optim/adam.h>

#include "generation/GenerationStrategy.h"
#include "generation/Schedules.h"

namespace grindstone {

struct HdmlSettings {
    double alpha = 90, beta = 1e5;
    double reconWeight = 100, softmaxWeight = 0.4;
    double lrGenerator = 1e-2, lrClassifier = 1e-3;
    size_t window = 64;
};

/// HDML (Zheng et al., CVPR 2019), the one-stage baseline: the negative is pulled toward the
/// anchor by an amount that grows as the metric loss falls, then a generator maps the triplet
/// back with reconstruction and softmax label-preserving losses.
class HdmlStrategy : public GenerationStrategy {
public:
    HdmlStrategy(const HdmlSettings& settings, int64_t dim, int64_t classes,
                 const torch::Device& device);

    GenerationStep forward(const TripletEmbeddings& real) override;
    void recordMetricLoss(double jMetric) override { m_metricLossMean.push(jMetric); }
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

    HdmlSettings m_settings;
    std::shared_ptr<torch::nn::Module> m_nets;
    torch::nn::Sequential m_generator{nullptr}, m_classifier{nullptr};
    std::unique_ptr<torch::optim::Adam> m_generatorOptimizer, m_classifierOptimizer;
    RunningMean m_metricLossMean, m_generatorLossMean;
};

}  // namespace grindstone
