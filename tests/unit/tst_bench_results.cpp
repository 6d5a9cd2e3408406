// The bench's figures on hand-made numbers: mean and sample std over seeds, paired
// differences to triplet + random, missing seeds and failed runs, and the tables' text.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "grindstone/bench/BenchReport.h"
#include "grindstone/bench/BenchRuns.h"
#include "grindstone/bench/BenchTable.h"
#include "grindstone/bench/SeedStatistics.h"

using namespace grindstone;

namespace {

const std::vector<int> kKs{1, 2, 4, 8};

BenchRunResult finished(const std::string& variant, long long seed, double r1, double mapAtR,
                        double stepSeconds) {
    BenchRunResult r;
    r.name = variant + "_random_seed" + std::to_string(seed);
    r.variant = variant;
    r.miner = "random";
    r.seed = seed;
    r.status = "finished";
    r.finalMetrics = {{"recall_at_1", r1},
                      {"recall_at_2", r1 + 0.05},
                      {"recall_at_4", r1 + 0.08},
                      {"recall_at_8", r1 + 0.1},
                      {"nmi", 0.5},
                      {"f1", 0.4},
                      {"map_at_r", mapAtR},
                      {"r_precision", 0.45}};
    r.meanStepSeconds = stepSeconds;
    return r;
}

BenchRunResult notFinished(const std::string& variant, long long seed, const std::string& status,
                           const std::string& detail) {
    BenchRunResult r;
    r.name = variant + "_random_seed" + std::to_string(seed);
    r.variant = variant;
    r.miner = "random";
    r.seed = seed;
    r.status = status;
    r.detail = detail;
    return r;
}

/// triplet: 3 seeds; two-stage: seeds 1 and 2, seed 3 crashed; hdml: seeds 1 and 3, seed 2
/// not run yet.
std::vector<BenchRunResult> handMadeRuns() {
    return {finished("triplet", 1, 0.80, 0.30, 0.030),
            finished("two-stage", 1, 0.85, 0.36, 0.120),
            finished("hdml", 1, 0.81, 0.31, 0.040),
            finished("triplet", 2, 0.82, 0.32, 0.031),
            finished("two-stage", 2, 0.88, 0.37, 0.124),
            notFinished("hdml", 2, "missing", "not started"),
            finished("triplet", 3, 0.84, 0.34, 0.032),
            notFinished("two-stage", 3, "crashed", "step 400 of 1500"),
            finished("hdml", 3, 0.86, 0.33, 0.042)};
}

const BenchRow& rowOf(const BenchTable& table, const std::string& variant) {
    for (const auto& row : table.rows)
        if (row.variant == variant) return row;
    throw std::runtime_error("no row " + variant);
}

RawPixelBaseline rawPixels() {
    RawPixelBaseline raw;
    raw.computed = true;
    raw.images = 5239;
    raw.dimensions = 1024;
    raw.metrics = {{"recall_at_1", 0.876}, {"recall_at_2", 0.91}, {"recall_at_4", 0.93},
                   {"recall_at_8", 0.95},  {"nmi", 0.6},          {"f1", 0.3},
                   {"map_at_r", 0.2}};
    return raw;
}

BenchPlan planFor(std::vector<std::string> methods, std::vector<std::string> miners, int seeds) {
    BenchRequest r;
    r.methods = std::move(methods);
    r.miners = std::move(miners);
    r.seeds = seeds;
    r.ablations = false;
    r.base.set("steps", "6");
    return makeBenchPlan(r);
}

void writeText(const QString& path, const std::string& text) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
}

std::string runJson(const std::string& status, int step, const std::string& finalMetrics = {}) {
    return R"({"format_version": 1, "status": ")" + status + R"(", "step": )" +
           std::to_string(step) + R"(, "total_steps": 6, "method": "triplet", "miner": "random")" +
           (finalMetrics.empty() ? "" : R"(, "final_metrics": )" + finalMetrics) + "}\n";
}

}  // namespace

