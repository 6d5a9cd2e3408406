// PCA and orthogonal Procrustes: the linear, deterministic parts of the projections.
#include <algorithm>
#include <cmath>
#include <string>

// torch/linalg.h needs the tensor types declared first.
#include <torch/types.h>

#include <torch/linalg.h>

#include "evaluation/InputChecks.h"
#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"
#include "runtime/MatrixTensor.h"

namespace grindstone {

PcaResult principalComponents(const Matrix& data, int k) {
    evaluation::checkEmbeddings(data, 2, "PCA");
    if (k < 1) throw InputError("PCA: needs at least 1 component, got " + std::to_string(k));
    k = static_cast<int>(std::min<int64_t>(k, data.cols));
    torch::NoGradGuard noGrad;
    const torch::Tensor x = matrixView(data);
    const torch::Tensor mean = x.mean(0);
    const torch::Tensor centred = x - mean;
    // One sgemm for the covariance; the D x D eigen-problem is cheap in double.
    const torch::Tensor covariance =
        centred.t().matmul(centred).to(torch::kDouble) / static_cast<double>(data.rows - 1);
    const auto [values, vectors] = torch::linalg::eigh(covariance, "L");           // ascending
    const torch::Tensor top = vectors.flip({1}).narrow(1, 0, k).t().contiguous();  // k x D

    // Sign convention: the largest-magnitude coordinate of each axis is positive.
    const torch::Tensor pivot = top.gather(1, top.abs().argmax(1, /*keepdim=*/true));
    const torch::Tensor signs =
        torch::where(pivot < 0, -torch::ones_like(pivot), torch::ones_like(pivot));
    const torch::Tensor axes = (top * signs).to(torch::kFloat);

    PcaResult result;
    result.projected = tensorMatrix(centred.matmul(axes.t()));
    result.axes = tensorMatrix(axes);
    result.mean.assign(mean.data_ptr<float>(), mean.data_ptr<float>() + data.cols);
    const torch::Tensor variances = values.flip({0}).narrow(0, 0, k).clamp_min(0).contiguous();
    result.variances.assign(variances.data_ptr<double>(), variances.data_ptr<double>() + k);
    return result;
}

Matrix alignToReference(const Matrix& layout, const Matrix& reference) {
    if (layout.rows != reference.rows || layout.cols != reference.cols)
        throw InputError("alignment: layout is " + std::to_string(layout.rows) + " x " +
                         std::to_string(layout.cols) + ", reference " +
                         std::to_string(reference.rows) + " x " + std::to_string(reference.cols) +
                         "; expected the same shape");
    evaluation::checkEmbeddings(layout, 1, "alignment (layout)");
    evaluation::checkEmbeddings(reference, 1, "alignment (reference)");
    torch::NoGradGuard noGrad;
    const torch::Tensor a = matrixView(layout).to(torch::kDouble);
    const torch::Tensor b = matrixView(reference).to(torch::kDouble);
    const torch::Tensor meanA = a.mean(0), meanB = b.mean(0);
    const torch::Tensor ac = a - meanA;
    // argmin over orthogonal R of |ac R - bc|: R = U V^T from the SVD of ac^T bc.
    const auto [u, s, vt] = torch::linalg::svd(ac.t().matmul(b - meanB), false, c10::nullopt);
    return tensorMatrix(ac.matmul(u.matmul(vt)) + meanB);
}

}  // namespace grindstone
