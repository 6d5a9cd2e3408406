// A search space file as tune --space reads it, then the settings of its first points.
#include "FuzzSupport.h"
#include "grindstone/tune/SearchSpace.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    return fuzz::refuseOrRead([&] {
        const SearchSpace space = parseSearchSpace(fuzz::text(data, size), "space.json");
        for (uint64_t i = 0; i < 4; ++i)
            settingAt(space, haltonPoint(i, space.dimensions.size(), 1));
    });
}
