#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace grindstone {

/// Class-balanced batches: P classes, K images each, drawn without replacement within a class
/// until it is exhausted (then reshuffled). Deterministic for a seed; its state round-trips
/// through text so a resumed run draws the same batches.
class PKSampler {
public:
    /// `labels[i]` is the class of dataset index `indices[i]`. P is capped at the class count.
    /// Classes with fewer than K images are left out when two or more classes have K.
    PKSampler(const std::vector<int64_t>& indices, const std::vector<int>& labels, int p, int k,
              uint64_t seed);

    /// Next batch of dataset indices, grouped by class (K consecutive entries per class).
    std::vector<int64_t> next();

    int classesPerBatch() const { return m_p; }
    int perClass() const { return m_k; }
    /// Classes never drawn: fewer than K images while others have K.
    int classesLeftOut() const { return m_classesLeftOut; }

    std::string saveState() const;
    void restoreState(const std::string& state);

private:
    int64_t takeFromClass(size_t classSlot);

    int m_p = 0;
    int m_k = 0;
    int m_classesLeftOut = 0;
    std::vector<std::vector<int64_t>> m_members;  // per class slot: dataset indices
    std::vector<std::vector<int64_t>> m_queues;   // per class slot: remaining, shuffled
    std::vector<size_t> m_classOrder;
    size_t m_classCursor = 0;
    std::mt19937_64 m_rng;
};

}  // namespace grindstone
