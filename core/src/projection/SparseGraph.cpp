#include "projection/SparseGraph.h"

#include <algorithm>

namespace grindstone::projection {

namespace {

struct Edge {
    int32_t from, to;
    double weight;
};

}  // namespace

SparseGraph neighbourGraph(const Neighbours& neighbours) {
    SparseGraph g;
    g.rows = neighbours.rows;
    g.rowStart.resize(static_cast<size_t>(g.rows + 1));
    for (int64_t i = 0; i <= g.rows; ++i)
        g.rowStart[static_cast<size_t>(i)] = i * neighbours.k;
    g.cols.assign(neighbours.indices.begin(), neighbours.indices.end());
    g.weights.assign(g.cols.size(), 0.0);
    return g;
}

SparseGraph symmetrise(const SparseGraph& graph, double (*merge)(double, double)) {
    std::vector<Edge> edges;
    edges.reserve(graph.cols.size() * 2);
    for (int64_t r = 0; r < graph.rows; ++r)
        for (auto e = static_cast<size_t>(graph.rowStart[static_cast<size_t>(r)]);
             e < static_cast<size_t>(graph.rowStart[static_cast<size_t>(r + 1)]); ++e) {
            const int32_t c = graph.cols[e];
            edges.push_back({static_cast<int32_t>(r), c, graph.weights[e]});
            edges.push_back({c, static_cast<int32_t>(r), graph.weights[e]});
        }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        if (a.from != b.from) return a.from < b.from;
        return a.to != b.to ? a.to < b.to : a.weight < b.weight;
    });
    SparseGraph out;
    out.rows = graph.rows;
    out.rowStart.assign(static_cast<size_t>(graph.rows + 1), 0);
    for (size_t e = 0; e < edges.size();) {
        size_t end = e + 1;
        while (end < edges.size() && edges[end].from == edges[e].from &&
               edges[end].to == edges[e].to)
            ++end;
        // One copy: the edge exists one way only; two: a_ij and a_ji.
        const double other = end - e > 1 ? edges[e + 1].weight : 0.0;
        out.cols.push_back(edges[e].to);
        out.weights.push_back(merge(edges[e].weight, other));
        ++out.rowStart[static_cast<size_t>(edges[e].from) + 1];
        e = end;
    }
    for (int64_t r = 0; r < graph.rows; ++r)
        out.rowStart[static_cast<size_t>(r + 1)] += out.rowStart[static_cast<size_t>(r)];
    return out;
}

}  // namespace grindstone::projection
