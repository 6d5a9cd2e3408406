#pragma once

#include <cstdint>

namespace grindstone::evaluation {

/// Ranking keys of `rows` queries against `cols` points: out[i * cols + j] =
/// |p_j|^2 - 2 q_i . p_j, the squared distance less the query's own |q_i|^2 (constant along a
/// row, so the order is the same). One sgemm; meant to be called inside an OpenMP loop with a
/// single-threaded BLAS. Rows of `queries` and `points` are `dim` floats apart.
void keyTile(const float* queries, int64_t rows, const float* points, const float* pointNorms,
             int64_t cols, int64_t dim, float* out);

}  // namespace grindstone::evaluation
