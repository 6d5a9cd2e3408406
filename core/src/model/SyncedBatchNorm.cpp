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

/// A per-channel vector shaped to broadcast against x (1 x C x 1 x 1 for maps).
torch::Tensor perChannel(const torch::Tensor& v, const torch::Tensor& x) {
    std::vector<int64_t> shape(static_cast<size_t>(x.dim()), 1);
    shape[1] = v.numel();
    return v.view(shape);
}

/// Sums over every rank (per-channel figures, in double).
std::vector<torch::Tensor> summedOverRanks(Collective& collective,
                                           std::vector<torch::Tensor> parts) {
    collective.sumInPlace(parts);
    return parts;
}

Collective& collectiveOf(torch::autograd::AutogradContext* ctx) {
    return *reinterpret_cast<Collective*>(
        static_cast<std::intptr_t>(ctx->saved_data["collective"].toInt()));
}

// LibTorch's own BatchNorm kernels do the work on the maps: statistics, and sums of the
// gradient, over double copies (so that the sums of N ranks and of one process over the
// same rows agree to a double's last digits), the normalisation in evaluation form (given
// mean and variance). Generic reductions over N, H and W made a triplet step 1.24x a plain
// one where these kernels make it 1.13x.
class SyncedBatchNormFunction : public torch::autograd::Function<SyncedBatchNormFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& weight, const torch::Tensor& bias,
                                 const NormState* state) {
        // This rank's mean and (biased) variance by BatchNorm's own statistics kernel, in
        // double: one process and N ranks then differ only in the last digits of a double.
        const auto x64 = x.to(torch::kFloat64);
        const auto [localMean, localVar] = at::batch_norm_update_stats(x64, {}, {}, 0.0);
        const double localCount = static_cast<double>(x.numel() / x.size(1));
        // Each rank's count, sum and sum of squares (n mean, n (var + mean^2)).
        const auto sums =
            summedOverRanks(*state->collective, {localMean * localCount,
                                                 (localVar + localMean * localMean) * localCount,
                                                 torch::full({1}, localCount, torch::kFloat64)});
        const double count = sums[2].item<double>();
        const auto mean = sums[0] / count;
        const auto var = (sums[1] / count - mean * mean).clamp_min(0);
        // Running statistics as BatchNorm keeps them: the variance unbiased over all rows.
        const double m = state->momentum;
        state->runningMean.mul_(1 - m).add_(mean.to(state->runningMean.scalar_type()), m);
        const auto unbiased = count > 1 ? var * (count / (count - 1)) : var;
        state->runningVar.mul_(1 - m).add_(unbiased.to(state->runningVar.scalar_type()), m);
        state->batchesTracked.add_(1);

        const auto meanX = mean.to(x.scalar_type());
        const auto varX = var.to(x.scalar_type());
        ctx->save_for_backward({x, x64, weight, mean, var});
        ctx->saved_data["count"] = count;
        ctx->saved_data["eps"] = state->eps;
        ctx->saved_data["collective"] =
            static_cast<int64_t>(reinterpret_cast<std::intptr_t>(state->collective));
        return torch::batch_norm(x, weight, bias, meanX, varX, /*training=*/false, 0.0, state->eps,
                                 /*cudnn_enabled=*/false);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const auto saved = ctx->get_saved_variables();
        const auto& x = saved[0];
        const auto& x64 = saved[1];
        const auto& weight = saved[2];
        const auto& mean = saved[3];
        const auto& var = saved[4];
        const auto dy = grads[0].contiguous();
        const double eps = ctx->saved_data["eps"].toDouble();
        // This rank's sums of dy x^ (the weight's gradient) and of dy (the bias's), in double,
        // by BatchNorm's own backward kernel with the statistics held fixed. The affine
        // gradients stay this rank's: the trainer sums them over the ranks with the others.
        const auto [unused, localDyX, localDy] =
            at::native_batch_norm_backward(dy.to(torch::kFloat64), x64, {}, mean, var, {}, {},
                                           /*train=*/false, eps, {false, true, true});
        // Every rank's rows moved the mean and variance: the input's gradient needs the sums
        // over all of them.
        const auto total = summedOverRanks(collectiveOf(ctx), {localDy, localDyX});
        const double count = ctx->saved_data["count"].toDouble();
        const auto invStd = (var + eps).rsqrt();
        const auto gain = weight.to(torch::kFloat64) * invStd;
        // dx = w / std (dy - mean(dy) - x^ mean(dy x^)) = dy gain + x slope + offset.
        const auto slope = -gain * invStd * total[1] / count;
        const auto offset = -slope * mean - gain * total[0] / count;
        const auto type = x.scalar_type();
        const auto dx =
            torch::addcmul(perChannel(offset.to(type), x), x, perChannel(slope.to(type), x))
                .addcmul_(dy, perChannel(gain.to(type), x));
        return {dx, localDyX.to(weight.scalar_type()), localDy.to(weight.scalar_type()),
                torch::Tensor()};
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
