// A run folder under faults: SIGKILL at several moments (one of them halfway through a
// checkpoint write), a torn log line, non-finite steps (rollback, then giving up), and a
// resume that would change the config. Each time the run must stay listable and resumable and
// lose nothing that was reported as saved.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <functional>

#include "SessionTestSupport.h"

using namespace sessiontest;

namespace {

QStringList trainArgs(const QString& out, int steps, int checkpointEvery) {
    return QStringList{QStringLiteral("train")} + tinyRunSettings(steps, checkpointEvery) +
           QStringList{QStringLiteral("--out"), out};
}

QProcessEnvironment envWith(const QString& key, const QString& value) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(key, value);
    return env;
}

int lastLoggedStep(const QString& run) {
    int last = -1;
    for (const QJsonObject& r : logRecords(run))
        if (r.value(QStringLiteral("type")).toString() == QStringLiteral("step"))
            last = r.value(QStringLiteral("step")).toInt();
    return last;
}

bool hasTemporaryCheckpoint(const QString& run) {
    return !QDir(run + QStringLiteral("/checkpoints"))
                .entryList({QStringLiteral("*.tmp")}, QDir::Files)
                .isEmpty();
}

QStringList temporaryFiles(const QString& run) {
    QStringList found;
    for (const QString& name : snapshotFolder(run).keys())
        if (name.endsWith(QStringLiteral(".tmp"))) found << name;
    return found;
}

/// Checkpoint files the log reported as written.
QStringList reportedCheckpoints(const QString& run) {
    QStringList files;
    for (const QJsonObject& e : events(run, QStringLiteral("checkpoint")))
        files << e.value(QStringLiteral("message")).toString().section(QLatin1Char(' '), 0, 0);
    return files;
}

}  // namespace

class TestSessionFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GRINDSTONE_REQUIRE_GLYPHS(); }

    void sigkillLeavesAResumableRun_data() {
        QTest::addColumn<QString>("moment");
        QTest::newRow("before the first step") << "start";
        QTest::newRow("mid-training") << "training";
        QTest::newRow("during a checkpoint write") << "checkpoint";
        QTest::newRow("during the final evaluation") << "final";
    }
    void sigkillLeavesAResumableRun() {
        QFETCH(QString, moment);
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        const int steps = 16;
        QProcess process;
        // The slowed rename holds the checkpoint write open long enough to kill inside it.
        if (moment == QStringLiteral("checkpoint"))
            process.setProcessEnvironment(
                envWith(QStringLiteral("GRINDSTONE_FAULT_CHECKPOINT_DELAY"), QStringLiteral("3")));
        process.start(QStringLiteral(GRINDSTONE_CLI), trainArgs(run, steps, 5));
        QVERIFY(process.waitForStarted());

        const std::function<bool()> reached = [&] {
            if (moment == QStringLiteral("start"))
                return QFileInfo::exists(run + QStringLiteral("/run.json"));
            if (moment == QStringLiteral("training")) return lastLoggedStep(run) >= 8;
            if (moment == QStringLiteral("checkpoint"))
                return lastLoggedStep(run) >= 5 && hasTemporaryCheckpoint(run);
            return lastLoggedStep(run) == steps;
        };
        QElapsedTimer waited;
        waited.start();
        while (!reached()) {
            QVERIFY2(process.state() == QProcess::Running,
                     "training ended before the moment to kill it");
            QVERIFY2(waited.elapsed() < 300000, "the moment to kill never came");
            QThread::msleep(5);
        }
        process.kill();  // SIGKILL: no handler, no cleanup
        QVERIFY(process.waitForFinished());
        const QStringList savedBeforeKill = reportedCheckpoints(run);

        // Listed as crashed, never as damaged, alongside the log's complete lines.
        const Result listing = runCli({QStringLiteral("runs"), workspace.path()});
        QCOMPARE(listing.exitCode, 0);
        QVERIFY2(listing.out.contains(QStringLiteral("crashed")), qPrintable(listing.out));
        for (const QString& file : savedBeforeKill)
            QVERIFY2(QFileInfo::exists(run + QStringLiteral("/checkpoints/") + file),
                     qPrintable(file + QStringLiteral(" was reported saved but is gone")));

        const Result resumed = runCli({QStringLiteral("resume"), run});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QJsonObject runJson = readJson(run + QStringLiteral("/run.json"));
        QCOMPARE(runJson.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(runJson.value(QStringLiteral("step")).toInt(), steps);
        QVERIFY(runJson.value(QStringLiteral("final_metrics"))
                    .toObject()
                    .contains(QStringLiteral("recall_at_1")));
        for (const QString& file : savedBeforeKill)
            QVERIFY(QFileInfo::exists(run + QStringLiteral("/checkpoints/") + file));
        QVERIFY2(temporaryFiles(run).isEmpty(),
                 qPrintable(temporaryFiles(run).join(QLatin1Char(' '))));
        QCOMPARE(events(run, QStringLiteral("resume")).size(), 1);
        if (moment == QStringLiteral("checkpoint"))
            QVERIFY2(resumed.err.contains(QStringLiteral("unfinished temporary file")),
                     qPrintable(resumed.err));
    }

    void sigtermStopsAtTheNextStepAndSaves() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        QProcess process;
        process.start(QStringLiteral(GRINDSTONE_CLI), trainArgs(run, 200, 100));
        QVERIFY(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (lastLoggedStep(run) < 3) {
            QVERIFY(process.state() == QProcess::Running && waited.elapsed() < 300000);
            QThread::msleep(5);
        }
        process.terminate();  // SIGTERM, as Ctrl-C's SIGINT
        QVERIFY(process.waitForFinished(300000));
        QCOMPARE(process.exitCode(), 3);
        const QJsonObject runJson = readJson(run + QStringLiteral("/run.json"));
        QCOMPARE(runJson.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        const int step = runJson.value(QStringLiteral("step")).toInt();
        QVERIFY(step >= 3 && step < 200);
        QVERIFY(QFileInfo::exists(
            run + QStringLiteral("/checkpoints/step-%1.pt").arg(step, 8, 10, QLatin1Char('0'))));
    }

    void tornLastLogLineIsCutWithAWarning() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        QCOMPARE(runCli(trainArgs(run, 6, 3)).exitCode, 0);
        {
            QFile log(run + QStringLiteral("/metrics.jsonl"));
            QVERIFY(log.open(QIODevice::Append));
            log.write("{\"type\":\"step\",\"step\":7,\"j_me");  // a crash mid-write
        }
        const Result resumed =
            runCli({QStringLiteral("resume"), run, QStringLiteral("--steps"), QStringLiteral("8")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QStringLiteral("torn last line")), qPrintable(resumed.err));
        const QList<QByteArray> lines =
            readFile(run + QStringLiteral("/metrics.jsonl")).split('\n');
        for (const QByteArray& line : lines)
            QVERIFY2(line.isEmpty() || QJsonDocument::fromJson(line).isObject(), line.constData());
        QCOMPARE(events(run, QStringLiteral("warning")).size(), 1);
    }

    void nonFiniteStepRollsBackAndContinues() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        const Result r = runCli(
            trainArgs(run, 12, 5),
            envWith(QStringLiteral("GRINDSTONE_FAULT_NONFINITE_STEP"), QStringLiteral("7:1")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto rollbacks = events(run, QStringLiteral("rollback"));
        QCOMPARE(rollbacks.size(), 1);
        const QString message = rollbacks[0].value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("at step 7")) &&
                     message.contains(QStringLiteral("step-00000005.pt")) &&
                     message.contains(QStringLiteral("x0.5")),
                 qPrintable(message));
        QCOMPARE(rollbacks[0].value(QStringLiteral("step")).toInt(), 5);
        const QJsonObject runJson = readJson(run + QStringLiteral("/run.json"));
        QCOMPARE(runJson.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(runJson.value(QStringLiteral("rollbacks")).toInt(), 1);
        // Nothing non-finite reached the log: every loss of every step line is a number.
        for (const QJsonObject& rec : logRecords(run))
            if (rec.value(QStringLiteral("type")).toString() == QStringLiteral("step"))
                QVERIFY(rec.value(QStringLiteral("j_metric")).isDouble());
    }

    void repeatedNonFiniteStopsAfterThreeRollbacks() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        const Result r = runCli(
            trainArgs(run, 12, 5),
            envWith(QStringLiteral("GRINDSTONE_FAULT_NONFINITE_STEP"), QStringLiteral("7:100")));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("diverged")) &&
                     r.err.contains(QStringLiteral("3 rollbacks")),
                 qPrintable(r.err));
        QCOMPARE(events(run, QStringLiteral("rollback")).size(), 3);
        QCOMPARE(events(run, QStringLiteral("diverged")).size(), 1);
        const QJsonObject runJson = readJson(run + QStringLiteral("/run.json"));
        QCOMPARE(runJson.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(runJson.value(QStringLiteral("step")).toInt(), 5);  // the last good checkpoint
        QVERIFY(runJson.value(QStringLiteral("stop_reason"))
                    .toString()
                    .contains(QStringLiteral("non-finite j_metric at step 7")));
        // Still readable: listed, and resumable once the fault is gone.
        const Result listing = runCli({QStringLiteral("runs"), workspace.path()});
        QVERIFY2(listing.out.contains(QStringLiteral("stopped")), qPrintable(listing.out));
        const Result resumed = runCli({QStringLiteral("resume"), run});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(readJson(run + QStringLiteral("/run.json")).value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("finished")));
    }

    void changedConfigIsRefusedUnlessAskedForThenRecorded() {
        QTemporaryDir workspace;
        const QString run = workspace.filePath(QStringLiteral("run"));
        QCOMPARE(runCli(trainArgs(run, 6, 3)).exitCode, 0);
        const auto before = snapshotFolder(run);

        const Result refused =
            runCli({QStringLiteral("resume"), run, QStringLiteral("--steps"), QStringLiteral("9"),
                    QStringLiteral("--set"), QStringLiteral("lr_generator=0.005")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("lr_generator: 0.001 -> 0.005")) &&
                     refused.err.contains(QStringLiteral("--allow-config-change")),
                 qPrintable(refused.err));
        auto after = snapshotFolder(run);
        after.remove(QStringLiteral(".lock"));
        auto beforeWithoutLock = before;
        beforeWithoutLock.remove(QStringLiteral(".lock"));
        QVERIFY2(after == beforeWithoutLock, "a refused resume changed the run folder");

        const Result allowed =
            runCli({QStringLiteral("resume"), run, QStringLiteral("--steps"), QStringLiteral("9"),
                    QStringLiteral("--set"), QStringLiteral("lr_generator=0.005"),
                    QStringLiteral("--allow-config-change")});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QCOMPARE(
            readJson(run + QStringLiteral("/config.json")).value(QStringLiteral("lr_generator")),
            QJsonValue(0.005));
        const QJsonArray changes = readJson(run + QStringLiteral("/run.json"))
                                       .value(QStringLiteral("config_changes"))
                                       .toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes[0].toObject();
        QCOMPARE(change.value(QStringLiteral("step")).toInt(), 6);
        const QJsonObject lr = change.value(QStringLiteral("changes"))
                                   .toObject()
                                   .value(QStringLiteral("lr_generator"))
                                   .toObject();
        QCOMPARE(lr.value(QStringLiteral("from")).toString(), QStringLiteral("0.001"));
        QCOMPARE(lr.value(QStringLiteral("to")).toString(), QStringLiteral("0.005"));
        QCOMPARE(events(run, QStringLiteral("config_change")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionFaults)
#include "tst_session_faults.moc"
