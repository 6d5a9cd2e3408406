// OpenBLAS's kernels: start-up leaves kernels the CPU outgrows, they can be switched in a
// running process without changing a figure, and a user's OPENBLAS_CORETYPE is kept.
#include <QtTest>

#include <random>

#include "TestSupport.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/runtime/BlasKernels.h"

using namespace grindstone;

namespace {

bool cpuHasAvx512() {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
}

}  // namespace

class TestBlasKernels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (test::kBlasKernels.loaded.empty())
            QSKIP("the BLAS LibTorch loaded is not OpenBLAS: nothing to choose");
    }

    void startUpUsesTheCpusWidestKernels() {
        if (test::kBlasKernels.setByUser) QSKIP("OPENBLAS_CORETYPE was set for this run");
        if (!cpuHasAvx512()) QSKIP("this CPU has no AVX-512");
        const QString inUse = QString::fromStdString(test::kBlasKernels.inUse);
        QVERIFY2(inUse == QLatin1String("skylakex") || inUse == QLatin1String("cooperlake") ||
                     inUse == QLatin1String("sapphirerapids"),
                 qPrintable(inUse));
    }

    void switchingKernelsKeepsTheFigures() {
        // Small whole numbers: every distance is exact in float whatever the summation order,
        // so both kernel sets must give identical figures.
        std::mt19937_64 rng(5);
        Matrix x(3000, 12);
        for (float& v : x.values)
            v = static_cast<float>(rng() % 4);
        std::vector<int> labels;
        for (int64_t i = 0; i < x.rows; ++i)
            labels.push_back(static_cast<int>(rng() % 7));
        QCOMPARE(useBlasKernels("Prescott"), std::string("prescott"));
        const RetrievalMetrics slow = rankingMetrics(x, labels, {1, 8});
        QCOMPARE(useBlasKernels(test::kBlasKernels.inUse), test::kBlasKernels.inUse);
        const RetrievalMetrics fast = rankingMetrics(x, labels, {1, 8});
        QCOMPARE(fast.mapAtR, slow.mapAtR);
        QCOMPARE(fast.recallAtK, slow.recallAtK);
    }

    void aUsersChoiceIsKept() {
        useBlasKernels("Prescott");  // as if the user had started with OPENBLAS_CORETYPE=Prescott
        const BlasKernels kept = chooseBlasKernels();
        useBlasKernels(test::kBlasKernels.inUse);
        QVERIFY(kept.setByUser);
        QCOMPARE(kept.inUse, std::string("prescott"));
    }
};

QTEST_APPLESS_MAIN(TestBlasKernels)
#include "tst_blas_kernels.moc"
