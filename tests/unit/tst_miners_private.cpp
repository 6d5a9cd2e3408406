// Each miner on a hand-made batch whose distances make the right choice unambiguous.
#include <QtTest>

#include <random>

#include "grindstone/Error.h"
#include "mining/Miner.h"

using namespace grindstone;

namespace {

// Six points on a line: class 0 at 0, 1, 5; class 1 at 2, 3, 9. Squared distances.
const std::vector<float> kPositions = {0, 1, 5, 2, 3, 9};
const std::vector<int> kLabels = {0, 0, 0, 1, 1, 1};

std::vector<float> squaredDistances(const std::vector<float>& x) {
    std::vector<float> d(x.size() * x.size());
    for (size_t i = 0; i < x.size(); ++i)
        for (size_t j = 0; j < x.size(); ++j)
            d[i * x.size() + j] = (x[i] - x[j]) * (x[i] - x[j]);
    return d;
}

bool validTriplets(const MinedTriplets& t, const std::vector<int>& labels) {
    for (size_t i = 0; i < t.size(); ++i) {
        const auto a = t.anchors[i], p = t.positives[i], n = t.negatives[i];
        if (a == p || labels[a] != labels[p] || labels[a] == labels[n]) return false;
    }
    return true;
}

}  // namespace

class TestMiners : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchHardPicksFarthestPositiveAndClosestNegative() {
        const auto d = squaredDistances(kPositions);
        std::mt19937_64 rng(1);
        const auto t = makeMiner("batch-hard")->mine({d, kLabels, 1, 1.0}, 6, rng);
        QCOMPARE(t.size(), size_t(6));
        QVERIFY(validTriplets(t, kLabels));
        for (size_t i = 0; i < t.size(); ++i) {
            // anchor 0 (x=0): farthest positive x=5 (index 2), closest negative x=2 (index 3)
            if (t.anchors[i] == 0) {
                QCOMPARE(t.positives[i], 2);
                QCOMPARE(t.negatives[i], 3);
            }
            // anchor 5 (x=9): farthest positive x=2 (index 3), closest negative x=5 (index 2)
            if (t.anchors[i] == 5) {
                QCOMPARE(t.positives[i], 3);
                QCOMPARE(t.negatives[i], 2);
            }
        }
        // Hardness by margin 1: (0: dap 25, dan 4) hard.
        QCOMPARE(t.stats.easy + t.stats.semiHard + t.stats.hard, int64_t(6));
        QVERIFY(t.stats.hard >= 1);
    }

    void semiHardPicksClosestNegativeBeyondPositiveWithinMargin() {
        // Anchor 0 at 0 with its only positive at 1 (dap 1); negatives at 1.2 (dan 1.44,
        // semi-hard for m = 1), 1.4 (1.96, semi-hard but farther), 0.5 (0.25, hard), 3 (easy).
        const std::vector<float> x = {0, 1, 1.2f, 1.4f, 0.5f, 3};
        const std::vector<int> labels = {0, 0, 1, 1, 1, 1};
        const auto d = squaredDistances(x);
        std::mt19937_64 rng(3);
        const auto t = makeMiner("semihard")->mine({d, labels, 1, 1.0}, 2, rng);
        QVERIFY(validTriplets(t, labels));
        for (size_t i = 0; i < t.size(); ++i)
            if (t.anchors[i] == 0) QCOMPARE(t.negatives[i], 2);
        QVERIFY(t.stats.semiHard >= 1);
    }

    void semiHardFallsBackWhenNoneInsideMargin() {
        // dap = 1; negatives at 0.5 (hard) and 5 (easy, dan 25): no semi-hard one, so the
        // closest negative beyond the positive is taken.
        const std::vector<float> x = {0, 1, 0.5f, 5};
        const std::vector<int> labels = {0, 0, 1, 1};
        std::mt19937_64 rng(5);
        const auto t = makeMiner("semihard")->mine({squaredDistances(x), labels, 1, 1.0}, 4, rng);
        for (size_t i = 0; i < t.size(); ++i)
            if (t.anchors[i] == 0) QCOMPARE(t.negatives[i], 3);
    }

    void randomMinerIsValidAndDeterministic() {
        const auto d = squaredDistances(kPositions);
        std::mt19937_64 a(42), b(42), c(43);
        const auto t1 = makeMiner("random")->mine({d, kLabels, 1, 1.0}, 10, a);
        const auto t2 = makeMiner("random")->mine({d, kLabels, 1, 1.0}, 10, b);
        const auto t3 = makeMiner("random")->mine({d, kLabels, 1, 1.0}, 10, c);
        QCOMPARE(t1.size(), size_t(10));  // more than the 6 anchors: anchors repeat
        QVERIFY(validTriplets(t1, kLabels));
        QCOMPARE(t1.anchors, t2.anchors);
        QCOMPARE(t1.negatives, t2.negatives);
        QVERIFY(t1.anchors != t3.anchors || t1.negatives != t3.negatives);
        // Every anchor is used once before any repeats.
        std::vector<int64_t> first(t1.anchors.begin(), t1.anchors.begin() + 6);
        std::sort(first.begin(), first.end());
        QCOMPARE(first, (std::vector<int64_t>{0, 1, 2, 3, 4, 5}));
    }

    void distanceWeightedPrefersCloseNegatives() {
        // In 128-d, 1/q(d) grows fast as d falls below sqrt(2): over many draws the close
        // negative (index 2) must be chosen far more often than the far one (index 3).
        const std::vector<float> x = {0, 0.3f, 0.9f, 2.5f};
        const std::vector<int> labels = {0, 0, 1, 1};
        const auto d = squaredDistances(x);
        std::mt19937_64 rng(11);
        int close = 0, far = 0;
        for (int i = 0; i < 200; ++i) {
            const auto t = makeMiner("distance-weighted")->mine({d, labels, 128, 1.0}, 1, rng);
            QVERIFY(validTriplets(t, labels));
            if (t.anchors[0] != 0) continue;
            (t.negatives[0] == 2 ? close : far)++;
        }
        QVERIFY2(close > 5 * std::max(far, 1),
                 qPrintable(QStringLiteral("%1 vs %2").arg(close).arg(far)));
    }

    void hardnessCounts() {
        // anchor 0, positive 1 (dap 1); negatives: 0.5 (dan .25 hard), 1.2 (1.44 semi), 3 (9 easy)
        const std::vector<float> x = {0, 1, 0.5f, 1.2f, 3};
        const std::vector<int> labels = {0, 0, 1, 1, 1};
        const auto d = squaredDistances(x);
        MinedTriplets t;
        t.anchors = {0, 0, 0};
        t.positives = {1, 1, 1};
        t.negatives = {2, 3, 4};
        countHardness({d, labels, 1, 1.0}, t);
        QCOMPARE(t.stats.hard, int64_t(1));
        QCOMPARE(t.stats.semiHard, int64_t(1));
        QCOMPARE(t.stats.easy, int64_t(1));
    }

    void unknownMinerIsAnInputError() {
        QVERIFY_THROWS_EXCEPTION(InputError, makeMiner("hardest"));
    }
};

QTEST_APPLESS_MAIN(TestMiners)
#include "tst_miners_private.moc"
