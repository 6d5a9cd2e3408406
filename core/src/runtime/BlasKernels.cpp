// OpenBLAS is reached through dlsym, not linked: LibTorch loads whichever BLAS Debian's
// alternatives point at, and with any other one this code finds nothing and does nothing.
#include "grindstone/runtime/BlasKernels.h"

#include <dlfcn.h>

#include <cstdlib>
#include <map>

namespace grindstone {
namespace {

using CoreName = char* (*)();
using Hook = void (*)();

/// Vector extensions a kernel family uses: 0 SSE, 1 AVX, 2 AVX2 + FMA, 3 AVX-512. Names as
/// openblas_get_corename reports them (lower case).
int extensionLevel(const std::string& core) {
    static const std::map<std::string, int> levels = {{"sandybridge", 1}, {"haswell", 2},
                                                      {"zen", 2},         {"skylakex", 3},
                                                      {"cooperlake", 3},  {"sapphirerapids", 3}};
    const auto found = levels.find(core);
    return found == levels.end() ? 0 : found->second;
}

std::string lowerCase(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

/// The extensions the CPU has and the OS saves (libgcc's checks read XCR0 too).
int cpuExtensionLevel() {
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl"))
        return 3;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 2;
    return 0;
}

std::string currentCore() {
    const auto name = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    return name ? lowerCase(name()) : std::string();
}

}  // namespace

std::string useBlasKernels(const std::string& coreName) {
    const auto quit = reinterpret_cast<Hook>(dlsym(RTLD_DEFAULT, "gotoblas_dynamic_quit"));
    const auto init = reinterpret_cast<Hook>(dlsym(RTLD_DEFAULT, "gotoblas_dynamic_init"));
    if (!quit || !init || currentCore().empty()) return {};
    // gotoblas_dynamic_init reads the variable, as OpenBLAS's own start-up does.
    setenv("OPENBLAS_CORETYPE", coreName.c_str(), 1);
    quit();
    init();
    return currentCore();
}

BlasKernels chooseBlasKernels() {
    BlasKernels kernels;
    kernels.loaded = currentCore();
    kernels.inUse = kernels.loaded;
    kernels.setByUser = std::getenv("OPENBLAS_CORETYPE") != nullptr;
    if (kernels.loaded.empty() || kernels.setByUser) return kernels;
    const int cpu = cpuExtensionLevel();
    if (cpu <= extensionLevel(kernels.loaded)) return kernels;
    const std::string chosen = useBlasKernels(cpu == 3 ? "SkylakeX" : "Haswell");
    if (!chosen.empty()) kernels.inUse = chosen;
    return kernels;
}

}  // namespace grindstone
