#pragma once
// BatchNorm that can normalise over every rank's batch at once (synchronised BatchNorm, as
// PyTorch's SyncBatchNorm, which LibTorch has only for CUDA). Until a collective is given it
// computes what torch::nn::BatchNorm1d / 2d compute, with the same parameters and buffers
// under the same names, so checkpoints, export and evaluation see no difference.

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/pimpl.h>

#include "runtime/Collective.h"

namespace grindstone {

/// BatchNorm over N x C rows or N x C x H x W maps.
class SyncedBatchNormImpl
    : public torch::nn::NormImplBase<2, SyncedBatchNormImpl, torch::nn::BatchNormOptions> {
public:
    explicit SyncedBatchNormImpl(int64_t features)
        : NormImplBase(torch::nn::BatchNormOptions(features)) {}
    torch::Tensor forward(const torch::Tensor& input);
    /// Training-mode forward passes take their mean and variance over the rows (and pixels)
    /// of every rank of `collective`: one all-reduce of the sums forward, one of the gradient's
    /// sums backward. Every rank must then run the same forward and backward passes in the
    /// same order. Null: this rank's batch alone, as BatchNorm.
    void synchroniseOver(Collective* collective) { m_collective = collective; }

protected:
    void _check_input_dim(const torch::Tensor& input) override;

private:
    Collective* m_collective = nullptr;
};
TORCH_MODULE(SyncedBatchNorm);

/// Every SyncedBatchNorm inside `net` follows `collective` (null: none).
void synchroniseBatchNorm(torch::nn::Module& net, Collective* collective);

}  // namespace grindstone
