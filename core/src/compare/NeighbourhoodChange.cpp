#include "grindstone/compare/NeighbourhoodChange.h"

#include <algorithm>
#include <numeric>

#include "grindstone/Error.h"
#include "projection/ProjectionSupport.h"

namespace grindstone {
namespace {

/// The k nearest other rows of every row (the projections' exact FAISS search), as sorted
/// index lists.
std::vector<std::vector<int64_t>> neighbourSets(const Matrix& m, int k) {
    const projection::Neighbours n = projection::exactNeighbours(m, k, {});
    std::vector<std::vector<int64_t>> sets(static_cast<size_t>(m.rows));
    for (int64_t r = 0; r < m.rows; ++r) {
        auto& set = sets[static_cast<size_t>(r)];
        for (int j = 0; j < k; ++j)
            set.push_back(n.index(r, j));
        std::sort(set.begin(), set.end());
    }
    return sets;
}

}  // namespace

NeighbourhoodChange neighbourhoodChange(const Matrix& a, const Matrix& b, int k) {
    if (a.rows != b.rows)
        throw InputError("neighbourhood change: the embeddings have " + std::to_string(a.rows) +
                         " and " + std::to_string(b.rows) +
                         " rows; they must hold the same points");
    if (k < 1 || k >= a.rows)
        throw InputError("neighbourhood change: k = " + std::to_string(k) + " must be in [1, " +
                         std::to_string(a.rows - 1) + "]");
    const auto na = neighbourSets(a, k);
    const auto nb = neighbourSets(b, k);
    NeighbourhoodChange out;
    out.k = k;
    std::vector<int64_t> common;
    for (size_t i = 0; i < na.size(); ++i) {
        common.clear();
        std::set_intersection(na[i].begin(), na[i].end(), nb[i].begin(), nb[i].end(),
                              std::back_inserter(common));
        out.perPoint.push_back(1.0 - double(common.size()) / k);
    }
    out.mean = std::accumulate(out.perPoint.begin(), out.perPoint.end(), 0.0) /
               double(out.perPoint.size());
    out.mostChanged.resize(out.perPoint.size());
    std::iota(out.mostChanged.begin(), out.mostChanged.end(), 0);
    std::stable_sort(out.mostChanged.begin(), out.mostChanged.end(), [&](int64_t x, int64_t y) {
        return out.perPoint[static_cast<size_t>(x)] > out.perPoint[static_cast<size_t>(y)];
    });
    return out;
}

}  // namespace grindstone
