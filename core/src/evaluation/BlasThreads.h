#pragma once

namespace grindstone::evaluation {

/// While alive, OpenBLAS (when it is the process's BLAS) runs on one thread, and the previous
/// count is restored afterwards. Evaluation calls sgemm from each of its own OpenMP threads;
/// OpenBLAS's pthread pool on top of them oversubscribes the cores (measured ~5x slower on 2
/// cores). Found by symbol lookup so that any other BLAS still links and simply runs as is.
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
