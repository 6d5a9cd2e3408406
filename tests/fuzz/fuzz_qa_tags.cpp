// qa/tags.json, the QA verdicts of a run's generated samples.
#include "FuzzSupport.h"
#include "grindstone/session/QaTags.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string folder = fuzz::scratchFolder();
    fuzz::writeBytes(folder + "/qa/tags.json", data, size);
    return fuzz::refuseOrRead([&] {
        QaTagStore store(folder);
        store.summary();
    });
}
