// grindstone-cli bench as a user drives it: a tiny bench interrupted by a signal and
// continued (finished runs are not redone), damaged and crashed runs on continuing, and bad
// arguments refused with exit code 2 before anything is written or deleted.
#include <signal.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include "sessions/SessionTestSupport.h"

using namespace sessiontest;

namespace {

/// The tiny bench: 2 methods x 1 miner x 2 seeds of 6 steps on the glyphs, no ablations,
/// evaluated on 10 of the test classes (the final evaluation dominates a 6-step run).
QStringList benchArgs(const QString& out, const QString& seeds = QStringLiteral("2")) {
    return {QStringLiteral("bench"),
            QStringLiteral("--set"),
            QStringLiteral("dataset=") + glyphs(),
            QStringLiteral("--set"),
            QStringLiteral("test_classes=52-61"),
            QStringLiteral("--set"),
            QStringLiteral("eval_every=0"),
            QStringLiteral("--set"),
            QStringLiteral("eval_max_images=100"),
            QStringLiteral("--set"),
            QStringLiteral("snapshot_every=0"),
            QStringLiteral("--methods"),
            QStringLiteral("triplet,two-stage"),
            QStringLiteral("--miners"),
            QStringLiteral("random"),
            QStringLiteral("--seeds"),
            seeds,
            QStringLiteral("--no-ablations"),
            QStringLiteral("--steps"),
            QStringLiteral("6"),
            QStringLiteral("--out"),
            out};
}

const QStringList kRuns{
    QStringLiteral("triplet_random_seed1"), QStringLiteral("two-stage_random_seed1"),
    QStringLiteral("triplet_random_seed2"), QStringLiteral("two-stage_random_seed2")};

QJsonObject runJson(const QString& bench, const QString& run) {
    return QJsonDocument::fromJson(
               readFile(bench + QLatin1Char('/') + run + QStringLiteral("/run.json")))
        .object();
}

QString statusOf(const QString& bench, const QString& run) {
    return runJson(bench, run).value(QStringLiteral("status")).toString();
}

/// Every file under `dir` with size and modification time: "nothing was touched".
QStringList treeOf(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        out << info.filePath() + QLatin1Char(' ') + QString::number(info.size()) +
                   QLatin1Char(' ') + QString::number(info.lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

}  // namespace

class TestBenchCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badArgumentsAreRefused_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        auto args = [](std::initializer_list<const char*> items) {
            QStringList out{QStringLiteral("bench")};
            for (const char* item : items)
                out << QString::fromUtf8(item);
            return out;
        };
        QTest::newRow("unknown method")
            << args({"--methods", "triplet,hdm"}) << "--methods: unknown method 'hdm'";
        QTest::newRow("unknown miner")
            << args({"--miners", "hardest"}) << "--miners: unknown miner 'hardest'";
        QTest::newRow("zero seeds")
            << args({"--seeds", "0"}) << "--seeds: '0' is not an integer in [1, 1000]";
        QTest::newRow("seeds not a number") << args({"--seeds", "three"}) << "'three'";
        QTest::newRow("repeated option")
            << args({"--seeds", "2", "--seeds", "3"}) << "--seeds is given more than once";
        QTest::newRow("zero steps") << args({"--steps", "0"}) << "--steps: '0'";
        QTest::newRow("method by --set")
            << args({"--set", "method=hdml"}) << "bench sets it for each run";
        QTest::newRow("unknown option") << args({"--set", "stepz=3"}) << "unknown option 'stepz'";
        QTest::newRow("both ablation flags")
            << args({"--ablations", "--no-ablations"}) << "contradict";
        QTest::newRow("stray argument") << args({"extra"}) << "does not take 'extra'";
        QTest::newRow("missing dataset") << args({"--set", "dataset=/no/data"}) << "/no/data";
        QTest::newRow("method option without method")
            << args({"--method-set", "lr_metric=0.003"}) << "is not METHOD:KEY=VALUE";
        QTest::newRow("method option for a method not run")
            << args({"--methods", "triplet", "--method-set", "hdml:lr_metric=0.003"})
            << "the bench does not run method 'hdml'";
        QTest::newRow("method option out of range")
            << args({"--method-set", "triplet:lr_metric=7"}) << "lr_metric";
        QTest::newRow("method option given twice")
            << args({"--method-set", "triplet:steps=3", "--method-set", "triplet:steps=4"})
            << "--method-set triplet:steps is given twice";
    }
    void badArgumentsAreRefused() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("bench"));
        const Result r = runCli(args << QStringLiteral("--out") << out);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("internal error")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aFolderThatIsNoBenchIsLeftAlone() {
        QTemporaryDir dir;
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("mine");
        notes.close();
        const QStringList before = treeOf(dir.path());
        const Result r = runCli(benchArgs(dir.path()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a bench folder")), qPrintable(r.err));
        QCOMPARE(treeOf(dir.path()), before);
    }

    void interruptedBenchContinuesWhereItStopped() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString bench = dir.filePath(QStringLiteral("bench"));

        // 1. Interrupt with SIGINT once the first run has finished.
        QProcess first;
        first.start(QStringLiteral(GRINDSTONE_CLI), benchArgs(bench));
        QVERIFY(first.waitForStarted());
        bool signalled = false;
        while (first.state() != QProcess::NotRunning) {
            first.waitForFinished(50);
            if (!signalled && statusOf(bench, kRuns[0]) == QStringLiteral("finished")) {
                ::kill(static_cast<pid_t>(first.processId()), SIGINT);
                signalled = true;
            }
        }
        const QString firstErr = QString::fromUtf8(first.readAllStandardError());
        QVERIFY2(signalled, qPrintable(firstErr));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);  // stopped cleanly, not killed
        QVERIFY2(first.exitCode() == 3, qPrintable(firstErr));
        QVERIFY(firstErr.contains(QStringLiteral("run the same command again to continue")));
        QCOMPARE(statusOf(bench, kRuns[0]), QStringLiteral("finished"));
        QVERIFY(statusOf(bench, kRuns[3]) != QStringLiteral("finished"));
        // The partial table is already there.
        QVERIFY(readFile(bench + QStringLiteral("/results.md")).contains("**Partial:**"));

        QMap<QString, QByteArray> finishedBefore;
        QMap<QString, QString> stoppedCreated;
        for (const auto& run : kRuns) {
            const QString status = statusOf(bench, run);
            if (status == QStringLiteral("finished"))
                finishedBefore[run] =
                    readFile(bench + QLatin1Char('/') + run + QStringLiteral("/run.json"));
            else if (!status.isEmpty())
                stoppedCreated[run] =
                    runJson(bench, run).value(QStringLiteral("created")).toString();
        }

        // 2. The same command continues: finished runs untouched, stopped ones resumed.
        const Result second = runCli(benchArgs(bench));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(
            second.out.contains(QStringLiteral("[1/4] triplet_random_seed1  finished earlier")),
            qPrintable(second.out));
        for (auto it = finishedBefore.begin(); it != finishedBefore.end(); ++it)
            QCOMPARE(readFile(bench + QLatin1Char('/') + it.key() + QStringLiteral("/run.json")),
                     it.value());
        for (auto it = stoppedCreated.begin(); it != stoppedCreated.end(); ++it) {
            QCOMPARE(runJson(bench, it.key()).value(QStringLiteral("created")).toString(),
                     it.value());
            QVERIFY(readFile(bench + QLatin1Char('/') + it.key() + QStringLiteral("/metrics.jsonl"))
                        .contains("\"kind\":\"resume\""));
        }
        for (const auto& run : kRuns)
            QCOMPARE(statusOf(bench, run), QStringLiteral("finished"));

        const QString md = QString::fromUtf8(readFile(bench + QStringLiteral("/results.md")));
        QVERIFY2(md.contains(QStringLiteral("All 4 runs finished")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| raw pixels (no training) | – | – |")));
        QVERIFY(md.contains(QStringLiteral("| triplet | random | 2 | ")));
        QVERIFY(md.contains(QStringLiteral("| two-stage | random | 2 | ")));
        const QStringList csv = QString::fromUtf8(readFile(bench + QStringLiteral("/results.csv")))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 4);  // header, raw pixels, triplet, two-stage
        QVERIFY(csv[1].startsWith(QStringLiteral("raw pixels (no training),")));
        QVERIFY(csv[2].startsWith(QStringLiteral("triplet,random,2,2,")));
        QVERIFY(csv[3].startsWith(QStringLiteral("two-stage,random,2,2,")));

        // 3. Another plan in the same folder is refused with the differences; nothing changes.
        const QStringList before = treeOf(bench);
        const Result changed = runCli(benchArgs(bench, QStringLiteral("3")));
        QCOMPARE(changed.exitCode, 2);
        QVERIFY2(changed.err.contains(QStringLiteral("holds a bench with another plan")) &&
                     changed.err.contains(QStringLiteral("--seeds: 2 in ")) &&
                     changed.err.contains(QStringLiteral("3 now")),
                 qPrintable(changed.err));
        QCOMPARE(treeOf(bench), before);

        // 4. A damaged run is kept aside and retrained; a crashed one is resumed.
        const QString damagedRun = bench + QLatin1Char('/') + kRuns[2];
        const QByteArray torn = readFile(damagedRun + QStringLiteral("/run.json")).left(40);
        {
            QFile f(damagedRun + QStringLiteral("/run.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(torn);
        }
        const QString crashedRun = bench + QLatin1Char('/') + kRuns[3];
        const QString crashedCreated =
            runJson(bench, kRuns[3]).value(QStringLiteral("created")).toString();
        {
            QByteArray run = readFile(crashedRun + QStringLiteral("/run.json"));
            run.replace("\"finished\"", "\"running\"");
            QFile f(crashedRun + QStringLiteral("/run.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(run);
        }
        const QByteArray firstRun =
            readFile(bench + QLatin1Char('/') + kRuns[0] + QStringLiteral("/run.json"));
        const Result third = runCli(benchArgs(bench));
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QVERIFY2(third.err.contains(kRuns[2] + QStringLiteral(": damaged")), qPrintable(third.err));
        const QStringList kept = QDir(bench).entryList({kRuns[2] + QStringLiteral(".damaged-*")},
                                                       QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(bench + QLatin1Char('/') + kept[0] + QStringLiteral("/run.json")), torn);
        QCOMPARE(statusOf(bench, kRuns[2]), QStringLiteral("finished"));
        QCOMPARE(statusOf(bench, kRuns[3]), QStringLiteral("finished"));
        QCOMPARE(runJson(bench, kRuns[3]).value(QStringLiteral("created")).toString(),
                 crashedCreated);
        QVERIFY(readFile(crashedRun + QStringLiteral("/metrics.jsonl"))
                    .contains("\"kind\":\"resume\""));
        QCOMPARE(readFile(bench + QLatin1Char('/') + kRuns[0] + QStringLiteral("/run.json")),
                 firstRun);
    }

    void divergedRunIsReportedAndLeftAlone() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString bench = dir.filePath(QStringLiteral("bench"));
        QStringList args = benchArgs(bench, QStringLiteral("1"));
        args[args.indexOf(QStringLiteral("triplet,two-stage"))] = QStringLiteral("triplet");
        const QString run = bench + QStringLiteral("/triplet_random_seed1/run.json");

        // Step 4's loss poisoned every time: the guard rolls back, then gives up.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRINDSTONE_FAULT_NONFINITE_STEP"), QStringLiteral("4:100"));
        const Result first = runCli(args, env);
        QVERIFY2(first.exitCode == 1, qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("1 run(s) failed or diverged")),
                 qPrintable(first.err));
        QVERIFY(readFile(bench + QStringLiteral("/results.md"))
                    .contains("`triplet_random_seed1`: diverged ("));

        // Continuing does not retrain it: the divergence is the result.
        const QByteArray before = readFile(run);
        const Result second = runCli(args);
        QVERIFY2(second.exitCode == 1, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("[1/1] triplet_random_seed1  diverged (")) &&
                     second.out.contains(QStringLiteral("left alone")),
                 qPrintable(second.out));
        QCOMPARE(readFile(run), before);
    }
};

QTEST_GUILESS_MAIN(TestBenchCli)
#include "tst_bench_cli.moc"
