#include "evaluation/BlasThreads.h"

#include <dlfcn.h>

namespace grindstone::evaluation {

namespace {

using GetThreads = int (*)();
using SetThreads = void (*)(int);

// libblas.so.3 is a Debian alternative: OpenBLAS exports these, the reference BLAS does not.
GetThreads getThreads() {
    return reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
}
SetThreads setThreads() {
    return reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
}

}  // namespace

ScopedSingleThreadedBlas::ScopedSingleThreadedBlas() {
    const GetThreads get = getThreads();
    const SetThreads set = setThreads();
    if (!get || !set) return;
    const int threads = get();
    if (threads > 1) {
        set(1);
        m_previous = threads;
    }
}

ScopedSingleThreadedBlas::~ScopedSingleThreadedBlas() {
    if (m_previous > 0)
        if (const SetThreads set = setThreads()) set(m_previous);
}

}  // namespace grindstone::evaluation
