#pragma once

#include <cstdint>

namespace grindstone::evaluation {

/// A key limit that about `prefix` of `points` keys fall below, with a 3-sigma margin, from
/// `size` keys sampled evenly (size >= 1); +infinity when the margin covers them all. Keeping
/// only keys below it is how a query avoids ordering its whole row.
float sampledKeyLimit(const float* sample, int64_t size, int64_t points, int64_t prefix);

/// How many of `points` keys `sampledKeyLimit` expects to keep for `prefix` (all, at most).
int64_t expectedKept(int64_t size, int64_t points, int64_t prefix);

}  // namespace grindstone::evaluation
