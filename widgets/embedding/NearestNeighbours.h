#pragma once

#include <functional>
#include <vector>

#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::widgets {

struct Neighbour {
    int index = -1;      ///< into the scene's points
    float distance = 0;  ///< Euclidean
};

/// The `k` points nearest to point `query` (itself excluded) among those `candidate` accepts,
/// nearest first: in the original embedding space when the scene has embeddings, otherwise
/// among the projected positions. Brute force: ~10 ms for 70,000 points of 128 dimensions,
/// done once per click (no index to build or keep in sync with snapshots).
std::vector<Neighbour> nearestNeighbours(const EmbeddingScene& scene, int query, int k,
                                         const std::function<bool(int)>& candidate = {});

}  // namespace grindstone::widgets
