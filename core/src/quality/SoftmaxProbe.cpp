#include "quality/SoftmaxProbe.h"

#include <algorithm>

namespace grindstone::quality {
namespace {

constexpr int kIterations = 300;
constexpr double kLearningRate = 0.05;
constexpr double kWeightDecay = 1e-4;

}  // namespace

SoftmaxProbe::SoftmaxProbe(const torch::Tensor& embeddings, const std::vector<int>& labels)
    : m_classes(labels) {
    std::sort(m_classes.begin(), m_classes.end());
    m_classes.erase(std::unique(m_classes.begin(), m_classes.end()), m_classes.end());
    std::vector<int64_t> targets;
    targets.reserve(labels.size());
    for (int label : labels)
        targets.push_back(std::lower_bound(m_classes.begin(), m_classes.end(), label) -
                          m_classes.begin());
    const auto y = torch::tensor(targets, torch::kInt64);
    // Callers evaluate under NoGradGuard; fitting needs gradients whatever they set.
    torch::AutoGradMode enableGrad(true);

    // Standardised features: un-normalised embeddings reach norms in the tens, which would
    // make one learning rate wrong for some runs and right for others.
    m_mean = embeddings.mean(0, true);
    m_scale = embeddings.std(0, true, true).clamp_min(1e-6);
    const auto x = (embeddings - m_mean) / m_scale;
    const int64_t classes = static_cast<int64_t>(m_classes.size());
    m_weight = torch::zeros({x.size(1), classes}, torch::requires_grad());
    m_bias = torch::zeros({classes}, torch::requires_grad());
    torch::optim::Adam optimiser(
        {m_weight, m_bias}, torch::optim::AdamOptions(kLearningRate).weight_decay(kWeightDecay));
    for (int i = 0; i < kIterations; ++i) {
        optimiser.zero_grad();
        torch::nn::functional::cross_entropy(x.matmul(m_weight) + m_bias, y).backward();
        optimiser.step();
    }
    torch::NoGradGuard noGrad;
    m_weight = m_weight.detach();
    m_bias = m_bias.detach();
    const auto predicted = (x.matmul(m_weight) + m_bias).argmax(1);
    m_trainingAccuracy = predicted.eq(y).to(torch::kFloat64).mean().item<double>();
}

void SoftmaxProbe::predict(const torch::Tensor& rows, std::vector<int>& labels,
                           std::vector<double>& probabilities) const {
    torch::NoGradGuard noGrad;
    const auto p = torch::softmax(((rows - m_mean) / m_scale).matmul(m_weight) + m_bias, 1);
    const auto [best, column] = p.max(1);
    labels.clear();
    probabilities.clear();
    for (int64_t i = 0; i < rows.size(0); ++i) {
        labels.push_back(m_classes[static_cast<size_t>(column[i].item<int64_t>())]);
        probabilities.push_back(best[i].item<double>());
    }
}

}  // namespace grindstone::quality
