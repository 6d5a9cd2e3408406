// The first run a user makes reads its figures against the raw-pixel floor of the same test
// images: said in plain words when the run is below it, computed once per dataset and split
// (a damaged cache is computed again), and `demo` prints the floor, the default method and
// plain triplet side by side.
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "sessions/SessionTestSupport.h"

using namespace sessiontest;

namespace {

/// The environment of a user whose data and cache folders are inside `home`.
QProcessEnvironment userAt(const QString& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    return env;
}

QStringList cachedFloors(const QString& home) {
    QStringList files;
    QDirIterator it(home + QStringLiteral("/cache"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList oneStepRun(const QString& folder) {
    return {QStringLiteral("train"),
            QStringLiteral("--set"),
            QStringLiteral("dataset=") + glyphs(),
            QStringLiteral("--set"),
            QStringLiteral("steps=1"),
            QStringLiteral("--set"),
            QStringLiteral("eval_every=0"),
            QStringLiteral("--out"),
            folder};
}

}  // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runBelowTheFloorIsSaidSoAndTheFloorIsCached() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir home;
        // One step from random weights: the glyphs' own pixels retrieve far better.
        const Result first =
            runCli(oneStepRun(home.filePath(QStringLiteral("a"))), userAt(home.path()));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("raw pixels, no training (same images):")),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("below the raw-pixel floor on Recall@1")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("retrieves worse than the images' own pixels")));

        const QJsonObject floor = readJson(home.filePath(QStringLiteral("a/run.json")))
                                      .value(QStringLiteral("raw_pixel_floor"))
                                      .toObject();
        const double recall = floor.value(QStringLiteral("recall_at_1")).toDouble(-1);
        QVERIFY2(recall > 0.5 && recall <= 1, qPrintable(QString::number(recall)));

        // Computed once, kept in the user's cache folder.
        const QStringList cached = cachedFloors(home.path());
        QCOMPARE(cached.size(), 1);

        // A damaged cache entry is computed again and replaced; the figures do not change.
        {
            QFile damaged(cached.front());
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write("{\"computed\": tr");
        }
        const Result second =
            runCli(oneStepRun(home.filePath(QStringLiteral("b"))), userAt(home.path()));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(readJson(home.filePath(QStringLiteral("b/run.json")))
                     .value(QStringLiteral("raw_pixel_floor"))
                     .toObject(),
                 floor);
        QVERIFY(QJsonDocument::fromJson(readFile(cached.front())).isObject());
    }

    void demoPrintsTheFloorAndBothMethodsOnOneSeed() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir home;
        const Result demo = runCli(
            {QStringLiteral("demo"), QStringLiteral("--compare"), QStringLiteral("--workspace"),
             home.filePath(QStringLiteral("runs")), QStringLiteral("--set"),
             QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
             QStringLiteral("steps=2"), QStringLiteral("--set"), QStringLiteral("eval_every=0"),
             QStringLiteral("--set"), QStringLiteral("seed=7")},
            userAt(home.path()));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        for (const char* row : {"raw pixels, no training (floor)", "\ntriplet ", "\ntwo-stage ",
                                "two-stage vs triplet on this seed: Recall@1 "})
            QVERIFY2(demo.out.contains(QLatin1String(row)), qPrintable(demo.out));
        QVERIFY(demo.err.contains(QStringLiteral("[2/2] training triplet")));
        // Both runs on the seed asked for, each in its own folder.
        const QStringList runs = QDir(home.filePath(QStringLiteral("runs")))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(runs.size(), 2);
        for (const QString& run : runs) {
            const QJsonObject config = readJson(
                home.filePath(QStringLiteral("runs/") + run + QStringLiteral("/config.json")));
            QCOMPARE(config.value(QStringLiteral("seed")).toInteger(), 7);
            // The baseline at its validated setting, the default method at the defaults.
            const bool triplet =
                config.value(QStringLiteral("method")).toString() == QStringLiteral("triplet");
            QVERIFY(config.value(QStringLiteral("normalize")).toBool());
            QCOMPARE(config.value(QStringLiteral("metric_margin")).toDouble(), 1.0);
            QCOMPARE(config.value(QStringLiteral("lr_metric")).toDouble(), triplet ? 3e-3 : 1e-3);
            if (!triplet) {
                QVERIFY(config.value(QStringLiteral("generated_on_sphere")).toBool());
                QCOMPARE(config.value(QStringLiteral("generator_form")).toString(),
                         QStringLiteral("residual"));
            }
        }
    }

    void demoRefusesBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("demo"), QStringLiteral("fast")}
            << "does not take 'fast'";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--set"),
                           QStringLiteral("stepz=5")}
            << "unknown option 'stepz'";
        QTest::newRow("missing dataset")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--set"),
                           QStringLiteral("dataset=/no/data")}
            << "/no/data";
    }
    void demoRefusesBadArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir home;
        const Result r = runCli(args + QStringList{QStringLiteral("--workspace"),
                                                   home.filePath(QStringLiteral("runs"))},
                                userAt(home.path()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        // Nothing trained, nothing written.
        QVERIFY(!QDir(home.filePath(QStringLiteral("runs"))).exists() ||
                QDir(home.filePath(QStringLiteral("runs")))
                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_first_run.moc"
