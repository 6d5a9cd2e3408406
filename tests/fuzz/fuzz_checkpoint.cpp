// A checkpoint as far as Grindstone reads it itself: the file's integrity check, and the texts
// it keeps beside the networks (the P x K sampler's state, then after a record separator the
// generating method's schedules). The archive's tensors are LibTorch's own reader's.
#include <string>
#include <vector>

#include "FuzzSupport.h"
#include "generation/Schedules.h"
#include "grindstone/data/PKSampler.h"
#include "grindstone/session/RunFolder.h"

using namespace grindstone;

namespace {

/// The sampler a small run would have: 4 classes of 3 images, 2 classes of 2 per batch.
PKSampler smallSampler() {
    const std::vector<int64_t> indices{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    const std::vector<int> labels{0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
    return PKSampler(indices, labels, 2, 2, 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string file = fuzz::scratchFolder() + "/checkpoints/step-00000010.pt";
    fuzz::writeBytes(file, data, size);
    checkpointProblem(file);

    const std::string input = fuzz::text(data, size);
    const size_t separator = input.find('\x1e');
    const std::string samplerState = input.substr(0, separator);
    const std::string schedules = separator == std::string::npos ? "" : input.substr(separator + 1);
    fuzz::refuseOrRead([&] {
        PKSampler sampler = smallSampler();
        sampler.restoreState(samplerState);
        for (int batch = 0; batch < 8; ++batch)  // a restored sampler must go on drawing
            sampler.next();
    });
    return fuzz::refuseOrRead([&] {
        RunningMean distances, losses;
        WarmUp warmUp(5);
        restoreSchedules(schedules, {&distances, &losses}, warmUp);
        for (int step = 0; step < 70; ++step) {  // past a window's length
            distances.push(1.0);
            losses.push(2.0);
            warmUp.advance();
        }
        mixingWeight(1e5, losses.mean());
    });
}
