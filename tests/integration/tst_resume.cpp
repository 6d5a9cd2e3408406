// Resume exactness: N steps straight, and N/2 + stop + resume, end with the same weights.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>

#include "StopAt.h"
#include "TestSupport.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/TrainingRun.h"

using namespace grindstone;

namespace {

const std::string kGlyphs = GRINDSTONE_GLYPHS_DIR;

using test::StopAt;

Config runConfig(const QString& method) {
    Config c;
    c.set("dataset", kGlyphs);
    c.set("method", method.toStdString());
    c.set("miner", "semihard");
    c.set("steps", "20");  // LR drops at 12 and 17: the stop at 13 lies between them
    c.set("eval_every", "0");
    c.set("snapshot_every", "5");
    c.set("checkpoint_every", "0");
    c.set("threads", "2");
    return c;
}

std::vector<int64_t> probeIndices() {
    std::vector<int64_t> out;
    for (int64_t i = 0; i < test::glyphImages(); i += 157)
        out.push_back(i);
    return out;
}

}  // namespace

class TestResume : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GRINDSTONE_REQUIRE_GLYPHS(); }

    void resumedRunMatchesStraightRun_data() {
        QTest::addColumn<QString>("method");
        QTest::newRow("triplet") << "triplet";
        QTest::newRow("hdml") << "hdml";
        QTest::newRow("two-stage") << "two-stage";
    }
    void resumedRunMatchesStraightRun() {
        QFETCH(QString, method);
        QTemporaryDir dir;
        const std::string straightDir = dir.filePath(QStringLiteral("straight")).toStdString();
        const std::string splitDir = dir.filePath(QStringLiteral("split")).toStdString();

        TrainingRun straight(runConfig(method), straightDir);
        const EvaluationReport a = straight.run();
        const Matrix ea = straight.trainer().embed(probeIndices());

        {
            TrainingRun first(runConfig(method), splitDir);
            StopAt stop;
            stop.trainer = &first.trainer();
            stop.at = 13;
            first.trainer().addObserver(&stop);
            TrainingOutcome outcome = TrainingOutcome::Finished;
            first.run(&outcome);
            QCOMPARE(outcome, TrainingOutcome::Stopped);
            QCOMPARE(first.trainer().step(), int64_t(13));
        }
        TrainingRun resumed(splitDir, TrainingRun::Resume{});
        QCOMPARE(resumed.trainer().step(), int64_t(13));
        const EvaluationReport b = resumed.run();
        const Matrix eb = resumed.trainer().embed(probeIndices());

        QCOMPARE(b.step, a.step);
        QCOMPARE(eb.values.size(), ea.values.size());
        double worst = 0;
        for (size_t i = 0; i < ea.values.size(); ++i)
            worst = std::max(worst, double(std::abs(ea.values[i] - eb.values[i])));
        QVERIFY2(worst <= 1e-6, qPrintable(QStringLiteral("max difference %1").arg(worst)));
        QCOMPARE(b.metrics.recallAtK.at(1), a.metrics.recallAtK.at(1));
        QCOMPARE(b.metrics.mapAtR, a.metrics.mapAtR);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
