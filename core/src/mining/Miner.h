#pragma once

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace grindstone {

/// How hard the chosen real triplets were, by the metric margin m on squared distances:
/// easy d_an >= d_ap + m, semi-hard d_ap < d_an < d_ap + m, hard d_an <= d_ap.
struct MinerStats {
    int64_t easy = 0;
    int64_t semiHard = 0;
    int64_t hard = 0;
};

/// Indices into the batch: triplet i is (anchors[i], positives[i], negatives[i]).
struct MinedTriplets {
    std::vector<int64_t> anchors, positives, negatives;
    MinerStats stats;
    size_t size() const { return anchors.size(); }
};

/// The inputs a miner sees: the batch's pairwise squared distances (row-major n x n, from
/// detached embeddings), labels, and for distance-weighted sampling the dimension.
struct MiningBatch {
    const std::vector<float>& squaredDistances;
    const std::vector<int>& labels;
    int64_t dimension = 0;
    double margin = 0;
};

/// Chooses the real triplets of a P x K batch before any generation. Plain C++ so the choice
/// is testable on hand-made distances; randomness comes from the caller's engine so a run
/// (and a resumed run) is reproducible.
class Miner {
public:
    virtual ~Miner() = default;
    virtual std::string name() const = 0;
    /// Up to `count` triplets (fewer only when the batch cannot give that many anchors).
    virtual MinedTriplets mine(const MiningBatch& batch, int64_t count,
                               std::mt19937_64& rng) const = 0;
};

/// "random", "semihard", "batch-hard" or "distance-weighted"; throws InputError otherwise.
std::unique_ptr<Miner> makeMiner(const std::string& name);

/// Classifies each triplet by the margin and fills `triplets.stats`.
void countHardness(const MiningBatch& batch, MinedTriplets& triplets);

}  // namespace grindstone
