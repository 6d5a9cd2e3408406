// thumbnails/images.json, where each dataset image sits in a run's sprite.
#include "FuzzSupport.h"
#include "grindstone/session/ThumbnailIndex.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string folder = fuzz::scratchFolder();
    fuzz::writeBytes(folder + "/thumbnails/images.json", data, size);
    return fuzz::refuseOrRead([&] { readThumbnailIndex(folder); });
}
