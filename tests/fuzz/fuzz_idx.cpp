// An IDX images / labels pair, plain or gzipped: the first byte picks the compression, the
// second is the labels file's length; the rest is the images file.
#include "FuzzSupport.h"
#include "grindstone/data/DatasetLoader.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    const bool gzipped = data[0] & 1;
    const size_t cut = std::min<size_t>(size - 2, data[1]);
    const std::string folder = fuzz::scratchFolder();
    const std::string suffix = gzipped ? ".gz" : "";
    const std::string labels = folder + "/train-labels-idx1-ubyte" + suffix;
    const std::string images = folder + "/train-images-idx3-ubyte" + suffix;
    fuzz::writeBytes(labels, data + 2, cut);
    fuzz::writeBytes(images, data + 2 + cut, size - 2 - cut);
    return fuzz::refuseOrRead([&] { loadIdxFolder(folder); });
}
