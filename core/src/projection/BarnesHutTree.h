#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace grindstone::projection {

/// Quadtree (Dims = 2) or octree (Dims = 3) over a t-SNE layout for the Barnes-Hut repulsion
/// (van der Maaten 2014): a cell far enough away (its width / distance below theta) acts as
/// one point of its total mass at its centre of mass.
template <int Dims>
class BarnesHutTree {
public:
    /// Rebuilds the tree over `count` points, `Dims` doubles each, row-major. Deterministic.
    void build(const double* points, int64_t count);

    /// Repulsion on every point i: forces[i] = sum_j q_ij^2 (y_i - y_j) (unnormalised
    /// q = 1 / (1 + |y_i - y_j|^2)) and sumQ[i] = sum_j q_ij, over all j != i. Points go in
    /// groups of up to kGroupSize that share one traversal: a cell is summarised only when the
    /// criterion holds for the whole group's bounding box (so for each of its points), which
    /// saves most of the tree walking. Parallel over groups (OpenMP); deterministic.
    void repulsion(double thetaSquared, double* forces, double* sumQ) const;

    static constexpr int kGroupSize = 16;

private:
    struct Node {
        std::array<double, Dims> centreOfMass{};
        double widthSquared = 0;  // of the cell's widest side
        int32_t count = 0;        // points below
        int32_t firstChild = -1;  // children are contiguous; -1: a leaf
        int32_t childCount = 0;
        int32_t pointBegin = 0;  // a leaf's points: m_order[pointBegin, pointBegin + count)
    };

    void split(int32_t node, std::array<double, Dims> low, std::array<double, Dims> high,
               int depth);
    /// Repulsion on the points m_order[first, first + size).
    void groupRepulsion(int32_t first, int32_t size, double thetaSquared, double* forces,
                        double* sumQ) const;

    const double* m_points = nullptr;
    std::vector<Node> m_nodes;
    std::vector<int32_t> m_order;    // point indices, grouped by leaf
    std::vector<int32_t> m_scratch;  // partition buffer
};

extern template class BarnesHutTree<2>;
extern template class BarnesHutTree<3>;

}  // namespace grindstone::projection
