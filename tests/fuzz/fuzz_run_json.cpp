// run.json as a run listing (the run browser, runs, bench) reads it, beside a valid
// config.json so the summary reads as far as a real run's would.
#include "FuzzSupport.h"
#include "grindstone/session/RunListing.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string folder = fuzz::scratchFolder();
    fuzz::writeBytes(folder + "/run.json", data, size);
    const std::string config = "{\"steps\": 10}";
    fuzz::writeBytes(folder + "/config.json", reinterpret_cast<const uint8_t*>(config.data()),
                     config.size());
    // A listing never refuses a run: a damaged one is listed as damaged, with the problem.
    summariseRun(folder);
    return 0;
}
