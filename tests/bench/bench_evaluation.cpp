// Times the evaluation on the target workload: 35,000 embeddings of dimension 128 in 5 classes
// of 7,000 (R ~ 7,000), against a 3 s budget. A naive baseline timed in the same run gives a
// figure that stays comparable when the shared machine is busy; so does the verification's
// time, given as a ratio to the retrieval evaluation of the same points.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <random>
#include <utility>
#include <vector>

#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/evaluation/Verification.h"
#include "grindstone/runtime/BlasKernels.h"

using namespace grindstone;

namespace {

constexpr int64_t kPoints = 35000;
constexpr int64_t kDim = 128;
constexpr int kClasses = 5;
constexpr double kTargetSeconds = 3.0;
constexpr int64_t kBaselinePoints = 5000;
constexpr float kSpread = 0.3f;
const std::vector<int> kKs = {1, 2, 4, 8};

struct Data {
    Matrix embeddings;
    std::vector<int> labels;
};

/// Unit Gaussian classes around centres drawn with standard deviation `spread` per
/// coordinate: small enough and the classes overlap (R@1 below 1).
Data gaussianClasses(int64_t points, float spread, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::vector<float> centres(static_cast<size_t>(kClasses * kDim));
    for (float& c : centres)
        c = spread * normal(rng);
    Data data{Matrix(points, kDim), std::vector<int>(static_cast<size_t>(points))};
    for (int64_t i = 0; i < points; ++i) {
        const int label = static_cast<int>(i % kClasses);
        data.labels[static_cast<size_t>(i)] = label;
        for (int64_t c = 0; c < kDim; ++c)
            data.embeddings.at(i, c) = centres[static_cast<size_t>(label * kDim + c)] + normal(rng);
    }
    return data;
}

/// O(n^2 d) distances and a full sort per query, one thread: the yardstick.
RetrievalMetrics naiveRanking(const Data& data) {
    const int64_t n = data.embeddings.rows;
    std::vector<int64_t> classSize(kClasses, 0);
    for (int label : data.labels)
        ++classSize[static_cast<size_t>(label)];
    std::vector<std::pair<float, int64_t>> order(static_cast<size_t>(n - 1));
    RetrievalMetrics metrics;
    double ap = 0, rp = 0;
    std::vector<int64_t> found(kKs.size(), 0);
    for (int64_t q = 0; q < n; ++q) {
        size_t m = 0;
        for (int64_t j = 0; j < n; ++j) {
            if (j == q) continue;
            float d = 0;
            for (int64_t c = 0; c < kDim; ++c) {
                const float diff = data.embeddings.at(q, c) - data.embeddings.at(j, c);
                d += diff * diff;
            }
            order[m++] = {d, j};
        }
        std::sort(order.begin(), order.end());
        const int label = data.labels[static_cast<size_t>(q)];
        const int64_t r = classSize[static_cast<size_t>(label)] - 1;
        int64_t hits = 0, first = -1;
        double sum = 0;
        for (int64_t i = 0; i < n - 1; ++i) {
            if (data.labels[static_cast<size_t>(order[static_cast<size_t>(i)].second)] != label)
                continue;
            if (first < 0) first = i;
            if (i < r) sum += static_cast<double>(++hits) / static_cast<double>(i + 1);
        }
        ap += sum / static_cast<double>(r);
        rp += static_cast<double>(hits) / static_cast<double>(r);
        for (size_t k = 0; k < kKs.size(); ++k)
            found[k] += first >= 0 && first < kKs[k];
    }
    metrics.queries = n;
    metrics.mapAtR = ap / static_cast<double>(n);
    metrics.rPrecision = rp / static_cast<double>(n);
    for (size_t k = 0; k < kKs.size(); ++k)
        metrics.recallAtK[kKs[k]] = static_cast<double>(found[k]) / static_cast<double>(n);
    return metrics;
}

/// Median wall time of `runs` calls, in seconds; `cpu` gets the median CPU time of all
/// threads, which other processes on the machine disturb less.
double medianSeconds(int runs, const std::function<void()>& work, double* cpu = nullptr) {
    std::vector<double> seconds, cpuSeconds;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t cpuStart = std::clock();
        const auto start = std::chrono::steady_clock::now();
        work();
        seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpuSeconds.push_back(static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    if (cpu) *cpu = cpuSeconds[cpuSeconds.size() / 2];
    return seconds[seconds.size() / 2];
}

void print(const char* name, const RetrievalMetrics& m) {
    std::printf("  %-22s R@1 %.4f R@2 %.4f R@4 %.4f R@8 %.4f MAP@R %.4f RP %.4f", name,
                m.recallAtK.at(1), m.recallAtK.at(2), m.recallAtK.at(4), m.recallAtK.at(8),
                m.mapAtR, m.rPrecision);
    if (m.nmi > 0 || m.f1 > 0) std::printf(" NMI %.4f F1 %.4f", m.nmi, m.f1);
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    // Optional argument: the spread of the class centres.
    const float spread = argc > 1 ? std::strtof(argv[1], nullptr) : kSpread;
    const char* blasThreads = std::getenv("OPENBLAS_NUM_THREADS");
    std::printf(
        "bench_evaluation: %lld x %lld embeddings, %d classes (centre spread %.2f); threads %d; "
        "OPENBLAS_NUM_THREADS=%s\n",
        static_cast<long long>(kPoints), static_cast<long long>(kDim), kClasses, spread,
        evaluationThreadCount(), blasThreads ? blasThreads : "(unset)");
    const Data data = gaussianClasses(kPoints, spread, 7);

    RetrievalMetrics ranking, full;
    std::vector<int> clusters;
    double rankingCpu = 0, kmeansCpu = 0, fullCpu = 0;
    const double rankingTime = medianSeconds(
        3, [&] { ranking = rankingMetrics(data.embeddings, data.labels, kKs); }, &rankingCpu);
    const double kmeansTime = medianSeconds(
        3, [&] { clusters = kmeansAssign(data.embeddings, kClasses, 1); }, &kmeansCpu);
    const double fullTime = medianSeconds(
        3, [&] { full = evaluateRetrieval(data.embeddings, data.labels, kKs, 1); }, &fullCpu);
    print("evaluateRetrieval", full);
    std::printf("  rankingMetrics         %.3f s (median of 3; CPU %.3f s)\n", rankingTime,
                rankingCpu);
    std::printf("  kmeansAssign           %.3f s (median of 3; CPU %.3f s)\n", kmeansTime,
                kmeansCpu);
    std::printf(
        "  evaluateRetrieval      %.3f s (median of 3; CPU %.3f s) = %.2f x the %.0f s "
        "target\n",
        fullTime, fullCpu, fullTime / kTargetSeconds, kTargetSeconds);

    // Same run, smaller set: naive full sort per query vs the fast path.
    const Data subset = gaussianClasses(kBaselinePoints, spread, 7);
    RetrievalMetrics naive, fast;
    const double naiveTime = medianSeconds(1, [&] { naive = naiveRanking(subset); });
    const double fastTime =
        medianSeconds(3, [&] { fast = rankingMetrics(subset.embeddings, subset.labels, kKs); });
    std::printf("baseline on %lld points:\n", static_cast<long long>(kBaselinePoints));
    print("naive (1 thread)", naive);
    print("rankingMetrics", fast);
    std::printf("  naive %.3f s, rankingMetrics %.3f s: %.1f x faster\n", naiveTime, fastTime,
                naiveTime / fastTime);

    // Verification at the final evaluation, beside the retrieval figures of the same points:
    // 1,000,000 pairs of each kind (the default verification_pairs), ROC, AUC, EER, TAR.
    PairDistances pairs;
    VerificationCurve curve;
    const double pairsTime = medianSeconds(
        3, [&] { pairs = verificationPairs(data.embeddings, data.labels, 1000000, 1000000, 1); });
    const double curveTime =
        medianSeconds(3, [&] { curve = verificationCurve(pairs, standardFalseAcceptRates()); });
    std::printf("verification, %zu same-class and %zu different-class pairs:\n",
                pairs.positive.size(), pairs.negative.size());
    std::printf("  pairs %.3f s, curve %.3f s: %.2f x evaluateRetrieval; AUC %.4f, EER %.2f %%\n",
                pairsTime, curveTime, (pairsTime + curveTime) / fullTime, curve.auc,
                100 * curve.equalErrorRate);
    return 0;
}
