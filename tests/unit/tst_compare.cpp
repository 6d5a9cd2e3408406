// Run comparison in core: the configuration diff (nested keys, lists, missing keys, N runs),
// grouping runs that differ only by seed with mean ± std, and the neighbourhood-change measure
// between two embeddings of the same points.
#include <QtTest>
#include <cmath>

#include "TestSupport.h"
#include "grindstone/compare/ConfigDiff.h"
#include "grindstone/compare/NeighbourhoodChange.h"
#include "grindstone/compare/SeedGroups.h"

using namespace grindstone;

namespace {

const DiffRow& row(const std::vector<DiffRow>& rows, const std::string& key) {
    for (const auto& r : rows)
        if (r.key == key) return r;
    throw std::runtime_error("no row " + key);
}

RunSummary run(const char* folder, long long seed, const char* lr, double r1,
               const char* status = "finished") {
    RunSummary s;
    s.folder = folder;
    s.status = status;
    s.method = "two-stage";
    s.miner = "random";
    s.dataset = "/data/glyphs";
    s.seed = seed;
    s.config = {{"method", "two-stage"},
                {"seed", std::to_string(seed)},
                {"lr_metric", lr},
                {"threads", seed == 2 ? "1" : "2"}};
    s.finalMetrics = {{"recall_at_1", r1}};
    return s;
}

Matrix points(std::initializer_list<float> xs) {
    Matrix m(static_cast<int64_t>(xs.size()), 2);
    int64_t i = 0;
    for (float x : xs)
        m.at(i++, 0) = x;
    return m;
}

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diffWalksNestedKeysListsAndMissingKeys() {
        const auto rows = diffDocuments(
            {R"({"lr": 0.001, "versions": {"qt": "6.4.2", "torch": "1.13"}, "drops": [0.6, 0.85],
                "only_a": true, "empty": []})",
             R"({"lr": 0.003, "versions": {"qt": "6.4.2"}, "drops": [0.6], "empty": []})"},
            {"a/config.json", "b/config.json"});
        QVERIFY(row(rows, "lr").differs);
        QCOMPARE(*row(rows, "lr").values[1], std::string("0.003"));
        QVERIFY(!row(rows, "versions.qt").differs);
        QVERIFY(row(rows, "versions.torch").differs);
        QVERIFY(!row(rows, "versions.torch").values[1].has_value());
        QVERIFY(!row(rows, "drops[0]").differs);
        QVERIFY(row(rows, "drops[1]").differs);
        QVERIFY(row(rows, "only_a").differs);
        QVERIFY(!row(rows, "empty").differs);
        std::vector<std::string> keys;
        for (const auto& r : differencesOnly(rows))
            keys.push_back(r.key);
        QVERIFY((keys == std::vector<std::string>{"drops[1]", "lr", "only_a", "versions.torch"}));
    }

    void diffOfThreeRunsFlagsAKeyThatDiffersInOne() {
        const auto rows = diffDocuments(
            {R"({"m": "a", "s": 1})", R"({"m": "a", "s": 2})", R"({"m": "a", "s": 1})"},
            {"1", "2", "3"});
        QVERIFY(!row(rows, "m").differs);
        QVERIFY(row(rows, "s").differs);
        QCOMPARE(row(rows, "s").values.size(), size_t(3));
    }

    void diffNamesADocumentThatDoesNotParse() {
        grindstone::test::expectInputError(
            [] {
                diffDocuments({"{}", "{\"a\": "}, {"good.json", "runs/b/config.json"});
            },
            {QStringLiteral("runs/b/config.json"), QStringLiteral("not valid JSON")});
    }

    void runsDifferingOnlyBySeedFormOneGroup() {
        const std::vector<RunSummary> runs = {
            run("a1", 1, "0.001", 0.90), run("a2", 2, "0.001", 0.92), run("b1", 1, "0.003", 0.80),
            run("a3", 3, "0.001", 0.50, "stopped"),  // unfinished: left out
        };
        const auto groups = groupBySeed(runs);
        QCOMPARE(groups.size(), size_t(2));
        QVERIFY((groups[0].members == std::vector<size_t>{0, 1}));
        QVERIFY((groups[0].seeds == std::vector<long long>{1, 2}));
        const SeedSummary r1 = groups[0].metrics.at("recall_at_1");
        QCOMPARE(r1.n, 2);
        QVERIFY(std::abs(r1.mean - 0.91) < 1e-12);
        QVERIFY(std::abs(r1.stdDev - std::sqrt(0.0002)) < 1e-12);
        QCOMPARE(groups[1].members.size(), size_t(1));
        QVERIFY(std::isnan(groups[1].metrics.at("recall_at_1").stdDev));
        // Same method / miner / dataset: the label names what sets the groups apart.
        QVERIFY2(groups[0].label.find("lr_metric=0.001") != std::string::npos,
                 groups[0].label.c_str());
        QVERIFY2(groups[1].label.find("lr_metric=0.003") != std::string::npos,
                 groups[1].label.c_str());
        QVERIFY(groups[0].label.find("threads") == std::string::npos);
    }

    void neighbourhoodChangeOfAHandCase() {
        // k = 1. A: 0, 1, 3, 6 -> nearest 1, 0, 1, 3. B moves the last point to 0.4 ->
        // nearest 3, 3, 1, 0: rows 0, 1 and 3 change, row 2 keeps its neighbour.
        const auto c = neighbourhoodChange(points({0, 1, 3, 6}), points({0, 1, 3, 0.4f}), 1);
        QVERIFY((c.perPoint == std::vector<double>{1, 1, 0, 1}));
        QCOMPARE(c.mean, 0.75);
        QVERIFY((c.mostChanged == std::vector<int64_t>{0, 1, 3, 2}));
    }

    void neighbourhoodsSurviveRotationAndScale() {
        Matrix a(50, 3), b(50, 3);
        for (int64_t i = 0; i < 50; ++i) {
            // Irregular positions: no two distances tie, so the neighbours are unambiguous.
            const float x = 5 * std::sin(1.3f * i), y = 5 * std::cos(2.9f * i),
                        z = 5 * std::sin(0.7f * i + 1);
            a.at(i, 0) = x;
            a.at(i, 1) = y;
            a.at(i, 2) = z;
            b.at(i, 0) = 3 * (0.6f * x - 0.8f * y);  // rotated about z and scaled
            b.at(i, 1) = 3 * (0.8f * x + 0.6f * y);
            b.at(i, 2) = 3 * z;
        }
        const auto c = neighbourhoodChange(a, b, 5);
        QVERIFY2(c.mean < 1e-9, qPrintable(QString::number(c.mean)));
    }

    void neighbourhoodChangeRefusesMismatchedInputs() {
        using grindstone::test::expectInputError;
        expectInputError(
            [] {
                neighbourhoodChange(points({0, 1, 2}), points({0, 1}), 1);
            },
            {QStringLiteral("3 and 2 rows")});
        expectInputError(
            [] {
                neighbourhoodChange(points({0, 1, 2}), points({0, 1, 2}), 3);
            },
            {QStringLiteral("k = 3")});
    }
};

QTEST_APPLESS_MAIN(TestCompare)
#include "tst_compare.moc"
