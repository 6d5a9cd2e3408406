#pragma once

#include <vector>

#include <torch/types.h>

namespace grindstone {

/// The collectives training needs from the process group; a world of one does nothing.
class Collective {
public:
    virtual ~Collective() = default;
    virtual int rank() const = 0;
    virtual int worldSize() const = 0;
    /// Sums each tensor over every rank, in place: every rank ends with the same values.
    virtual void sumInPlace(std::vector<torch::Tensor>& tensors) = 0;

    /// Since the process started: time spent in all-reduces (packing and waiting included) and
    /// the bytes of the buffers reduced (a ring all-reduce sends 2 (N - 1) / N of them).
    struct Traffic {
        double seconds = 0;
        int64_t bytes = 0;
    };
    virtual Traffic traffic() const { return {}; }
};

/// The collective of the process group this process joined (joinProcessGroup), else one of a
/// single rank.
Collective& processCollective();

}  // namespace grindstone
