#pragma once

#include <cstdint>

#include <torch/optim/adam.h>

#include "model/Mlp.h"

namespace grindstone {

/// Switches every generating method (hdml, two-stage) reads the same way, so a comparison
/// gives both the same remedies.
struct GenerationSettings {
    /// Form of the stage-1 generators (two-stage's G1 and GS).
    GeneratorForm stage1Form = GeneratorForm::Plain;
    /// Form of the generator that makes the negatives (two-stage's G2, HDML's generator).
    GeneratorForm negativeForm = GeneratorForm::Plain;
    double generatorWeightDecay = 0;  ///< the released two-stage code: 5e-3
    /// Steps during which J_metric uses real triplets only (p_t held at 1) while the
    /// generators already train: synthetic triplets enter once the generators have learnt.
    int64_t warmupSteps = 0;
    /// > 0: the running mean of the generator loss starts as a full window of this value
    /// (the released code starts it at 1e6: p_t ~ 0.9 over the first window); 0: empty.
    double schedulePrime = 0;
    /// Every generator's output L2-normalised, as the real embeddings are (`normalize`), so
    /// the synthetic samples lie where the metric compares the real ones. Only with normalised
    /// embeddings.
    bool outputsOnSphere = false;
};

/// `generator` as the settings have its output: on the unit sphere or as the MLP gives it.
inline torch::nn::Sequential withOutputSpace(torch::nn::Sequential generator,
                                             const GenerationSettings& s) {
    return s.outputsOnSphere ? onUnitSphere(std::move(generator)) : generator;
}

/// Adam for a generator's parameters with the shared weight decay.
inline torch::optim::AdamOptions generatorAdam(double lr, const GenerationSettings& s) {
    return torch::optim::AdamOptions(lr).weight_decay(s.generatorWeightDecay);
}

}  // namespace grindstone
