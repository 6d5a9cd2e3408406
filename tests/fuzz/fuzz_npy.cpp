// A .npy file as snapshots and probe stages are stored.
#include "FuzzSupport.h"
#include "grindstone/session/Npy.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return fuzz::refuseOrRead([&] { decodeNpy(fuzz::text(data, size), "input.npy"); });
}
