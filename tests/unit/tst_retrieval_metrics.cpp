#include <QtTest>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "TestSupport.h"
#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"

using namespace grindstone;

namespace {

/// Points given as rows of coordinates.
Matrix matrix(const std::vector<std::vector<float>>& rows) {
    return test::matrixOfRows(rows);
}

/// Points on a line, embedded in 2-D (second coordinate 0).
Matrix onLine(const std::vector<float>& xs) {
    std::vector<std::vector<float>> rows;
    for (float x : xs)
        rows.push_back({x, 0.0f});
    return matrix(rows);
}

/// The definitions, written out plainly: exact squared distances in double, a full sort of
/// every row by (distance, index), then Recall@K, R-precision and MAP@R as in Musgrave et al.
/// With gallery flags, the unflagged rows are the queries and rank the flagged rows only.
RetrievalMetrics naiveRanking(const Matrix& points, const std::vector<int>& labels,
                              const std::vector<int>& ks, const std::vector<bool>& inGallery = {}) {
    const int64_t n = points.rows;
    const bool gallery = !inGallery.empty();
    const auto isGallery = [&](int64_t i) { return !gallery || inGallery[static_cast<size_t>(i)]; };
    std::map<int, int64_t> classSize;  // among the rows ranked
    for (int64_t i = 0; i < n; ++i)
        if (isGallery(i)) ++classSize[labels[static_cast<size_t>(i)]];
    std::map<int, int64_t> found;
    for (int k : ks)
        found[k] = 0;
    RetrievalMetrics metrics;
    double ap = 0, rp = 0;
    for (int64_t q = 0; q < n; ++q) {
        if (gallery && isGallery(q)) continue;
        const int label = labels[static_cast<size_t>(q)];
        const int64_t r = classSize[label] - (gallery ? 0 : 1);
        if (r == 0) continue;
        std::vector<std::pair<double, int64_t>> order;
        for (int64_t j = 0; j < n; ++j) {
            if (j == q || !isGallery(j)) continue;
            double d = 0;
            for (int64_t c = 0; c < points.cols; ++c) {
                const double diff = static_cast<double>(points.at(q, c)) - points.at(j, c);
                d += diff * diff;
            }
            order.emplace_back(d, j);
        }
        std::sort(order.begin(), order.end());
        int64_t first = -1, hits = 0;
        double sum = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (labels[static_cast<size_t>(order[i].second)] != label) continue;
            if (first < 0) first = static_cast<int64_t>(i);
            if (static_cast<int64_t>(i) < r)
                sum += static_cast<double>(++hits) / static_cast<double>(i + 1);
        }
        ++metrics.queries;
        ap += sum / static_cast<double>(r);
        rp += static_cast<double>(hits) / static_cast<double>(r);
        for (auto& [k, count] : found)
            if (first >= 0 && first < k) ++count;
    }
    const auto queries = static_cast<double>(metrics.queries);
    metrics.mapAtR = ap / queries;
    metrics.rPrecision = rp / queries;
    for (const auto& [k, count] : found)
        metrics.recallAtK[k] = static_cast<double>(count) / queries;
    return metrics;
}

/// Small integer coordinates: distances are exact in float and ties are everywhere.
std::pair<Matrix, std::vector<int>> integerPoints(int64_t n, int64_t dim, int values, int classes,
                                                  uint64_t seed) {
    std::mt19937_64 rng(seed);
    Matrix points(n, dim);
    for (float& v : points.values)
        v = static_cast<float>(rng() % static_cast<uint64_t>(values));
    std::vector<int> labels(static_cast<size_t>(n));
    // Unequal classes: label = floor(classes * u^2), so low labels are common.
    for (int& label : labels) {
        const double u = static_cast<double>(rng() % 1000) / 1000.0;
        label = static_cast<int>(classes * u * u) * 7 - 3;  // arbitrary, some negative, ids
    }
    return {points, labels};
}

/// Every figure must be identical, not merely close.
void compareExactly(const RetrievalMetrics& fast, const RetrievalMetrics& naive) {
    QCOMPARE(fast.queries, naive.queries);
    QVERIFY2(fast.mapAtR == naive.mapAtR, qPrintable(QStringLiteral("MAP@R %1 vs %2")
                                                         .arg(fast.mapAtR, 0, 'g', 17)
                                                         .arg(naive.mapAtR, 0, 'g', 17)));
    QVERIFY2(fast.rPrecision == naive.rPrecision,
             qPrintable(QStringLiteral("R-precision %1 vs %2")
                            .arg(fast.rPrecision, 0, 'g', 17)
                            .arg(naive.rPrecision, 0, 'g', 17)));
    QCOMPARE(fast.recallAtK.size(), naive.recallAtK.size());
    for (const auto& [k, recall] : naive.recallAtK)
        QVERIFY2(fast.recallAtK.at(k) == recall, qPrintable(QStringLiteral("R@%1").arg(k)));
}

