#pragma once

#include <vector>

namespace grindstone::quality {

/// The linear softmax classifier docs/METHOD.md trains on real embeddings, fitted here on the
/// reference of one step to ask whether a generated sample still looks like its class.
class SoftmaxProbe {
public:
    /// Full-batch training from zero weights: deterministic, no seed needed.
    SoftmaxProbe(const torch::Tensor& embeddings, const std::vector<int>& labels);

    /// Predicted class (the original label values) and its probability, per row.
    void predict(const torch::Tensor& rows, std::vector<int>& labels,
                 std::vector<double>& probabilities) const;

    double trainingAccuracy() const { return m_trainingAccuracy; }

private:
    std::vector<int> m_classes;  // column -> label
    torch::Tensor m_mean, m_scale, m_weight, m_bias;
    double m_trainingAccuracy = 0;
};

}  // namespace grindstone::quality
