#include "generation/HdmlStrategy.h"

#include <torch/nn/functional/loss.h>
#include <torch/nn/modules/linear.h>

#include "generation/AdversarialLoss.h"
#include "model/Mlp.h"
#include "session/ArchiveChild.h"
#include "training/LearningRate.h"

namespace grindstone {

namespace F = torch::nn::functional;

HdmlStrategy::HdmlStrategy(const HdmlSettings& s, int64_t dim, int64_t classes,
                           const torch::Device& device)
    : m_settings(s),
      m_nets(std::make_shared<torch::nn::Module>("Hdml")),
      m_metricLossMean(s.window),
      m_generatorLossMean(s.window),
      m_warmUp(s.common.warmupSteps) {
    const auto form = s.common.negativeForm;
    m_generator = m_nets->register_module(
        "generator",
        withOutputSpace(s.paper ? makeShallowGenerator(dim, form) : makeGenerator(dim, form),
                        s.common));
    m_classifier = m_nets->register_module("classifier",
                                           torch::nn::Sequential(torch::nn::Linear(dim, classes)));
    m_nets->to(device);
    m_nets->train();
    m_generatorOptimizer = std::make_unique<torch::optim::Adam>(
        m_generator->parameters(), generatorAdam(s.lrGenerator, s.common));
    m_classifierOptimizer = std::make_unique<torch::optim::Adam>(
        m_classifier->parameters(), torch::optim::AdamOptions(s.lrClassifier));
    if (s.common.schedulePrime > 0) m_generatorLossMean.prime(s.common.schedulePrime);
}

void HdmlStrategy::recordMetricLoss(double jMetric, double jReal) {
    m_metricLossMean.push(m_settings.paper ? jReal : jMetric);
}

torch::Tensor HdmlStrategy::reconstructionLoss(const torch::Tensor& generated,
                                               const torch::Tensor& real) const {
    // HDML's J_recon is the squared error; two-stage's reconstruction terms use the norm.
    if (m_settings.paper) return (generated - real).pow(2).sum(1).mean();
    return meanRowNorm(generated, real);
}

torch::Tensor HdmlStrategy::interpolatedNegatives(const TripletEmbeddings& real) const {
    const auto dPos = (real.anchors - real.positives).detach().pow(2).sum(1).sqrt();
    const auto dNeg = (real.anchors - real.negatives).detach().pow(2).sum(1).sqrt();
    const double jbar = m_metricLossMean.mean();
    const double lambda = jbar > 0 ? std::exp(-m_settings.alpha / jbar) : 0.0;
    // Tensor form of hdmlInterpolation(): untouched where d+ >= d-.
    auto coefficient =
        torch::where(dPos < dNeg, (dPos + (dNeg - dPos) * lambda) / dNeg.clamp_min(1e-12),
                     torch::ones_like(dNeg));
    return real.anchors + (real.negatives - real.anchors) * coefficient.unsqueeze(1);
}

GenerationStep HdmlStrategy::forward(const TripletEmbeddings& real) {
    const auto& s = m_settings;
    const int64_t n = real.size();
    const auto zNeg = interpolatedNegatives(real);
    const auto realAP = torch::cat({real.anchors, real.positives});
    const auto labelsAll = torch::cat({real.anchorLabels, real.anchorLabels, real.negativeLabels});
    const auto out = m_generator->forward(torch::cat({realAP, zNeg}));

    const auto recon = reconstructionLoss(out.narrow(0, 0, 2 * n), realAP);
    const auto soft = F::cross_entropy(m_classifier->forward(out), labelsAll);
    const auto generatorLoss = s.reconWeight * recon + s.softmaxWeight * soft;
    const auto classifierLoss =
        F::cross_entropy(m_classifier->forward(torch::cat({realAP, real.negatives})), labelsAll);

    GenerationStep step;
    step.realWeight = m_warmUp.realWeight(mixingWeight(s.beta, m_generatorLossMean.mean()));
    step.scheduleFigures["generator_loss"] = generatorLoss.item<double>();
    step.hasSynthetic = true;
    step.synthetic = real;
    step.synthetic.anchors = out.narrow(0, 0, n);
    step.synthetic.positives = out.narrow(0, n, n);
    step.synthetic.negatives = out.narrow(0, 2 * n, n);
    step.ownLosses.push_back({generatorLoss, m_generatorOptimizer.get()});
    step.ownLosses.push_back({classifierLoss, m_classifierOptimizer.get()});
    step.scalars["p_t"] = step.realWeight;
    step.scalars["loss_generator"] = generatorLoss.item<double>();
    step.scalars["loss_classifier"] = classifierLoss.item<double>();
    // Before the first step there is no metric loss to average (the mean is +inf).
    if (m_metricLossMean.count() > 0) step.scalars["metric_loss_mean"] = m_metricLossMean.mean();
    return step;
}

void HdmlStrategy::commitSchedules(const std::map<std::string, double>& agreed,
                                   std::map<std::string, double>& scalars) {
    scalars["generator_loss_mean"] =
        commitGeneratorLoss(m_generatorLossMean, m_warmUp, agreed.at("generator_loss"));
}

ProbeStages HdmlStrategy::probe(const TripletEmbeddings& real) {
    torch::NoGradGuard noGrad;
    const int64_t n = real.size();
    const auto zNeg = interpolatedNegatives(real);
    const auto out = m_generator->forward(torch::cat({real.anchors, real.positives, zNeg}));
    ProbeStages stages;
    stages.stages["real_anchor"] = real.anchors;
    stages.stages["real_positive"] = real.positives;
    stages.stages["real_negative"] = real.negatives;
    stages.stages["interpolated_negative"] = zNeg;
    stages.stages["generated_anchor"] = out.narrow(0, 0, n);
    stages.stages["generated_positive"] = out.narrow(0, n, n);
    stages.stages["generated_negative"] = out.narrow(0, 2 * n, n);
    return stages;
}

std::vector<torch::optim::Optimizer*> HdmlStrategy::optimizers() {
    return {m_generatorOptimizer.get(), m_classifierOptimizer.get()};
}

void HdmlStrategy::save(torch::serialize::OutputArchive& archive) const {
    writeChild(archive, "nets", *m_nets);
    writeChild(archive, "opt_generator", *m_generatorOptimizer);
    writeChild(archive, "opt_classifier", *m_classifierOptimizer);
}

void HdmlStrategy::load(torch::serialize::InputArchive& archive) {
    readChild(archive, "nets", *m_nets);
    readChild(archive, "opt_generator", *m_generatorOptimizer);
    readChild(archive, "opt_classifier", *m_classifierOptimizer);
}

std::string HdmlStrategy::saveState() const {
    return saveSchedules({&m_metricLossMean, &m_generatorLossMean}, m_warmUp);
}

void HdmlStrategy::restoreState(const std::string& state) {
    restoreSchedules(state, {&m_metricLossMean, &m_generatorLossMean}, m_warmUp);
}

void HdmlStrategy::scaleGeneratorLearningRate(double factor) {
    scaleLearningRate(*m_generatorOptimizer, factor);
}

void HdmlStrategy::scaleCriticLearningRate(double factor) {
    if (m_classifierOptimizer) scaleLearningRate(*m_classifierOptimizer, factor);
}

}  // namespace grindstone