class TestBenchResults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void meanAndSampleStandardDeviation() {
        const SeedSummary s = summarizeSeeds({0.80, 0.82, 0.84});
        QCOMPARE(s.n, 3);
        QVERIFY(std::abs(s.mean - 0.82) < 1e-12);
        QVERIFY(std::abs(s.stdDev - 0.02) < 1e-12);  // n - 1: sqrt((0.02^2 + 0.02^2) / 2)

        const SeedSummary one = summarizeSeeds({0.7});
        QCOMPARE(one.n, 1);
        QCOMPARE(one.mean, 0.7);
        QVERIFY(std::isnan(one.stdDev));  // no spread from a single seed

        QCOMPARE(summarizeSeeds({}).n, 0);
        QVERIFY(std::isnan(summarizeSeeds({}).mean));
        const SeedSummary withNan = summarizeSeeds({1.0, NAN, 3.0});
        QCOMPARE(withNan.n, 2);
        QCOMPARE(withNan.mean, 2.0);
        QVERIFY(std::abs(withNan.stdDev - std::sqrt(2.0)) < 1e-12);
    }

    void spreadSurvivesLargeMeans() {
        // The one-pass formula returns 0 or garbage here; the two-pass one does not.
        const SeedSummary s = summarizeSeeds({1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3});
        QVERIFY(std::abs(s.stdDev - 0.1) < 1e-6);
    }

    void pairedDifferencesUseSeedsPresentInBoth() {
        const std::map<long long, double> a{{1, 0.85}, {2, 0.88}, {4, 0.9}};
        const std::map<long long, double> b{{1, 0.80}, {2, 0.82}, {3, 0.84}};
        const auto d = pairedDifferences(a, b);
        QCOMPARE(d.size(), size_t(2));
        QVERIFY(std::abs(d[0] - 0.05) < 1e-12);
        QVERIFY(std::abs(d[1] - 0.06) < 1e-12);
    }

    void tableSummarisesFinishedSeedsOnly() {
        const BenchTable table = buildBenchTable(handMadeRuns(), kKs);
        QCOMPARE(table.metricKeys,
                 (std::vector<std::string>{"recall_at_1", "recall_at_2", "recall_at_4",
                                           "recall_at_8", "nmi", "f1", "map_at_r"}));
        QCOMPARE(table.rows.size(), size_t(3));
        QCOMPARE(table.rows[0].variant, std::string("triplet"));  // plan order
        QCOMPARE(table.planned, 9);
        QCOMPARE(table.finished, 7);

        const BenchRow& triplet = rowOf(table, "triplet");
        QVERIFY(triplet.reference);
        QCOMPARE(triplet.finished, 3);
        QVERIFY(std::abs(triplet.metrics.at("recall_at_1").mean - 0.82) < 1e-12);
        QVERIFY(std::abs(triplet.metrics.at("recall_at_1").stdDev - 0.02) < 1e-12);
        QVERIFY(std::abs(triplet.stepSeconds.mean - 0.031) < 1e-12);
        QCOMPARE(triplet.deltaRecallAt1.n, 0);  // no difference to itself

        // The crashed seed is left out of the mean, not counted as zero.
        const BenchRow& twoStage = rowOf(table, "two-stage");
        QCOMPARE(twoStage.planned, 3);
        QCOMPARE(twoStage.finished, 2);
        QVERIFY(std::abs(twoStage.metrics.at("recall_at_1").mean - 0.865) < 1e-12);
        QVERIFY(std::abs(twoStage.metrics.at("recall_at_1").stdDev - 0.03 / std::sqrt(2.0)) <
                1e-12);
        // Seed 1: +0.05, seed 2: +0.06.
        QCOMPARE(twoStage.deltaRecallAt1.n, 2);
        QVERIFY(std::abs(twoStage.deltaRecallAt1.mean - 0.055) < 1e-12);
        QVERIFY(std::abs(twoStage.deltaRecallAt1.stdDev - 0.01 / std::sqrt(2.0)) < 1e-12);
        // MAP@R: seed 1 +0.06, seed 2 +0.05.
        QVERIFY(std::abs(twoStage.deltaMapAtR.mean - 0.055) < 1e-12);

        // hdml pairs with seeds 1 and 3 of triplet: +0.01 and +0.02.
        const BenchRow& hdml = rowOf(table, "hdml");
        QCOMPARE(hdml.deltaRecallAt1.n, 2);
        QVERIFY(std::abs(hdml.deltaRecallAt1.mean - 0.015) < 1e-12);

        QCOMPARE(table.leftOut.size(), size_t(2));
        QCOMPARE(table.leftOut[0].name, std::string("hdml_random_seed2"));
        QCOMPARE(table.leftOut[1].status, std::string("crashed"));
    }

    void pairsFollowTheReferencesMissingSeeds() {
        auto runs = handMadeRuns();
        runs[3] = notFinished("triplet", 2, "stopped", "step 3 of 6");  // reference seed 2
        const BenchTable table = buildBenchTable(runs, kKs);
        const BenchRow& twoStage = rowOf(table, "two-stage");
        QCOMPARE(twoStage.finished, 2);
        QCOMPARE(twoStage.deltaRecallAt1.n, 1);  // only seed 1 has both
        QVERIFY(std::abs(twoStage.deltaRecallAt1.mean - 0.05) < 1e-12);
        QVERIFY(std::isnan(twoStage.deltaRecallAt1.stdDev));
        const std::string md = benchResultsMarkdown(
            table, planFor({"triplet", "two-stage", "hdml"}, {"random"}, 3), RawPixelBaseline{});
        QVERIFY2(md.find("| +5.00 (n=1) |") != std::string::npos, md.c_str());
    }

    void markdownShowsPartialRowsAndWhatIsMissing() {
        const BenchTable table = buildBenchTable(handMadeRuns(), kKs);
        const std::string md = benchResultsMarkdown(
            table, planFor({"triplet", "two-stage", "hdml"}, {"random"}, 3), rawPixels());
        for (const char* part :
             {"**Partial:** 7 of 9 runs finished",
              "| method | miner | n | R@1 | R@2 | R@4 | R@8 | NMI | F1 | MAP@R | ΔR@1 | ΔMAP@R | "
              "step ms |",
              "| raw pixels (no training) | – | – | 87.60 | 91.00 | 93.00 | 95.00 | 60.00 | 30.00 "
              "| "
              "20.00 | – | – | – |",
              "| triplet | random | 3 | 82.00 ± 2.00 | 87.00 ± 2.00 |",
              "| 32.00 ± 2.00 | reference | reference | 31.0 ± 1.0 |",
              "| two-stage | random | 2/3 | 86.50 ± 2.12 |",
              "| +5.50 ± 0.71 | +5.50 ± 0.71 | 122.0 ± 2.8 |", "| hdml | random | 2/3 |",
              "`two-stage_random_seed3`: crashed (step 400 of 1500)",
              "`hdml_random_seed2`: missing (not started)",
              "Options other than the defaults: "
              "`steps=6`",
              "seeds 1-3", "5239 test images"})
            QVERIFY2(md.find(part) != std::string::npos, (std::string(part) + "\n" + md).c_str());
    }

    void markdownNamesEachMethodsOwnOptions() {
        BenchRequest r = planFor({"triplet", "two-stage"}, {"random"}, 1).request;
        r.methodOptions = {{"two-stage", {{"lr_generator", "1e-3"}}},
                           {"triplet", {{"lr_metric", "0.003"}, {"weight_decay", "0"}}}};
        const std::string md = benchResultsMarkdown(buildBenchTable(handMadeRuns(), kKs),
                                                    makeBenchPlan(r), rawPixels());
        const char* sentence =
            "Options other than the defaults: `steps=6`. Per method: "
            "triplet `lr_metric=0.003`, `weight_decay=0`; two-stage "
            "`lr_generator=0.001`.";
        QVERIFY2(md.find(sentence) != std::string::npos, md.c_str());
    }

    void withoutReferenceNoDifferences() {
        std::vector<BenchRunResult> runs{finished("two-stage", 1, 0.85, 0.36, 0.1)};
        runs[0].miner = "semihard";
        const BenchTable table = buildBenchTable(runs, kKs);
        QVERIFY(!table.referencePlanned);
        const std::string md =
            benchResultsMarkdown(table, planFor({"two-stage"}, {"semihard"}, 1), rawPixels());
        QVERIFY(md.find("No `triplet` + `random` runs in this bench") != std::string::npos);
        // One seed: the value without a spread.
        QVERIFY2(md.find("| two-stage | semihard | 1 | 85.00 | 90.00 |") != std::string::npos,
                 md.c_str());
        QVERIFY(md.find("All 1 runs finished") != std::string::npos);
    }

    void csvHasOneFieldPerColumn() {
        const BenchTable table = buildBenchTable(handMadeRuns(), kKs);
        const QString csv = QString::fromStdString(benchResultsCsv(table, rawPixels()));
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);  // header, raw pixels, 3 rows
        const int columns = static_cast<int>(lines[0].split(QLatin1Char(',')).size());
        QCOMPARE(columns, 4 + 2 * 7 + 6 + 2);
        for (const auto& line : lines)
            QCOMPARE(static_cast<int>(line.split(QLatin1Char(',')).size()), columns);
        QVERIFY(
            lines[0].startsWith(QStringLiteral("method,miner,seeds,planned,recall_at_1_mean,")));
        QVERIFY2(lines[1].startsWith(QStringLiteral("raw pixels (no training),,,,0.876,,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("triplet,random,3,3,0.82,0.02,")),
                 qPrintable(lines[2]));
        // two-stage: ... delta R@1 mean, std, n
        QVERIFY2(lines[3].contains(QStringLiteral(",0.055,0.00707107,2,")), qPrintable(lines[3]));
    }

    void rawPixelsOfTheTestClasses() {
        // Classes 0-1 train, 2-3 test; class 2 dark, class 3 bright: pixels alone separate them.
        ImageSet images;
        images.height = images.width = 2;
        images.classNames = {"0", "1", "2", "3"};
        const std::vector<std::pair<int, uint8_t>> rows{{0, 9},   {1, 200}, {2, 10}, {3, 240},
                                                        {2, 20},  {3, 250}, {2, 15}, {3, 230},
                                                        {0, 100}, {1, 7}};
        for (const auto& [label, value] : rows) {
            images.labels.push_back(label);
            images.pixels.insert(images.pixels.end(), 4, value);
        }
        Config config;
        config.set("recall_k", "1,2");
        const RawPixelBaseline raw = computeRawPixelBaseline(images, config);
        QVERIFY(raw.computed);
        QCOMPARE(raw.images, int64_t(6));
        QCOMPARE(raw.dimensions, int64_t(4));
        QCOMPARE(raw.metrics.at("recall_at_1"), 1.0);
        QCOMPARE(raw.metrics.at("recall_at_2"), 1.0);
        QCOMPARE(raw.metrics.at("map_at_r"), 1.0);
        QVERIFY(raw.metrics.count("nmi") && raw.metrics.count("f1"));

        const RawPixelBaseline tooLarge = computeRawPixelBaseline(images, config, 23);
        QVERIFY(!tooLarge.computed);
        QVERIFY(tooLarge.skipped.find("6 test images x 4 pixels") != std::string::npos);
    }

    void meanStepTimeFromTheLastCompleteStepLine() {
        QTemporaryDir dir;
        writeText(dir.filePath(QStringLiteral("metrics.jsonl")),
                  "{\"type\":\"step\",\"step\":10,\"time\":0.5,\"step_seconds\":0.05}\n"
                  "{\"type\":\"evaluation\",\"step\":10,\"final\":false}\n"
                  "{\"type\":\"step\",\"step\":20,\"time\":1.2,\"step_seconds\":0.07}\n"
                  "{\"type\":\"step\",\"st");  // torn by a crash
        QVERIFY(std::abs(meanStepSeconds(dir.path().toStdString()) - 0.06) < 1e-12);
        QVERIFY(std::isnan(meanStepSeconds("/no/such/run")));
    }

    void runsAreReadFromTheBenchFolder() {
        QTemporaryDir dir;
        const BenchPlan plan = planFor({"triplet"}, {"random", "semihard"}, 4);
        QCOMPARE(plan.entries.size(), size_t(8));
        auto folder = [&](size_t i) {
            return dir.filePath(QString::fromStdString(plan.entries[i].name));
        };
        // 0: finished
        writeText(folder(0) + QStringLiteral("/config.json"), plan.entries[0].config.toJson());
        writeText(folder(0) + QStringLiteral("/run.json"),
                  runJson("finished", 6, R"({"recall_at_1": 0.9, "map_at_r": 0.4})"));
        writeText(folder(0) + QStringLiteral("/metrics.jsonl"),
                  "{\"type\":\"step\",\"step\":6,\"time\":0.3}\n");
        // 1: trained with other options than the plan's
        Config other = plan.entries[1].config;
        other.set("steps", "7");
        writeText(folder(1) + QStringLiteral("/config.json"), other.toJson());
        writeText(folder(1) + QStringLiteral("/run.json"), runJson("finished", 7, "{}"));
        // 2: a folder that never became a run
        QDir().mkpath(folder(2));
        // 3: stopped
        writeText(folder(3) + QStringLiteral("/config.json"), plan.entries[3].config.toJson());
        writeText(folder(3) + QStringLiteral("/run.json"), runJson("stopped", 3));
        // 4: not started; 5: torn run.json
        writeText(folder(5) + QStringLiteral("/config.json"), plan.entries[5].config.toJson());
        writeText(folder(5) + QStringLiteral("/run.json"), runJson("stopped", 3).substr(0, 20));
        // 6: given up by the non-finite guard; 7: not started
        writeText(folder(6) + QStringLiteral("/config.json"), plan.entries[6].config.toJson());
        std::string diverged = runJson("stopped", 2);
        diverged.insert(diverged.rfind('}'), R"(, "stop_reason": "loss_g2 non-finite")");
        writeText(folder(6) + QStringLiteral("/run.json"), diverged);

        const auto runs = readBenchRuns(plan, dir.path().toStdString());
        QCOMPARE(runs.size(), size_t(8));
        QCOMPARE(runs[0].status, std::string("finished"));
        QCOMPARE(runs[0].finalMetrics.at("recall_at_1"), 0.9);
        QVERIFY(std::abs(runs[0].meanStepSeconds - 0.05) < 1e-12);
        QCOMPARE(runs[1].status, std::string("mismatched"));
        QVERIFY2(runs[1].detail.find("differs from the bench plan in: steps") != std::string::npos,
                 runs[1].detail.c_str());
        QCOMPARE(runs[2].status, std::string("damaged"));
        QVERIFY(runs[2].detail.find("neither run.json nor config.json") != std::string::npos);
        QCOMPARE(runs[3].status, std::string("stopped"));
        QCOMPARE(runs[3].detail, std::string("step 3 of 6"));
        QCOMPARE(runs[4].status, std::string("missing"));
        QCOMPARE(runs[5].status, std::string("damaged"));
        QVERIFY(runs[5].detail.find("run.json") != std::string::npos);
        QCOMPARE(runs[6].status, std::string("diverged"));
        QCOMPARE(runs[6].detail, std::string("loss_g2 non-finite"));
        QCOMPARE(runs[7].status, std::string("missing"));
    }
};

QTEST_GUILESS_MAIN(TestBenchResults)
#include "tst_bench_results.moc"
