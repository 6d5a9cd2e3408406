#include "runtime/FaultInjection.h"

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace grindstone::faults {
namespace {

struct NonFiniteFault {
    int64_t step = -1;
    int64_t remaining = 0;
};

NonFiniteFault& nonFiniteFault() {
    static NonFiniteFault fault = [] {
        NonFiniteFault f;
        const char* text = std::getenv("GRINDSTONE_FAULT_NONFINITE_STEP");
        if (!text || !*text) return f;
        char* end = nullptr;
        f.step = std::strtoll(text, &end, 10);
        f.remaining = (*end == ':') ? std::strtoll(end + 1, nullptr, 10) : 1;
        return f;
    }();
    return fault;
}

std::mutex faultMutex;

}  // namespace

bool nonFiniteAtStep(int64_t step) {
    std::lock_guard<std::mutex> lock(faultMutex);
    NonFiniteFault& f = nonFiniteFault();
    if (f.step != step || f.remaining <= 0) return false;
    --f.remaining;
    return true;
}

void delayCheckpointRename() {
    static const double seconds = [] {
        const char* text = std::getenv("GRINDSTONE_FAULT_CHECKPOINT_DELAY");
        return text ? std::atof(text) : 0.0;
    }();
    if (seconds > 0) std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

}  // namespace grindstone::faults
