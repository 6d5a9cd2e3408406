#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace grindstone {

/// Dense row-major float matrix: the plain type core's public API uses for embeddings and
/// projections, so no LibTorch type leaks out of core.
struct Matrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<float> values;

    Matrix() = default;
    Matrix(int64_t r, int64_t c) : rows(r), cols(c), values(static_cast<size_t>(r * c), 0.0f) {}

    float* row(int64_t r) { return values.data() + r * cols; }
    const float* row(int64_t r) const { return values.data() + r * cols; }
    float& at(int64_t r, int64_t c) { return values[static_cast<size_t>(r * cols + c)]; }
    float at(int64_t r, int64_t c) const { return values[static_cast<size_t>(r * cols + c)]; }
};

}  // namespace grindstone
