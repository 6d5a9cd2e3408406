#include "projection/BarnesHutTree.h"

#include <algorithm>
#include <limits>

namespace grindstone::projection {

namespace {

// Coincident points would be split forever; below this depth cells are kept as multi-point
// leaves (2^-40 of the layout's extent is far below any visible distance).
constexpr int kMaxDepth = 40;
// The traversal stack: depth x (children per node) bounds it.
constexpr int kStackSize = kMaxDepth * 8 + 8;

}  // namespace

template <int Dims>
void BarnesHutTree<Dims>::build(const double* points, int64_t count) {
    m_points = points;
    m_nodes.clear();
    m_nodes.reserve(static_cast<size_t>(count) * 2 + 1);
    m_order.resize(static_cast<size_t>(count));
    m_scratch.resize(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i)
        m_order[static_cast<size_t>(i)] = static_cast<int32_t>(i);
    std::array<double, Dims> low, high;
    low.fill(std::numeric_limits<double>::max());
    high.fill(std::numeric_limits<double>::lowest());
    for (int64_t i = 0; i < count; ++i)
        for (int d = 0; d < Dims; ++d) {
            low[d] = std::min(low[d], points[i * Dims + d]);
            high[d] = std::max(high[d], points[i * Dims + d]);
        }
    Node root;
    root.count = static_cast<int32_t>(count);
    m_nodes.push_back(root);
    split(0, low, high, 0);
}

template <int Dims>
void BarnesHutTree<Dims>::split(int32_t node, std::array<double, Dims> low,
                                std::array<double, Dims> high, int depth) {
    Node& self = m_nodes[static_cast<size_t>(node)];
    const int32_t begin = self.pointBegin, count = self.count;
    double widest = 0;
    for (int d = 0; d < Dims; ++d)
        widest = std::max(widest, high[d] - low[d]);
    self.widthSquared = widest * widest;
    for (int32_t p = begin; p < begin + count; ++p)
        for (int d = 0; d < Dims; ++d)
            self.centreOfMass[d] += m_points[m_order[static_cast<size_t>(p)] * Dims + d];
    for (int d = 0; d < Dims; ++d)
        self.centreOfMass[d] /= count;
    if (count <= 1 || depth >= kMaxDepth) return;

    // Counting sort of the cell's points by child (bit d set: upper half along axis d).
    constexpr int kChildren = 1 << Dims;
    std::array<double, Dims> middle;
    for (int d = 0; d < Dims; ++d)
        middle[d] = 0.5 * (low[d] + high[d]);
    std::array<int32_t, kChildren> sizes{};
    auto childOf = [&](int32_t point) {
        int child = 0;
        for (int d = 0; d < Dims; ++d)
            child |= (m_points[point * Dims + d] > middle[d] ? 1 : 0) << d;
        return child;
    };
    for (int32_t p = begin; p < begin + count; ++p)
        ++sizes[static_cast<size_t>(childOf(m_order[static_cast<size_t>(p)]))];
    std::array<int32_t, kChildren> starts{};
    for (int c = 1; c < kChildren; ++c)
        starts[c] = starts[c - 1] + sizes[c - 1];
    std::array<int32_t, kChildren> fill = starts;
    for (int32_t p = begin; p < begin + count; ++p) {
        const int32_t point = m_order[static_cast<size_t>(p)];
        m_scratch[static_cast<size_t>(begin + fill[static_cast<size_t>(childOf(point))]++)] = point;
    }
    std::copy(m_scratch.begin() + begin, m_scratch.begin() + begin + count,
              m_order.begin() + begin);

    // Non-empty children, contiguous, then each split in turn (m_nodes may grow: use indices).
    const auto first = static_cast<int32_t>(m_nodes.size());
    int32_t made = 0;
    std::array<int, kChildren> octant{};
    for (int c = 0; c < kChildren; ++c) {
        if (sizes[c] == 0) continue;
        Node child;
        child.count = sizes[c];
        child.pointBegin = begin + starts[c];
        m_nodes.push_back(child);
        octant[static_cast<size_t>(made++)] = c;
    }
    m_nodes[static_cast<size_t>(node)].firstChild = first;
    m_nodes[static_cast<size_t>(node)].childCount = made;
    for (int32_t m = 0; m < made; ++m) {
        std::array<double, Dims> childLow = low, childHigh = high;
        for (int d = 0; d < Dims; ++d)
            ((octant[static_cast<size_t>(m)] >> d) & 1 ? childLow : childHigh)[d] = middle[d];
        split(first + m, childLow, childHigh, depth + 1);
    }
}

template <int Dims>
void BarnesHutTree<Dims>::repulsion(double thetaSquared, double* forces, double* sumQ) const {
    // Groups: runs of kGroupSize points in tree order, which keeps them close together.
    const auto points = static_cast<int64_t>(m_order.size());
    const int64_t groups = (points + kGroupSize - 1) / kGroupSize;
#pragma omp parallel for schedule(dynamic, 16)
    for (int64_t g = 0; g < groups; ++g)
        groupRepulsion(static_cast<int32_t>(g * kGroupSize),
                       static_cast<int32_t>(std::min<int64_t>(kGroupSize, points - g * kGroupSize)),
                       thetaSquared, forces, sumQ);
}

template <int Dims>
void BarnesHutTree<Dims>::groupRepulsion(int32_t first, int32_t size, double thetaSquared,
                                         double* forces, double* sumQ) const {
    // The group's points coordinate-major in float, padded to kGroupSize lanes (weight 0), so
    // each interaction is one fixed-length SIMD loop: the sums run over ~1,000 cells per point
    // and float keeps them ~1e-6 relative, far below the Barnes-Hut approximation's own error.
    int32_t id[kGroupSize];
    alignas(64) float y[Dims][kGroupSize] = {}, force[Dims][kGroupSize] = {};
    alignas(64) float q[kGroupSize] = {}, lane[kGroupSize] = {};
    double low[Dims], high[Dims];
    for (int d = 0; d < Dims; ++d) {
        low[d] = std::numeric_limits<double>::max();
        high[d] = std::numeric_limits<double>::lowest();
    }
    for (int32_t p = 0; p < size; ++p) {
        id[p] = m_order[static_cast<size_t>(first + p)];
        lane[p] = 1.0f;
        for (int d = 0; d < Dims; ++d) {
            const double v = m_points[id[p] * Dims + d];
            y[d][p] = static_cast<float>(v);
            low[d] = std::min(low[d], v);
            high[d] = std::max(high[d], v);
        }
    }
    for (int32_t p = size; p < kGroupSize; ++p)
        id[p] = -2;
    // A source of mass `mass` at `at` acting on every point of the group but `skip`.
    auto interact = [&](const double* at, float mass, int32_t skip) {
        float source[Dims];
        for (int d = 0; d < Dims; ++d)
            source[d] = static_cast<float>(at[d]);
#pragma omp simd
        for (int p = 0; p < kGroupSize; ++p) {
            float diff[Dims], d2 = 0;
            for (int d = 0; d < Dims; ++d) {
                diff[d] = y[d][p] - source[d];
                d2 += diff[d] * diff[d];
            }
            const float weight = id[p] == skip ? 0.0f : lane[p] * mass;
            const float qp = 1.0f / (1.0f + d2);
            q[p] += weight * qp;
            for (int d = 0; d < Dims; ++d)
                force[d][p] += weight * qp * qp * diff[d];
        }
    };
    std::array<int32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = m_nodes[static_cast<size_t>(stack[--top])];
        if (node.firstChild < 0) {
            // A leaf: every point exactly (more than one only for coincident points).
            for (int32_t s = node.pointBegin; s < node.pointBegin + node.count; ++s) {
                const int32_t j = m_order[static_cast<size_t>(s)];
                interact(m_points + j * Dims, 1.0f, j);
            }
            continue;
        }
        // Nearest distance from the group's box to the cell's centre of mass: if the cell is
        // narrow enough from there, it is for every point of the group.
        double nearest = 0;
        for (int d = 0; d < Dims; ++d) {
            const double gap =
                std::max({0.0, low[d] - node.centreOfMass[d], node.centreOfMass[d] - high[d]});
            nearest += gap * gap;
        }
        if (node.widthSquared < thetaSquared * nearest) {
            interact(node.centreOfMass.data(), static_cast<float>(node.count), -1);
            continue;
        }
        for (int32_t c = 0; c < node.childCount; ++c)
            stack[static_cast<size_t>(top++)] = node.firstChild + c;
    }
    for (int32_t p = 0; p < size; ++p) {
        sumQ[id[p]] = q[p];
        for (int d = 0; d < Dims; ++d)
            forces[id[p] * Dims + d] = force[d][p];
    }
}

template class BarnesHutTree<2>;
template class BarnesHutTree<3>;

}  // namespace grindstone::projection
