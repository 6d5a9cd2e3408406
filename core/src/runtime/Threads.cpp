#include "grindstone/runtime/Threads.h"

#include <dlfcn.h>

#include <thread>

#include <ATen/Parallel.h>

namespace grindstone {

int hardwareThreads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

int configureThreads(int requested) {
    // Looked up at run time: libblas.so.3 may point at a BLAS without this symbol.
    using SetThreads = void (*)(int);
    if (auto* set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(1);
    const int threads = requested > 0 ? requested : hardwareThreads();
    at::set_num_threads(threads);
    return at::get_num_threads();
}

}  // namespace grindstone
