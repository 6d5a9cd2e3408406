#pragma once

#include <string>

namespace grindstone {

/// Which OpenBLAS kernels the process runs on.
struct BlasKernels {
    std::string loaded;  ///< what OpenBLAS picked when it loaded; empty: the BLAS is not OpenBLAS
    std::string inUse;   ///< what it uses now
    bool setByUser = false;  ///< OPENBLAS_CORETYPE was set: the kernels were left as chosen
};

/// OpenBLAS picks its kernels by the CPU's model number, and a release does not know the CPUs
/// that came after it: Debian 12's (0.3.21) runs an Emerald Rapids Xeon on its SSE3 "Prescott"
/// kernels, with sgemm 2-3x slower than the AVX-512 ones. When the loaded BLAS is OpenBLAS built
/// for every CPU (Debian's is), OPENBLAS_CORETYPE is not set, and the kernels it picked use
/// fewer vector extensions than the CPU and the OS offer (AVX-512, else AVX2 + FMA), this moves
/// it to the kernels of those extensions (SkylakeX, Haswell) and sets OPENBLAS_CORETYPE for
/// the processes it starts. Call first thing in main, before any BLAS call.
BlasKernels chooseBlasKernels();

/// Moves OpenBLAS to the kernels of `coreName` (an OPENBLAS_CORETYPE value, e.g. "Prescott"),
/// for benchmarks that compare kernels in one process; returns the kernels then in use (empty
/// when the BLAS is not a dynamic OpenBLAS). Not while a BLAS call runs.
std::string useBlasKernels(const std::string& coreName);

}  // namespace grindstone
