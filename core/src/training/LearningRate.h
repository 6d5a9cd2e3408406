#pragma once

#include <torch/optim/adam.h>

namespace grindstone {

/// Multiplies every parameter group's learning rate (LR drops, the non-finite guard).
inline void scaleLearningRate(torch::optim::Adam& optimizer, double factor) {
    for (auto& group : optimizer.param_groups()) {
        auto& options = static_cast<torch::optim::AdamOptions&>(group.options());
        options.lr(options.lr() * factor);
    }
}

inline double learningRate(torch::optim::Adam& optimizer) {
    return static_cast<torch::optim::AdamOptions&>(optimizer.param_groups().front().options()).lr();
}

}  // namespace grindstone
