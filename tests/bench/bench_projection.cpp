// Times the projections on their target workloads: PCA of 70,000 x 128, UMAP of 70,000 and
// t-SNE of 20,000 points (targets 0.2 s, 90 s, 90 s on 2 cores), on clustered synthetic data or
// the rows of a real embeddings .npy (--input). Prints figures; asserts nothing.
//
//   bench_projection [--input FILE.npy] [--only pca|tsne|umap] [--dims 2|3] [--threads N]
//                    [--points N] [--seed S] [--out FILE.npy]
// --out (with --only) writes that projection's layout: the quality script compares it with
// sklearn's and umap-learn's.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"
#include "grindstone/projection/Projection.h"
#include "grindstone/runtime/BlasKernels.h"
#include "grindstone/runtime/Threads.h"
#include "grindstone/session/Npy.h"

using namespace grindstone;

namespace {

constexpr int64_t kDim = 128;
constexpr int kClasses = 10;

struct Arguments {
    std::string input, only, out;
    int dims = 3, threads = 2;
    int64_t points = 0;  // 0: the method's target size
    uint64_t seed = 0;
};

/// Unit Gaussian classes around centres of standard deviation 0.35 per coordinate (~4 apart):
/// separated, as trained embeddings are, but with neighbours across classes at the edges.
Matrix clusteredData(int64_t rows, std::vector<int>& labels) {
    std::mt19937_64 rng(7);
    std::normal_distribution<float> normal;
    std::vector<float> centres(static_cast<size_t>(kClasses * kDim));
    for (float& c : centres)
        c = 0.35f * normal(rng);
    Matrix m(rows, kDim);
    labels.resize(static_cast<size_t>(rows));
    for (int64_t i = 0; i < rows; ++i) {
        const int label = static_cast<int>(i % kClasses);
        labels[static_cast<size_t>(i)] = label;
        for (int64_t c = 0; c < kDim; ++c)
            m.at(i, c) = centres[static_cast<size_t>(label * kDim + c)] + 0.1f * normal(rng);
    }
    return m;
}

Matrix firstRows(const Matrix& m, int64_t rows) {
    if (rows >= m.rows) return m;
    Matrix out(rows, m.cols);
    std::copy(m.values.begin(), m.values.begin() + rows * m.cols, out.values.begin());
    return out;
}

void time(const char* name, ProjectionMethod method, int64_t defaultPoints, const Arguments& a,
          const Matrix* input) {
    const int64_t rows = a.points > 0 ? a.points : defaultPoints;
    std::vector<int> labels;
    const Matrix data = input ? firstRows(*input, rows) : clusteredData(rows, labels);
    ProjectionOptions options;
    options.method = method;
    options.dims = a.dims;
    options.seed = a.seed;
    EmbeddingProjector projector(options);
    std::string lastPhase;
    const std::clock_t cpuStart = std::clock();
    const auto start = std::chrono::steady_clock::now();
    auto phaseStart = start;
    std::clock_t phaseCpu = cpuStart;
    const Matrix layout = projector.project(data, [&](double, const std::string& phase) {
        if (phase != lastPhase) {
            const auto now = std::chrono::steady_clock::now();
            const std::clock_t cpu = std::clock();
            if (!lastPhase.empty())
                std::printf("    %-28s %7.2f s wall %7.2f s CPU\n", lastPhase.c_str(),
                            std::chrono::duration<double>(now - phaseStart).count(),
                            static_cast<double>(cpu - phaseCpu) / CLOCKS_PER_SEC);
            lastPhase = phase;
            phaseStart = now;
            phaseCpu = cpu;
        }
        return true;
    });
    const auto end = std::chrono::steady_clock::now();
    if (!lastPhase.empty())
        std::printf("    %-28s %7.2f s wall %7.2f s CPU\n", lastPhase.c_str(),
                    std::chrono::duration<double>(end - phaseStart).count(),
                    static_cast<double>(std::clock() - phaseCpu) / CLOCKS_PER_SEC);
    // CPU time next to wall time: on a machine shared with builds the wall figure alone
    // says little.
    std::printf("%-6s %6lld x %-4lld -> %dD  %8.3f s wall  %8.3f s CPU", name,
                static_cast<long long>(data.rows), static_cast<long long>(data.cols), a.dims,
                std::chrono::duration<double>(end - start).count(),
                static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    if (!labels.empty())
        std::printf("   10-NN label agreement %.4f", knnLabelAgreement(layout, labels, 10));
    std::printf("\n");
    std::fflush(stdout);
    if (!a.out.empty()) writeNpy(a.out, layout);
}

Arguments parse(int argc, char** argv) {
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw InputError(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--input")
            a.input = value();
        else if (arg == "--only")
            a.only = value();
        else if (arg == "--out")
            a.out = value();
        else if (arg == "--dims")
            a.dims = std::atoi(value().c_str());
        else if (arg == "--threads")
            a.threads = std::atoi(value().c_str());
        else if (arg == "--points")
            a.points = std::atoll(value().c_str());
        else if (arg == "--seed")
            a.seed = std::strtoull(value().c_str(), nullptr, 10);
        else
            throw InputError("unknown argument '" + arg + "'");
    }
    if (!a.out.empty() && a.only.empty()) throw InputError("--out needs --only METHOD");
    if (!a.only.empty()) projectionMethodFromName(a.only);
    return a;
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    try {
        const Arguments a = parse(argc, argv);
        const int threads = configureThreads(a.threads);
        std::printf("threads: %d\n", threads);
        Matrix input;
        if (!a.input.empty()) input = readNpy(a.input);
        const Matrix* in = a.input.empty() ? nullptr : &input;
        if (a.only.empty() || a.only == "pca") time("pca", ProjectionMethod::Pca, 70000, a, in);
        if (a.only.empty() || a.only == "umap") time("umap", ProjectionMethod::Umap, 70000, a, in);
        if (a.only.empty() || a.only == "tsne") time("tsne", ProjectionMethod::Tsne, 20000, a, in);
        return 0;
    } catch (const InputError& e) {
        std::fprintf(stderr, "bench_projection: %s\n", e.what());
        return 2;
    }
}
