// metrics.jsonl as the window, the bench and the CLI read it back (torn lines included).
#include "FuzzSupport.h"
#include "grindstone/session/MetricsLog.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string folder = fuzz::scratchFolder();
    fuzz::writeBytes(folder + "/metrics.jsonl", data, size);
    // The log reader never refuses: damage is counted and named, the rest read.
    const MetricsLog log = readMetricsLog(folder);
    meanStepSeconds(log);
    return 0;
}
