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
double BarnesHutTree<Dims>::repulsion(int64_t i, double thetaSquared, double* force) const {
    const double* y = m_points + i * Dims;
    double sumQ = 0;
    std::array<int32_t, kStackSize> stack;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Node& node = m_nodes[static_cast<size_t>(stack[--top])];
        if (node.firstChild < 0) {
            // A leaf: every point exactly (more than one only for coincident points).
            for (int32_t p = node.pointBegin; p < node.pointBegin + node.count; ++p) {
                const int32_t j = m_order[static_cast<size_t>(p)];
                if (j == i) continue;
                double diff[Dims], d2 = 0;
                for (int d = 0; d < Dims; ++d) {
                    diff[d] = y[d] - m_points[j * Dims + d];
                    d2 += diff[d] * diff[d];
                }
                const double q = 1.0 / (1.0 + d2);
                sumQ += q;
                for (int d = 0; d < Dims; ++d)
                    force[d] += q * q * diff[d];
            }
            continue;
        }
        double diff[Dims], d2 = 0;
        for (int d = 0; d < Dims; ++d) {
            diff[d] = y[d] - node.centreOfMass[d];
            d2 += diff[d] * diff[d];
        }
        if (node.widthSquared < thetaSquared * d2) {
            const double q = 1.0 / (1.0 + d2);
            const double mass = node.count;
            sumQ += mass * q;
            for (int d = 0; d < Dims; ++d)
                force[d] += mass * q * q * diff[d];
            continue;
        }
        for (int32_t c = 0; c < node.childCount; ++c)
            stack[static_cast<size_t>(top++)] = node.firstChild + c;
    }
    return sumQ;
}

template class BarnesHutTree<2>;
template class BarnesHutTree<3>;

}  // namespace grindstone::projection
