#include "model/SyncedBatchNorm.h"

#include <cstdint>

#include <torch/autograd.h>

namespace grindstone {
namespace {

/// What the synchronised forward needs besides the input and the affine parameters.
struct NormState {
    Collective* collective = nullptr;
    torch::Tensor runningMean, runningVar, batchesTracked;
    double eps = 1e-5;
    double momentum = 0.1;
};

/// Every dimension but the channels' (1): what BatchNorm averages over.
std::vector<int64_t> reducedDims(const torch::Tensor& x) {
    std::vector<int64_t> dims{0};
    for (int64_t d = 2; d < x.dim(); ++d)
        dims.push_back(d);
    return dims;
}

/// A per-channel vector shaped to broadcast against x (1 x C x 1 x 1 for maps).
torch::Tensor perChannel(const torch::Tensor& v, const torch::Tensor& x) {
    std::vector<int64_t> shape(static_cast<size_t>(x.dim()), 1);
    shape[1] = v.numel();
    return v.view(shape);
}

/// Sums over every rank, in double: the variance comes from E[x^2] - E[x]^2.
std::vector<torch::Tensor> summedOverRanks(Collective& collective,
                                           std::vector<torch::Tensor> parts) {
    collective.sumInPlace(parts);
    return parts;
}

Collective& collectiveOf(torch::autograd::AutogradContext* ctx) {
    return *reinterpret_cast<Collective*>(
        static_cast<std::intptr_t>(ctx->saved_data["collective"].toInt()));
}

class SyncedBatchNormFunction : public torch::autograd::Function<SyncedBatchNormFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& weight, const torch::Tensor& bias,
                                 const NormState* state) {
        const auto dims = reducedDims(x);
        const auto x64 = x.to(torch::kFloat64);
        const double localCount = static_cast<double>(x.numel() / x.size(1));
        const auto sums = summedOverRanks(
            *state->collective,
            {x64.sum(dims), (x64 * x64).sum(dims), torch::full({1}, localCount, torch::kFloat64)});
        const double count = sums[2].item<double>();
        const auto mean = sums[0] / count;
        const auto var = (sums[1] / count - mean * mean).clamp_min(0);
        const auto invStd = (var + state->eps).rsqrt();
        // Running statistics as BatchNorm keeps them: the variance unbiased over all rows.
        const double m = state->momentum;
        state->runningMean.mul_(1 - m).add_(mean.to(state->runningMean.scalar_type()), m);
        const auto unbiased = count > 1 ? var * (count / (count - 1)) : var;
        state->runningVar.mul_(1 - m).add_(unbiased.to(state->runningVar.scalar_type()), m);
        state->batchesTracked.add_(1);

        const auto normalised = (x - perChannel(mean.to(x.scalar_type()), x)) *
                                perChannel(invStd.to(x.scalar_type()), x);
        ctx->save_for_backward({normalised, invStd, weight});
        ctx->saved_data["count"] = count;
        ctx->saved_data["collective"] =
            static_cast<int64_t>(reinterpret_cast<std::intptr_t>(state->collective));
        return normalised * perChannel(weight, x) + perChannel(bias, x);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const auto& normalised = saved[0];
        const auto& invStd = saved[1];
        const auto& weight = saved[2];
        const auto& dy = grads[0];
        const auto dims = reducedDims(dy);
        const auto dy64 = dy.to(torch::kFloat64);
        const auto localDy = dy64.sum(dims);
        const auto localDyX = (dy64 * normalised.to(torch::kFloat64)).sum(dims);
        // Every rank's rows moved the mean and variance, so the input's gradient needs the
        // sums over all of them; the affine parameters' gradients stay this rank's (the
        // trainer sums those over the ranks with the other gradients).
        const auto total = summedOverRanks(collectiveOf(ctx), {localDy, localDyX});
        const double count = ctx->saved_data["count"].toDouble();
        const auto scale = perChannel((weight.to(torch::kFloat64) * invStd), dy);
        const auto dx = scale * (dy64 - perChannel(total[0] / count, dy) -
                                 normalised.to(torch::kFloat64) * perChannel(total[1] / count, dy));
        return {dx.to(dy.scalar_type()), localDyX.to(weight.scalar_type()),
                localDy.to(weight.scalar_type()), torch::Tensor()};
    }
};

}  // namespace

void SyncedBatchNormImpl::_check_input_dim(const torch::Tensor& input) {
    TORCH_CHECK(input.dim() == 2 || input.dim() == 4,
                "SyncedBatchNorm: expected N x C or N x C x H x W input (got ", input.dim(),
                " dimensions)");
}

torch::Tensor SyncedBatchNormImpl::forward(const torch::Tensor& input) {
    _check_input_dim(input);
    const double momentum = options.momentum().value_or(0.1);
    if (is_training() && m_collective) {
        NormState state;
        state.collective = m_collective;
        state.runningMean = running_mean;
        state.runningVar = running_var;
        state.batchesTracked = num_batches_tracked;
        state.eps = options.eps();
        state.momentum = momentum;
        return SyncedBatchNormFunction::apply(input, weight, bias, &state);
    }
    // As torch::nn::BatchNorm1d / 2d with their default options.
    if (is_training()) num_batches_tracked += 1;
    return torch::nn::functional::detail::batch_norm(input, running_mean, running_var, weight, bias,
                                                     is_training(), momentum, options.eps());
}

void synchroniseBatchNorm(torch::nn::Module& net, Collective* collective) {
    for (const auto& module : net.modules())
        if (auto* norm = module->as<SyncedBatchNorm>()) norm->synchroniseOver(collective);
}

}  // namespace grindstone
