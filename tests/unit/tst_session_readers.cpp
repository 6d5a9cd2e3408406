// Core's readers of the run-folder files the window, the CLI and the bench all use: the
// metrics log (torn, mistyped and unknown lines), the thumbnails index (every damaged form
// refused with its file named), the config comparison across runs and run.json's verification
// figures (a damaged field is left out, never a reason to refuse the run).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include "TestSupport.h"
#include "grindstone/compare/ConfigDiff.h"
#include "grindstone/evaluation/Verification.h"
#include "grindstone/session/MetricsLog.h"
#include "grindstone/session/Npy.h"
#include "grindstone/session/RunListing.h"
#include "grindstone/session/ThumbnailIndex.h"

using namespace grindstone;
using grindstone::test::expectInputError;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

std::string str(const QString& s) {
    return s.toStdString();
}

}  // namespace

class TestSessionReaders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void metricsLogReadsEveryKindAndSkipsDamagedLines() {
        QTemporaryDir run;
        writeFile(
            run.filePath(QStringLiteral("metrics.jsonl")),
            "{\"type\":\"step\",\"step\":5,\"time\":0.5,\"j_real\":2.5,\"m_t\":null}"
            "\n"
            "{\"type\":\"evaluation\",\"step\":5,\"final\":true,\"images\":40,\"seconds\":1.5,"
            "\"metrics\":{\"recall_at_1\":0.75,\"nmi\":null}}"
            "\n"
            "\n"  // blank lines are not damage
            "{\"type\":\"event\",\"step\":5,\"kind\":\"checkpoint\",\"message\":\"step-5.pt\"}"
            "\n"
            "{\"type\":\"snapshot\",\"step\":5}"
            "\n"
            "{\"type\":\"probe\",\"step\":5}"
            "\n"
            "{\"type\":\"step\",\"step\":\"six\"}"  // JSON, but the step is text
            "\n"
            "{\"step\":7}"  // no type
            "\n"
            "\"just a string\""
            "\n"
            "{\"type\":\"from-a-newer-writer\",\"step\":8}"
            "\n"
            "{\"type\":\"step\",\"step\":10,\"time\":2.0}"
            "\n"
            "{\"type\":\"step\",\"st");  // torn by a crash
        const MetricsLog log = readMetricsLog(str(run.path()));
        QCOMPARE(log.lines, 7);
        QCOMPARE(log.skipped, 4);
        QVERIFY2(
            QString::fromStdString(log.problem).contains(QStringLiteral("metrics.jsonl, line 7")),
            log.problem.c_str());
        QCOMPARE(log.steps.size(), size_t(2));
        QCOMPARE(log.steps[0].step, int64_t(5));
        QCOMPARE(log.steps[0].scalars.at("j_real"), 2.5);
        QVERIFY(std::isnan(log.steps[0].scalars.at("m_t")));  // null: a non-finite value
        QVERIFY(!log.steps[0].scalars.count("type") && !log.steps[0].scalars.count("step"));
        QCOMPARE(log.evaluations.size(), size_t(1));
        QVERIFY(log.evaluations[0].final);
        QCOMPARE(log.evaluations[0].images, int64_t(40));
        QCOMPARE(log.evaluations[0].metrics.at("recall_at_1"), 0.75);
        QVERIFY(std::isnan(log.evaluations[0].metrics.at("nmi")));
        QCOMPARE(log.events.size(), size_t(1));
        QCOMPARE(log.events[0].message, std::string("step-5.pt"));
        QCOMPARE(log.snapshotSteps, std::vector<int64_t>{5});
        QCOMPARE(log.probeSteps, std::vector<int64_t>{5});
        QCOMPARE(meanStepSeconds(log), 0.2);  // the last complete step line: 2.0 s / 10 steps
    }

    // A hand-edited or damaged integer field past its type's range (or a fraction) is damage
    // named with its key, never a cast of an arbitrary double.
    void integerFieldsOutOfRangeAreDamage() {
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("metrics.jsonl")),
                  "{\"type\":\"step\",\"step\":5.2e19}\n"
                  "{\"type\":\"evaluation\",\"step\":6,\"images\":1e300,\"metrics\":{}}\n"
                  "{\"type\":\"evaluation\",\"step\":7,\"images\":2.5,\"metrics\":{}}\n"
                  "{\"type\":\"step\",\"step\":18446744073709551615}\n"
                  "{\"type\":\"evaluation\",\"step\":8,\"images\":12,\"metrics\":{}}\n");
        const MetricsLog log = readMetricsLog(str(run.path()));
        QCOMPARE(log.lines, 1);
        QCOMPARE(log.skipped, 4);
        QVERIFY2(QString::fromStdString(log.problem).contains(QStringLiteral("'step'")),
                 log.problem.c_str());
        QCOMPARE(log.evaluations.size(), size_t(1));
        QCOMPARE(log.evaluations[0].images, int64_t(12));

        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"step\":1e30}");
        const RunSummary summary = summariseRun(str(run.path()));
        QCOMPARE(summary.status, std::string("damaged"));
        QVERIFY2(QString::fromStdString(summary.problem).contains(QStringLiteral("'step'")),
                 summary.problem.c_str());
    }

    void missingMetricsLogIsAProblemNotAThrow() {
        const MetricsLog log = readMetricsLog("/no/such/run");
        QVERIFY(log.steps.empty() && log.lines == 0);
        QVERIFY(QString::fromStdString(log.problem)
                    .contains(QStringLiteral("/no/such/run/metrics.jsonl")));
        QVERIFY(std::isnan(meanStepSeconds(log)));
    }

    void thumbnailIndexReadsAValidSidecar() {
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("thumbnails/images.json")),
                  "{\"tile_width\":28,\"tile_height\":32,\"grid_columns\":2,"
                  "\"dataset_indices\":[7,3,9],\"labels\":[1,0,\"x\"]}");
        const ThumbnailIndex index = readThumbnailIndex(str(run.path()));
        QCOMPARE(index.tileWidth, 28);
        QCOMPARE(index.tileHeight, 32);
        QCOMPARE(index.gridColumns, 2);
        QCOMPARE(index.datasetIndices, (std::vector<int64_t>{7, 3, 9}));
        QCOMPARE(index.labels, (std::vector<int>{1, 0, -1}));  // a label that is not a number
        QCOMPARE(index.spritePath, str(run.filePath(QStringLiteral("thumbnails/images.png"))));
    }

    void damagedThumbnailIndexIsRefusedWithItsName_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"tile_width\": 2");
        QTest::newRow("a list") << QByteArray("[1, 2]");
        QTest::newRow("zero tile") << QByteArray(
            "{\"tile_width\":0,\"tile_height\":2,\"grid_columns\":1,\"dataset_indices\":[],"
            "\"labels\":[]}");
        QTest::newRow("huge tile") << QByteArray(
            "{\"tile_width\":1e12,\"tile_height\":2,\"grid_columns\":1,\"dataset_indices\":[],"
            "\"labels\":[]}");
        QTest::newRow("no grid") << QByteArray(
            "{\"tile_width\":2,\"tile_height\":2,\"dataset_indices\":[],\"labels\":[]}");
        QTest::newRow("lists differ") << QByteArray(
            "{\"tile_width\":2,\"tile_height\":2,\"grid_columns\":1,\"dataset_indices\":[1],"
            "\"labels\":[]}");
        QTest::newRow("index not a number") << QByteArray(
            "{\"tile_width\":2,\"tile_height\":2,\"grid_columns\":1,\"dataset_indices\":[\"1\"],"
            "\"labels\":[0]}");
    }
    void damagedThumbnailIndexIsRefusedWithItsName() {
        QFETCH(QByteArray, content);
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("thumbnails/images.json")), content);
        expectInputError(
            [&] { readThumbnailIndex(str(run.path())); },
            {QStringLiteral("thumbnails/images.json"), QStringLiteral("not a thumbnails sidecar")});
    }

    void missingThumbnailIndexNamesTheFile() {
        QTemporaryDir run;
        expectInputError([&] { readThumbnailIndex(str(run.path())); },
                         {QStringLiteral("cannot read"), QStringLiteral("thumbnails/images.json")});
    }

    void configDiffReadsEachRunsConfig() {
        QTemporaryDir a, b, c;
        writeFile(a.filePath(QStringLiteral("config.json")), "{\"seed\": 1, \"steps\": 600}");
        writeFile(b.filePath(QStringLiteral("config.json")), "{\"seed\": 2, \"steps\": 600}");
        const auto rows = diffRunConfigs({str(a.path()), str(b.path()), str(c.path())});
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].key, std::string("seed"));
        QCOMPARE(rows[0].values[0], std::optional<std::string>("1"));
        QCOMPARE(rows[0].values[1], std::optional<std::string>("2"));
        QVERIFY(!rows[0].values[2]);  // a run without config.json: every option missing
        QVERIFY(rows[1].differs);     // steps: missing in the third run

        writeFile(c.filePath(QStringLiteral("config.json")), "{\"seed\": ");
        expectInputError(
            [&] {
                diffRunConfigs({str(a.path()), str(c.path())});
            },
            {QString::fromStdString(str(c.filePath(QStringLiteral("config.json")))),
             QStringLiteral("not valid JSON")});
    }

    void npyWithoutRowsOrColumns() {
        // Found by fuzz_npy: an empty array's data reached memcpy as a null pointer.
        const auto npy = [](const std::string& shape) {
            std::string header =
                "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
            header += std::string(63 - (10 + header.size()) % 64, ' ') + "\n";
            return std::string("\x93NUMPY\x01\x00", 8) + char(header.size() & 0xff) +
                   char(header.size() >> 8) + header;
        };
        const Matrix empty = decodeNpy(npy("(0, 3)"), "empty.npy");
        QCOMPARE(empty.rows, int64_t(0));
        QCOMPARE(empty.cols, int64_t(3));
        expectInputError([&] { decodeNpy(npy("(999999999999, 0)"), "flat.npy"); },
                         {QStringLiteral("flat.npy"), QStringLiteral("no columns")});
    }

    void runSummaryCarriesTheStopReason() {
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"stopped\",\"step\":4,\"total_steps\":9,"
                  "\"stop_reason\":\"diverged at step 4\"}");
        const RunSummary summary = summariseRun(str(run.path()));
        QCOMPARE(summary.stopReason, std::string("diverged at step 4"));
        QCOMPARE(summary.totalSteps, int64_t(9));
    }

    void rankStepTimesAreMediansOfTheNewestStretchOfRanks() {
        QTemporaryDir run;
        // Two ranks for three steps, then a resume on three ranks (one comm figure null).
        writeFile(run.filePath(QStringLiteral("metrics.jsonl")),
                  "{\"type\":\"step\",\"step\":1,\"rank_compute_seconds_0\":9,"
                  "\"rank_compute_seconds_1\":9,\"comm_seconds\":9}\n"
                  "{\"type\":\"step\",\"step\":2,\"rank_compute_seconds_0\":1,"
                  "\"rank_compute_seconds_1\":2,\"comm_seconds\":0.5}\n"
                  "{\"type\":\"step\",\"step\":3,\"rank_compute_seconds_0\":0.1,"
                  "\"rank_compute_seconds_1\":0.2,\"rank_compute_seconds_2\":0.3,"
                  "\"comm_seconds\":0.05}\n"
                  "{\"type\":\"step\",\"step\":4,\"rank_compute_seconds_0\":0.3,"
                  "\"rank_compute_seconds_1\":0.2,\"rank_compute_seconds_2\":0.5,"
                  "\"comm_seconds\":null}\n"
                  "{\"type\":\"step\",\"step\":5,\"rank_compute_seconds_0\":0.2,"
                  "\"rank_compute_seconds_1\":0.4,\"rank_compute_seconds_2\":0.4,"
                  "\"comm_seconds\":0.07}\n");
        const MetricsLog log = readMetricsLog(str(run.path()));
        RankStepTimes times = rankStepTimes(log);
        QCOMPARE(times.steps, int64_t(3));
        QCOMPARE(times.firstStep, int64_t(3));
        QCOMPARE(times.lastStep, int64_t(5));
        QCOMPARE(times.computeSeconds, (std::vector<double>{0.2, 0.2, 0.4}));
        QCOMPARE(times.commSeconds, 0.07);  // the median of 0.05 and 0.07 that nth_element picks
        times = rankStepTimes(log, 2);      // only the newest two lines
        QCOMPARE(times.steps, int64_t(2));
        QCOMPARE(times.computeSeconds[2], 0.5);

        writeFile(run.filePath(QStringLiteral("metrics.jsonl")),
                  "{\"type\":\"step\",\"step\":1,\"j_real\":0.5}\n");
        QCOMPARE(rankStepTimes(readMetricsLog(str(run.path()))).steps, int64_t(0));
    }

    void runSummaryCarriesTheWorldSizes() {
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"step\":9,"
                  "\"world_sizes\":[{\"from_step\":0,\"world_size\":4},"
                  "{\"from_step\":6,\"world_size\":1}]}");
        RunSummary summary = summariseRun(str(run.path()));
        QCOMPARE(summary.worldSize, 1);
        QCOMPARE(summary.worldSizes.size(), size_t(2));
        QCOMPARE(summary.worldSizes[0], (std::pair<int64_t, int>{0, 4}));
        QCOMPARE(summary.worldSizes[1], (std::pair<int64_t, int>{6, 1}));

        // Without the field: one process throughout. A size that is no int: a damaged file.
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"step\":9}");
        QCOMPARE(summariseRun(str(run.path())).worldSize, 1);
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"step\":9,"
                  "\"world_sizes\":[{\"from_step\":0,\"world_size\":1e12}]}");
        summary = summariseRun(str(run.path()));
        QCOMPARE(summary.status, std::string("damaged"));
        QVERIFY2(QString::fromStdString(summary.problem).contains(QStringLiteral("'world_size'")),
                 summary.problem.c_str());
    }

    void verificationComesBackAsStored() {
        PairDistances pairs;
        pairs.positive = {1, 3, 0.5f};
        pairs.negative = {2, 4, 5, 6};
        pairs.positiveAvailable = 3;
        pairs.negativeAvailable = 40;
        VerificationReport report;
        report.test = verificationCurve(pairs, {0.25});
        report.chosen =
            ThresholdTransfer{0.25, 77, operatingPoint(pairs, 2.5), operatingPoint(pairs, 1.5)};
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"final_verification\":" +
                      QByteArray::fromStdString(verificationJsonText(report)) + "}");
        const RunSummary summary = summariseRun(str(run.path()));
        QVERIFY(summary.verification);
        const VerificationCurve& c = summary.verification->test;
        QCOMPARE(c.auc, report.test.auc);
        QCOMPARE(c.equalErrorRate, report.test.equalErrorRate);
        QCOMPARE(c.negativeAvailable, int64_t(40));
        QCOMPARE(c.roc.size(), report.test.roc.size());
        QCOMPARE(c.roc.back().trueAcceptRate, 1.0);
        QCOMPARE(c.tarAtFar, report.test.tarAtFar);
        QVERIFY(summary.verification->chosen);
        QCOMPARE(summary.verification->chosen->validationImages, int64_t(77));
        QCOMPARE(summary.verification->chosen->test.threshold, 1.5);
    }

    void damagedVerificationIsLeftOutAndTheRunStillOpens_data() {
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("a figure missing") << QByteArray("{\"auc\": 0.9}");
        QTest::newRow("a count that is not a count") << QByteArray(
            "{\"positive_pairs\": 1e300, \"negative_pairs\": 2, "
            "\"positive_pairs_available\": 2, \"negative_pairs_available\": 2, "
            "\"auc\": 1, \"equal_error_rate\": 0, \"equal_error_distance\": 0, "
            "\"tar_at_far\": {}, \"roc\": {\"distance\": [], \"far\": [], "
            "\"tar\": []}}");
        QTest::newRow("curves of different lengths") << QByteArray(
            "{\"positive_pairs\": 2, \"negative_pairs\": 2, "
            "\"positive_pairs_available\": 2, \"negative_pairs_available\": 2, "
            "\"auc\": 1, \"equal_error_rate\": 0, \"equal_error_distance\": 0, "
            "\"tar_at_far\": {}, \"roc\": {\"distance\": [1], \"far\": [], "
            "\"tar\": [1]}}");
        QTest::newRow("a FAR key that is no number") << QByteArray(
            "{\"positive_pairs\": 2, \"negative_pairs\": 2, "
            "\"positive_pairs_available\": 2, \"negative_pairs_available\": 2, "
            "\"auc\": 1, \"equal_error_rate\": 0, \"equal_error_distance\": 0, "
            "\"tar_at_far\": {\"often\": 0.5}, \"roc\": {\"distance\": [], "
            "\"far\": [], \"tar\": []}}");
    }
    void damagedVerificationIsLeftOutAndTheRunStillOpens() {
        QFETCH(QByteArray, field);
        QTemporaryDir run;
        writeFile(run.filePath(QStringLiteral("run.json")),
                  "{\"format_version\":1,\"status\":\"finished\",\"final_metrics\":"
                  "{\"recall_at_1\":0.5},\"final_verification\":" +
                      field + "}");
        writeFile(run.filePath(QStringLiteral("config.json")), "{\"steps\": 10}");
        const RunSummary summary = summariseRun(str(run.path()));
        QCOMPARE(summary.status, std::string("finished"));  // not damaged
        QCOMPARE(summary.finalMetrics.at("recall_at_1"), 0.5);
        QVERIFY(!summary.verification);
    }
};

QTEST_GUILESS_MAIN(TestSessionReaders)
#include "tst_session_readers.moc"
