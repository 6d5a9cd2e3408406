#include "evaluation/KeyTile.h"

#include <cblas.h>

#include <algorithm>

namespace grindstone::evaluation {

void keyTile(const float* queries, int64_t rows, const float* points, const float* pointNorms,
             int64_t cols, int64_t dim, float* out) {
    // The norms go in first and sgemm adds -2 q.p on top (beta = 1): with beta = 0 BLAS would
    // spend a pass zeroing the tile, and we another adding the norms.
    for (int64_t i = 0; i < rows; ++i)
        std::copy(pointNorms, pointNorms + cols, out + i * cols);
    // Column-major view: out^T (cols x rows) += -2 P (cols x dim) Q^T.
    const auto d = static_cast<int>(dim);
    cblas_sgemm(CblasColMajor, CblasTrans, CblasNoTrans, static_cast<int>(cols),
                static_cast<int>(rows), d, -2.0f, points, d, queries, d, 1.0f, out,
                static_cast<int>(cols));
}

}  // namespace grindstone::evaluation
