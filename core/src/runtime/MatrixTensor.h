// Between core's public Matrix and LibTorch tensors (private: LibTorch stays out of the
// public headers).
#pragma once

#include <torch/types.h>

#include <algorithm>

#include "grindstone/Matrix.h"

namespace grindstone {

/// A float32 rows x cols tensor over the matrix's own values: no copy, valid while `m` lives
/// and is not resized; never written through.
inline torch::Tensor matrixView(const Matrix& m) {
    return torch::from_blob(const_cast<float*>(m.values.data()), {m.rows, m.cols}, torch::kFloat32);
}

/// The same as a tensor that owns its values.
inline torch::Tensor matrixTensor(const Matrix& m) {
    return matrixView(m).clone();
}

/// A 2-D tensor's values as a Matrix (float32, on the CPU).
inline Matrix tensorMatrix(const torch::Tensor& t) {
    const auto c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    Matrix m(c.size(0), c.size(1));
    std::copy(c.data_ptr<float>(), c.data_ptr<float>() + c.numel(), m.values.begin());
    return m;
}

}  // namespace grindstone
