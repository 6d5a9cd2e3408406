#pragma once

namespace grindstone::evaluation {

/// While alive, OpenBLAS (when it is the process's BLAS) runs on one thread, and the previous
/// count is restored afterwards. Evaluation calls sgemm from each of its own OpenMP threads;
/// OpenBLAS's pthread pool on top of them oversubscribes the cores: the 35,000^2 x 128 tiled
/// sgemm alone took 1.12 s with one BLAS thread against 1.34-1.42 s with the default on the
/// 2-core dev machine. Found by symbol lookup so that any other BLAS still links and runs as is.
class ScopedSingleThreadedBlas {
public:
    ScopedSingleThreadedBlas();
    ~ScopedSingleThreadedBlas();
    ScopedSingleThreadedBlas(const ScopedSingleThreadedBlas&) = delete;
    ScopedSingleThreadedBlas& operator=(const ScopedSingleThreadedBlas&) = delete;

private:
    int m_previous = 0;  ///< 0: nothing changed
};

}  // namespace grindstone::evaluation
