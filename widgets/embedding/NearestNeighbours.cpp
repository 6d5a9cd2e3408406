#include "widgets/embedding/NearestNeighbours.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace grindstone::widgets {

std::vector<Neighbour> nearestNeighbours(const EmbeddingScene& scene, int query, int k,
                                         const std::function<bool(int)>& candidate) {
    const auto n = int(scene.points.size());
    if (query < 0 || query >= n || k <= 0) return {};
    const bool embedded = scene.hasEmbeddings();
    const int dim = embedded ? scene.embeddingDim : 3;
    const auto position = [&](int i, int d) {
        const ScenePoint& p = scene.points[size_t(i)];
        return d == 0 ? p.x : d == 1 ? p.y : p.z;
    };
    std::vector<float> q(static_cast<size_t>(dim));
    for (int d = 0; d < dim; ++d)
        q[size_t(d)] = embedded ? scene.embeddingOf(query)[d] : position(query, d);

    // A max-heap of the k best squared distances so far.
    const auto further = [](const Neighbour& a, const Neighbour& b) {
        return a.distance < b.distance;
    };
    std::priority_queue<Neighbour, std::vector<Neighbour>, decltype(further)> best(further);
    for (int i = 0; i < n; ++i) {
        if (i == query || (candidate && !candidate(i))) continue;
        float sum = 0;
        if (embedded) {
            const float* e = scene.embeddingOf(i);
            for (int d = 0; d < dim; ++d)
                sum += (e[d] - q[size_t(d)]) * (e[d] - q[size_t(d)]);
        } else {
            for (int d = 0; d < 3; ++d)
                sum += (position(i, d) - q[size_t(d)]) * (position(i, d) - q[size_t(d)]);
        }
        if (int(best.size()) < k)
            best.push({i, sum});
        else if (sum < best.top().distance) {
            best.pop();
            best.push({i, sum});
        }
    }
    std::vector<Neighbour> found;
    for (; !best.empty(); best.pop())
        found.push_back(best.top());
    std::reverse(found.begin(), found.end());
    for (auto& f : found)
        f.distance = std::sqrt(f.distance);
    return found;
}

}  // namespace grindstone::widgets