/// Well-separated Gaussian blobs, one per class, `perClass` points each.
std::pair<Matrix, std::vector<int>> blobs(int classes, int perClass, int64_t dim, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    Matrix points(classes * perClass, dim);
    std::vector<int> labels;
    for (int64_t i = 0; i < points.rows; ++i) {
        const int label = static_cast<int>(i % classes);
        labels.push_back(label);
        for (int64_t c = 0; c < dim; ++c)
            points.at(i, c) = normal(rng) + (c % classes == label ? 50.0f : 0.0f);
    }
    return {points, labels};
}

}  // namespace

class TestRetrievalMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rankingByHand() {
        // x = 0 2 4 5 6 9, classes A A B B A B (R = 2 for everyone). Squared distances and
        // neighbour order (ties by index), relevance (same class) in brackets:
        //   q0 A: 1:4[1] 2:16 3:25 4:36[1] 5:81        first hit rank 1, top2 1 hit, AP 1/2
        //   q1 A: 0:4[1] 2:4 (tie, 0 first) 3:9 4:16[1] 5:49   rank 1, 1 hit, AP 1/2
        //   q2 B: 3:1[1] 1:4 4:4 0:16 5:25[1]          rank 1, 1 hit, AP 1/2
        //   q3 B: 2:1[1] 4:1 (tie, 2 first) 1:9 5:16[1] 0:25   rank 1, 1 hit, AP 1/2
        //   q4 A: 3:1 2:4 5:9 1:16[1] 0:36[1]          rank 4, 0 hits, AP 0
        //   q5 B: 4:9 3:16[1] 2:25[1] 1:49 0:81        rank 2, 1 hit, AP (1/2)(1/2) = 1/4
        // Recall@1 = 4/6, Recall@2 = 5/6, Recall@4 = 6/6; R-precision = (5 * 1/2) / 6 = 5/12;
        // MAP@R = (4 * 1/2 + 1/4) / 6 = 3/8. Breaking either tie the other way would lose a hit.
        const Matrix points = onLine({0, 2, 4, 5, 6, 9});
        const std::vector<int> labels = {0, 0, 1, 1, 0, 1};
        const RetrievalMetrics m = rankingMetrics(points, labels, {1, 2, 4});
        QCOMPARE(m.queries, int64_t(6));
        QCOMPARE(m.recallAtK.at(1), 4.0 / 6.0);
        QCOMPARE(m.recallAtK.at(2), 5.0 / 6.0);
        QCOMPARE(m.recallAtK.at(4), 1.0);
        QCOMPARE(m.rPrecision, 5.0 / 12.0);
        QCOMPARE(m.mapAtR, 3.0 / 8.0);
    }

    void queryExcludesItself() {
        // Point 1 duplicates point 0 in another class; point 4 is alone in its class.
        //   q0 A (x=0): 1:0 B, 2:1 A, 3:25 B, 4:1e4 C -> its copy does not count: hit at rank 2
        //   q1 B (x=0): 0:0 A, 2:1 A, 3:25 B          -> first hit at rank 3
        //   q2 A (x=1): 0:1 A, 1:1 B (tie, 0 first)   -> hit at rank 1
        //   q3 B (x=5): 2:16 A, 0:25 A, 1:25 B        -> first hit at rank 3
        //   q4 C: nothing to retrieve, left out (queries = 4).
        // R = 1: R-precision = MAP@R = Recall@1 = 1/4; Recall@2 = 2/4; Recall@4 = 1.
        // Were the query its own neighbour, q0 would hit at rank 1 (it precedes its copy).
        const Matrix points = onLine({0, 0, 1, 5, 100});
        const std::vector<int> labels = {0, 1, 0, 1, 2};
        const RetrievalMetrics m = rankingMetrics(points, labels, {1, 2, 4});
        QCOMPARE(m.queries, int64_t(4));
        QCOMPARE(m.recallAtK.at(1), 0.25);
        QCOMPARE(m.recallAtK.at(2), 0.5);
        QCOMPARE(m.recallAtK.at(4), 1.0);
        QCOMPARE(m.rPrecision, 0.25);
        QCOMPARE(m.mapAtR, 0.25);
    }

    void nothingToRetrieve() {
        // Every class a singleton: no query counts, every figure is 0 and every K is there.
        const RetrievalMetrics m = rankingMetrics(onLine({0, 1, 2}), {4, 5, 6}, {1, 2});
        QCOMPARE(m.queries, int64_t(0));
        QCOMPARE(m.recallAtK.size(), size_t(2));
        QCOMPARE(m.recallAtK.at(2), 0.0);
        QCOMPARE(m.mapAtR, 0.0);
    }

    void matchesNaiveReference_data() {
        QTest::addColumn<qint64>("points");
        QTest::addColumn<qint64>("dim");
        QTest::addColumn<int>("values");
        QTest::addColumn<int>("classes");
        // Below 4096 points every row is ranked whole; above, rows are sampled for a limit,
        // cut into tiles and query blocks. Binary coordinates tie most distances, which
        // overflows the candidate room and sends rows down the whole-row path.
        QTest::newRow("600 points, 7 classes") << qint64(600) << qint64(6) << 4 << 7;
        QTest::newRow("5000 points, 5 classes") << qint64(5000) << qint64(8) << 3 << 5;
        QTest::newRow("5000 binary points") << qint64(5000) << qint64(6) << 2 << 10;
    }
    void matchesNaiveReference() {
        QFETCH(qint64, points);
        QFETCH(qint64, dim);
        QFETCH(int, values);
        QFETCH(int, classes);
        const auto [x, labels] = integerPoints(points, dim, values, classes, 42);
        const std::vector<int> ks = {1, 2, 4, 8, 100, 700};
        compareExactly(rankingMetrics(x, labels, ks), naiveRanking(x, labels, ks));
    }

    void queryGalleryMatchesNaiveReference_data() {
        QTest::addColumn<qint64>("points");
        QTest::addColumn<int>("galleryEvery");
        // 600 rows rank every gallery row; 9000 (6000 in the gallery) take the sampled limits.
        QTest::newRow("600 rows, half gallery") << qint64(600) << 2;
        QTest::newRow("9000 rows, two thirds gallery") << qint64(9000) << 3;
    }
    void queryGalleryMatchesNaiveReference() {
        QFETCH(qint64, points);
        QFETCH(int, galleryEvery);
        const auto [x, labels] = integerPoints(points, 6, 3, 40, 5);
        std::vector<bool> inGallery;
        for (int64_t i = 0; i < x.rows; ++i)
            inGallery.push_back(i % galleryEvery != 0);
        const std::vector<int> ks = {1, 2, 10, 50};
        const RetrievalMetrics fast = rankingMetrics(x, labels, ks, inGallery);
        const RetrievalMetrics naive = naiveRanking(x, labels, ks, inGallery);
        compareExactly(fast, naive);
        // Every query is an unflagged row whose class the gallery holds.
        QVERIFY(fast.queries > 0);
        QVERIFY(fast.queries <= x.rows - x.rows / galleryEvery * (galleryEvery - 1));
    }

    void queryGalleryByHand() {
        // Gallery: 0 (class 1), 1 (class 2), 4 (class 1); queries at 0.4 (class 1), 3.5
        // (class 2: nearest gallery items 4 and 1, so found at rank 2), 9 (class 7: absent
        // from the gallery, not counted). A query is never ranked against another query.
        const Matrix x = onLine({0, 1, 0.4f, 3.5f, 4, 9});
        const std::vector<int> labels = {1, 2, 1, 2, 1, 7};
        const std::vector<bool> inGallery = {true, true, false, false, true, false};
        const RetrievalMetrics m = rankingMetrics(x, labels, {1, 2}, inGallery);
        QCOMPARE(m.queries, int64_t{2});
        QCOMPARE(m.recallAtK.at(1), 0.5);
        QCOMPARE(m.recallAtK.at(2), 1.0);
        // Query 0.4: R = 2, ranks 0 (1), 1 (2), 4 (1): AP = (1/1) / 2 = 0.5. Query 3.5: R = 1,
        // first is 4 (class 1): AP = 0. MAP@R = 0.25.
        QCOMPARE(m.mapAtR, 0.25);
        // k-means puts queries and gallery together: one assignment per row.
        const RetrievalMetrics full = evaluateRetrieval(x, labels, {1}, 1, inGallery);
        QCOMPARE(full.queries, int64_t{2});
        QVERIFY(full.nmi > 0);
    }

    void queryGalleryRefusesBadFlags() {
        const Matrix x = onLine({0, 1, 2});
        QVERIFY_THROWS_EXCEPTION(InputError, rankingMetrics(x, {0, 0, 1}, {1}, {true, false}));
        QVERIFY_THROWS_EXCEPTION(InputError, rankingMetrics(x, {0, 0, 1}, {1}, {true, true, true}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 evaluateRetrieval(x, {0, 0, 1}, {1}, 1, {false, false, false}));
        try {
            rankingMetrics(x, {0, 0, 1}, {1}, {true, false});
        } catch (const InputError& e) {
            QVERIFY(QString::fromStdString(e.what()).contains(
                QStringLiteral("2 gallery flags for 3 rows")));
        }
    }

    void matchesNaiveReferenceOnFloats() {
        // Float rounding of |x|^2 + |y|^2 - 2 x.y may swap two near-equal distances, so
        // real-valued data is compared with a tolerance; the integer cases above are exact.
        std::mt19937_64 rng(3);
        std::normal_distribution<float> normal;
        Matrix x(600, 16);
        for (float& v : x.values)
            v = normal(rng);
        std::vector<int> labels;
        for (int64_t i = 0; i < x.rows; ++i)
            labels.push_back(static_cast<int>(rng() % 6));
        const RetrievalMetrics fast = rankingMetrics(x, labels, {1, 4});
        const RetrievalMetrics naive = naiveRanking(x, labels, {1, 4});
        QVERIFY(std::abs(fast.mapAtR - naive.mapAtR) < 1e-3);
        QVERIFY(std::abs(fast.rPrecision - naive.rPrecision) < 1e-3);
        QVERIFY(std::abs(fast.recallAtK.at(1) - naive.recallAtK.at(1)) < 1e-2);
    }

    void sameFiguresForAnyThreadCount() {
        const auto [x, labels] = integerPoints(5000, 8, 3, 5, 7);
        const int threads = omp_get_max_threads();
        omp_set_num_threads(1);
        const RetrievalMetrics one = rankingMetrics(x, labels, {1, 8});
        omp_set_num_threads(3);
        const RetrievalMetrics three = rankingMetrics(x, labels, {1, 8});
        omp_set_num_threads(threads);
        compareExactly(three, one);
    }

    void kmeansRecoversBlobs() {
        const auto [x, labels] = blobs(4, 50, 8, 11);
        const std::vector<int> clusters = kmeansAssign(x, 4, 5);
        // One cluster per class and one class per cluster.
        std::map<int, int> clusterOfClass, classOfCluster;
        for (size_t i = 0; i < labels.size(); ++i) {
            QVERIFY(clusterOfClass.emplace(labels[i], clusters[i]).first->second == clusters[i]);
            QVERIFY(classOfCluster.emplace(clusters[i], labels[i]).first->second == labels[i]);
        }
        QCOMPARE(clusterOfClass.size(), size_t(4));
        QCOMPARE(normalizedMutualInformation(clusters, labels), 1.0);
        QCOMPARE(clusteringF1(clusters, labels), 1.0);
    }

    void kmeansIsDeterministic() {
        const auto [x, labels] = blobs(3, 40, 6, 2);
        Matrix noisy = x;
        std::mt19937_64 rng(9);
        std::normal_distribution<float> normal(0.0f, 30.0f);  // classes now overlap
        for (float& v : noisy.values)
            v += normal(rng);
        QCOMPARE(kmeansAssign(noisy, 3, 17), kmeansAssign(noisy, 3, 17));
    }

    void nmiByHand() {
        const std::vector<int> labels = {0, 0, 1, 1, 2, 2};
        QCOMPARE(normalizedMutualInformation(labels, labels), 1.0);
        // Same partition under other ids.
        QCOMPARE(normalizedMutualInformation({5, 5, 9, 9, -1, -1}, labels), 1.0);
        // Both sides a single group: defined as 1. One side single: no information, 0.
        QCOMPARE(normalizedMutualInformation({3, 3, 3}, {1, 1, 1}), 1.0);
        QCOMPARE(normalizedMutualInformation({3, 3, 3, 3}, {0, 0, 1, 1}), 0.0);
        // labels 000111, clusters 001111: cluster sizes 2, 4; cells 2, 1, 3 (of 6).
        //   H(y) = ln 2;  H(c) = ln 3 - (2/3) ln 2;
        //   H(c, y) = (1/3) ln 3 + (1/6) ln 6 + (1/2) ln 2;  I = H(c) + H(y) - H(c, y)
        //   = (1/2) ln 3 - (1/3) ln 2 = 0.3182571;  NMI = 2I / (H(c) + H(y))
        //   = (ln 3 - (2/3) ln 2) / (ln 3 + (1/3) ln 2) = 0.4787040.
        const double expected =
            (std::log(3.0) - 2.0 / 3.0 * std::log(2.0)) / (std::log(3.0) + std::log(2.0) / 3.0);
        QCOMPARE(normalizedMutualInformation({0, 0, 1, 1, 1, 1}, {0, 0, 0, 1, 1, 1}), expected);
        QVERIFY(std::abs(expected - 0.4787040) < 1e-7);
    }

    void f1ByHand() {
        const std::vector<int> labels = {0, 0, 0, 1, 1, 1};
        QCOMPARE(clusteringF1(labels, labels), 1.0);
        QCOMPARE(clusteringF1({4, 4, 4, -2, -2, -2}, labels), 1.0);
        // clusters 001111 vs labels 000111. Pairs in one cluster: C(2,2) + C(4,2) = 7;
        // pairs of one class: 3 + 3 = 6; pairs in both: cells 2, 1, 3 -> 1 + 0 + 3 = 4.
        // Precision 4/7, recall 4/6: F1 = 2 (4/7)(2/3) / (4/7 + 2/3) = 8/13.
        QCOMPARE(clusteringF1({0, 0, 1, 1, 1, 1}, labels), 8.0 / 13.0);
        // One cluster for two classes of two: 6 pairs put together, 2 true, 2 shared.
        // Precision 1/3, recall 1: F1 = 1/2.
        QCOMPARE(clusteringF1({7, 7, 7, 7}, {0, 0, 1, 1}), 0.5);
        // No pair shared: 0. No pair anywhere (all singletons on both sides): 1.
        QCOMPARE(clusteringF1({0, 1, 0, 1}, {0, 0, 1, 1}), 0.0);
        QCOMPARE(clusteringF1({0, 1, 2}, {5, 6, 7}), 1.0);
    }

    void evaluateRetrievalPutsItTogether() {
        const auto [x, labels] = blobs(3, 30, 6, 4);
        const RetrievalMetrics m = evaluateRetrieval(x, labels, {1, 2}, 3);
        QCOMPARE(m.queries, int64_t(90));
        QCOMPARE(m.recallAtK.at(1), 1.0);
        QCOMPARE(m.mapAtR, 1.0);
        QCOMPARE(m.rPrecision, 1.0);
        QCOMPARE(m.nmi, 1.0);
        QCOMPARE(m.f1, 1.0);
    }

    void rejectsBadInput() {
        const Matrix points = onLine({0, 1, 2});
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRetrieval(points, {0, 1}, {1}));
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRetrieval(onLine({0}), {0}, {1}));
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRetrieval(points, {0, 1, 1}, {1, 0}));
        QVERIFY_THROWS_EXCEPTION(InputError, rankingMetrics(points, {0, 1, 1}, {-4}));
        QVERIFY_THROWS_EXCEPTION(InputError, rankingMetrics(points, {0, 1}, {1}));
        Matrix broken = points;
        broken.at(1, 0) = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRetrieval(broken, {0, 1, 1}, {1}));
        Matrix inconsistent = points;
        inconsistent.values.pop_back();
        QVERIFY_THROWS_EXCEPTION(InputError, rankingMetrics(inconsistent, {0, 1, 1}, {1}));
        QVERIFY_THROWS_EXCEPTION(InputError, kmeansAssign(points, 0, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, kmeansAssign(points, 4, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, normalizedMutualInformation({0, 1}, {0}));
        QVERIFY_THROWS_EXCEPTION(InputError, clusteringF1({}, {}));
        try {
            evaluateRetrieval(points, {0, 1}, {1});
        } catch (const InputError& e) {
            QVERIFY2(QString::fromLatin1(e.what()).contains(QStringLiteral("2 labels for 3")),
                     e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestRetrievalMetrics)
#include "tst_retrieval_metrics.moc"
