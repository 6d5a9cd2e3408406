// Data-parallel training on c10d (Gloo over loopback): N ranks take one step exactly as one
// process taking the same N batches (micro_batches = N), for every method, with BatchNorm per
// batch or synchronised; a 2-rank run finishes and evaluates; a rank killed or hung mid-run
// ends the others with a message and leaves a resumable run; bad launches are refused with
// the variable or flag named.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <csignal>

#include <torch/script.h>

#include "TestSupport.h"

namespace {

using Result = grindstone::test::ProcessResult;

QStringList oneStep(const QString& method, const QString& out) {
    return {QStringLiteral("train"),
            QStringLiteral("--set"),
            QStringLiteral("dataset=") + grindstone::test::glyphsFolder(),
            QStringLiteral("--set"),
            QStringLiteral("method=") + method,
            QStringLiteral("--set"),
            QStringLiteral("steps=1"),
            QStringLiteral("--set"),
            QStringLiteral("threads=1"),
            QStringLiteral("--set"),
            QStringLiteral("eval_every=0"),
            QStringLiteral("--set"),
            QStringLiteral("snapshot_every=0"),
            QStringLiteral("--out"),
            out};
}

Result runCli(const QStringList& args,
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI), args, env);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// How two checkpoints differ over every network's parameters (and optimiser state) and the
/// metric network's buffers (BatchNorm's running statistics).
struct CheckpointDifference {
    double largest = 1e30;        ///< over all of them; 1e30 when the names differ
    double largestBuffer = 1e30;  ///< over the metric network's buffers
    double shareOver1e5 = 1;      ///< share of the values that differ by more than 1e-5
};

CheckpointDifference compareCheckpoints(const QString& a, const QString& b) {
    auto first = torch::jit::load(a.toStdString());
    auto second = torch::jit::load(b.toStdString());
    std::map<std::string, torch::Tensor> other;
    for (const auto& p : second.named_parameters(true))
        other[p.name] = p.value;
    for (const auto& p : second.named_buffers(true))
        other["buffer:" + p.name] = p.value;
    CheckpointDifference out;
    double worst = 0, worstBuffer = 0;
    int64_t values = 0, over = 0;
    size_t compared = 0;
    auto compare = [&](const std::string& name, const torch::Tensor& value) {
        const auto it = other.find(name);
        if (it == other.end()) {
            qWarning("%s is missing from %s", name.c_str(), qPrintable(b));
            return false;
        }
        if (!value.is_floating_point() || value.numel() == 0) return true;
        const auto difference = (value.to(torch::kFloat64) - it->second.to(torch::kFloat64)).abs();
        const double largest = difference.max().item<double>();
        worst = std::max(worst, largest);
        if (name.rfind("buffer:", 0) == 0) worstBuffer = std::max(worstBuffer, largest);
        values += difference.numel();
        over += (difference > 1e-5).sum().item<int64_t>();
        ++compared;
        return true;
    };
    for (const auto& p : first.named_parameters(true))
        if (!compare(p.name, p.value)) return out;
    for (const auto& p : first.named_buffers(true))
        if (p.name.rfind("metric_net.", 0) == 0 && !compare("buffer:" + p.name, p.value))
            return out;
    if (compared < 10) return out;  // not a checkpoint of a trained network
    out.largest = worst;
    out.largestBuffer = worstBuffer;
    out.shareOver1e5 = static_cast<double>(over) / static_cast<double>(values);
    return out;
}

/// The largest difference between two checkpoints (see compareCheckpoints).
double largestDifference(const QString& a, const QString& b) {
    return compareCheckpoints(a, b).largest;
}

/// run.json's world_sizes as (from_step, world_size) pairs.
QList<QPair<int, int>> worldSizes(const QString& run) {
    const QJsonObject json =
        QJsonDocument::fromJson(readFile(run + QStringLiteral("/run.json"))).object();
    QList<QPair<int, int>> sizes;
    for (const auto& entry : json.value(QStringLiteral("world_sizes")).toArray())
        sizes.append({entry.toObject().value(QStringLiteral("from_step")).toInt(),
                      entry.toObject().value(QStringLiteral("world_size")).toInt()});
    return sizes;
}

/// The step lines of a run's metrics.jsonl.
QList<QJsonObject> stepLines(const QString& run) {
    QList<QJsonObject> lines;
    for (const QByteArray& line : readFile(run + QStringLiteral("/metrics.jsonl")).split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("type")).toString() == QStringLiteral("step"))
            lines.append(object);
    }
    return lines;
}

double firstStepRealLoss(const QString& run) {
    for (const QJsonObject& line : stepLines(run))
        if (line.value(QStringLiteral("step")).toInt() == 1)
            return line.value(QStringLiteral("j_real")).toDouble(std::nan(""));
    return std::nan("");
}

QString newestCheckpoint(const QString& run) {
    const QStringList names =
        QDir(run + QStringLiteral("/checkpoints"))
            .entryList({QStringLiteral("step-*.pt")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : run + QStringLiteral("/checkpoints/") + names.last();
}

/// Rank `rank`'s process among the children of the launcher `parent` (its RANK variable).
qint64 rankProcess(qint64 parent, int rank) {
    const QString children =
        QString::fromLatin1(readFile(QStringLiteral("/proc/%1/task/%1/children").arg(parent)));
    for (const QString& pid : children.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QByteArray env = readFile(QStringLiteral("/proc/%1/environ").arg(pid));
        if (env.split('\0').contains("RANK=" + QByteArray::number(rank))) return pid.toLongLong();
    }
    return 0;
}

/// Starts a 2-rank triplet run with a checkpoint every 5 steps and the given rank timeout, and
/// waits for a checkpoint past step 0; returns rank 1's process id (0 if not found).
qint64 startTwoRanksPastACheckpoint(QProcess& launcher, const QString& run, int timeoutSeconds) {
    QStringList args = oneStep(QStringLiteral("triplet"), run);
    args << QStringLiteral("--set") << QStringLiteral("steps=100000") << QStringLiteral("--set")
         << QStringLiteral("checkpoint_every=5") << QStringLiteral("--nproc")
         << QStringLiteral("2");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRINDSTONE_DIST_TIMEOUT"), QString::number(timeoutSeconds));
    launcher.setProcessEnvironment(env);
    launcher.start(QStringLiteral(GRINDSTONE_CLI), args);
    if (!launcher.waitForStarted()) return 0;
    QElapsedTimer waited;
    waited.start();
    while (!newestCheckpoint(run).contains(QStringLiteral("step-00000005")) &&
           !newestCheckpoint(run).contains(QStringLiteral("step-0000001"))) {
        if (waited.elapsed() > 120000 || launcher.state() == QProcess::NotRunning) return 0;
        QTest::qWait(100);
    }
    return rankProcess(launcher.processId(), 1);
}

}  // namespace

class TestDistributed : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void oneStepOfNRanksEqualsOneProcessWithTheSameBatches_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("ranks");
        QTest::newRow("triplet, 2 ranks") << QStringLiteral("triplet") << 2;
        QTest::newRow("hdml, 2 ranks") << QStringLiteral("hdml") << 2;
        QTest::newRow("two-stage, 2 ranks") << QStringLiteral("two-stage") << 2;
        QTest::newRow("two-stage, 3 ranks") << QStringLiteral("two-stage") << 3;
    }
    void oneStepOfNRanksEqualsOneProcessWithTheSameBatches() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QFETCH(QString, method);
        QFETCH(int, ranks);
        const QString tag = method + QString::number(ranks);
        const QString single = m_dir.filePath(tag + QStringLiteral("-single"));
        const QString spread = m_dir.filePath(tag + QStringLiteral("-ranks"));
        // Plain generators: a fresh residual G2 on the sphere gives h = g up to rounding, and
        // the gradient of ||h - g|| then points where the rounding did, so three ranks' sum
        // taken in another order moves Adam's first step by up to the learning rate. Plain
        // generators keep the comparison about the reduction, not about that rounding.
        const QStringList plain = {QStringLiteral("--set"), QStringLiteral("generator_form=plain")};
        const Result one =
            runCli(oneStep(method, single) << plain << QStringLiteral("--set")
                                           << QStringLiteral("micro_batches=%1").arg(ranks));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const Result many = runCli(oneStep(method, spread)
                                   << plain << QStringLiteral("--nproc") << QString::number(ranks));
        QVERIFY2(many.exitCode == 0, qPrintable(many.err));
        QVERIFY2(many.err.contains(QStringLiteral("%1 local ranks").arg(ranks)),
                 qPrintable(many.err));
        // Rank 0 alone wrote the run, finished and evaluated.
        const QByteArray run = readFile(spread + QStringLiteral("/run.json"));
        QVERIFY2(run.contains("\"finished\"") && run.contains("final_metrics"), run.constData());
        QVERIFY(many.out.contains(QStringLiteral("final metrics (step 1")));
        const QByteArray log = readFile(spread + QStringLiteral("/metrics.jsonl"));
        QVERIFY2(log.contains(QByteArray("rank 0 of " + QByteArray::number(ranks) + " ranks")),
                 log.constData());
        const double difference =
            largestDifference(newestCheckpoint(single), newestCheckpoint(spread));
        QVERIFY2(difference <= 1e-5, qPrintable(QString::number(difference)));
        // And the step really used both batches: one batch alone trains other weights.
        const QString alone = m_dir.filePath(tag + QStringLiteral("-one-batch"));
        QCOMPARE(runCli(oneStep(method, alone) << plain).exitCode, 0);
        QVERIFY(largestDifference(newestCheckpoint(alone), newestCheckpoint(spread)) > 1e-4);
    }

    void ranksResumedOnRanksTrainAsIfNeverStopped() {
        GRINDSTONE_REQUIRE_GLYPHS();
        auto fourSteps = [&](const QString& out) {
            QStringList args = oneStep(QStringLiteral("two-stage"), out);
            args << QStringLiteral("--set") << QStringLiteral("steps=4") << QStringLiteral("--set")
                 << QStringLiteral("log_every=1") << QStringLiteral("--nproc")
                 << QStringLiteral("2");
            return args;
        };
        const QString straight = m_dir.filePath(QStringLiteral("straight"));
        const QString halves = m_dir.filePath(QStringLiteral("halves"));
        const Result whole = runCli(fourSteps(straight));
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
        const Result first =
            runCli(fourSteps(halves) << QStringLiteral("--until") << QStringLiteral("2"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Result second =
            runCli({QStringLiteral("resume"), halves, QStringLiteral("--steps"),
                    QStringLiteral("4"), QStringLiteral("--nproc"), QStringLiteral("2")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(second.err.contains(QStringLiteral("resuming on 2 local ranks")));
        QVERIFY(newestCheckpoint(halves).endsWith(QStringLiteral("step-00000004.pt")));
        const double difference =
            largestDifference(newestCheckpoint(straight), newestCheckpoint(halves));
        QVERIFY2(difference <= 1e-6, qPrintable(QString::number(difference)));
        // On record: the world size (unchanged by a resume on as many ranks) and each rank's
        // compute time at every logged step.
        QCOMPARE(worldSizes(halves), (QList<QPair<int, int>>{{0, 2}}));
        const QList<QJsonObject> steps = stepLines(straight);
        QVERIFY(!steps.isEmpty());
        for (const QJsonObject& line : steps)
            for (const char* key : {"rank_compute_seconds_0", "rank_compute_seconds_1"})
                QVERIFY2(line.value(QLatin1String(key)).toDouble() > 0, key);
        QVERIFY(!steps.front().contains(QStringLiteral("rank_compute_seconds_2")));
    }

    void aNonFiniteStepRollsEveryRankBackAsOneProcessDoes() {
        GRINDSTONE_REQUIRE_GLYPHS();
        // Step 4 goes non-finite once: every rank returns to the step-2 checkpoint with halved
        // generator learning rates and trains on, as one process with the same batches does.
        auto sixSteps = [&](const QString& out) {
            QStringList args = oneStep(QStringLiteral("two-stage"), out);
            args << QStringLiteral("--set") << QStringLiteral("steps=6") << QStringLiteral("--set")
                 << QStringLiteral("checkpoint_every=2");
            return args;
        };
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRINDSTONE_FAULT_NONFINITE_STEP"), QStringLiteral("4"));
        const QString single = m_dir.filePath(QStringLiteral("rollback-single"));
        const QString spread = m_dir.filePath(QStringLiteral("rollback-ranks"));
        const Result one = runCli(
            sixSteps(single) << QStringLiteral("--set") << QStringLiteral("micro_batches=2"), env);
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const Result many =
            runCli(sixSteps(spread) << QStringLiteral("--nproc") << QStringLiteral("2"), env);
        QVERIFY2(many.exitCode == 0, qPrintable(many.err));
        for (const QString& run : {single, spread}) {
            const QByteArray log = readFile(run + QStringLiteral("/metrics.jsonl"));
            QVERIFY2(log.contains("\"kind\":\"rollback\"") &&
                         log.contains("returned to step-00000002.pt"),
                     qPrintable(run));
            QVERIFY(readFile(run + QStringLiteral("/run.json")).contains("\"finished\""));
        }
        const double difference =
            largestDifference(newestCheckpoint(single), newestCheckpoint(spread));
        QVERIFY2(difference <= 1e-5, qPrintable(QString::number(difference)));
    }

    void syncedBatchNormOfNRanksEqualsOneProcessOverTheWholeStep_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("ranks");
        QTest::newRow("triplet, 2 ranks") << QStringLiteral("triplet") << 2;
        QTest::newRow("two-stage, 3 ranks") << QStringLiteral("two-stage") << 3;
    }
    void syncedBatchNormOfNRanksEqualsOneProcessOverTheWholeStep() {
        // One process normalises its N batches together; N ranks exchange the BatchNorm sums
        // forward and backward. Both add the same numbers in another order, so the step is the
        // same up to rounding, which Adam's first step can turn into a +-lr move of a weight
        // whose gradient is within rounding of zero: a few such values are allowed (0 of
        // triplet's 258,338 and 2 of two-stage's 2,258,278 when measured), the running
        // statistics and the first loss must agree.
        GRINDSTONE_REQUIRE_GLYPHS();
        QFETCH(QString, method);
        QFETCH(int, ranks);
        const QString tag = QStringLiteral("sync-") + method + QString::number(ranks);
        const QStringList synced{QStringLiteral("--set"), QStringLiteral("sync_batchnorm=true")};
        const QString single = m_dir.filePath(tag + QStringLiteral("-single"));
        const QString spread = m_dir.filePath(tag + QStringLiteral("-ranks"));
        const Result one =
            runCli(oneStep(method, single) << synced << QStringLiteral("--set")
                                           << QStringLiteral("micro_batches=%1").arg(ranks));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const Result many = runCli(oneStep(method, spread) << synced << QStringLiteral("--nproc")
                                                           << QString::number(ranks));
        QVERIFY2(many.exitCode == 0, qPrintable(many.err));
        const CheckpointDifference same =
            compareCheckpoints(newestCheckpoint(single), newestCheckpoint(spread));
        QVERIFY2(same.largestBuffer <= 1e-5, qPrintable(QString::number(same.largestBuffer)));
        QVERIFY2(same.shareOver1e5 <= 1e-4, qPrintable(QString::number(same.shareOver1e5)));
        QVERIFY(std::abs(firstStepRealLoss(single) - firstStepRealLoss(spread)) <=
                1e-5 * std::abs(firstStepRealLoss(single)));
        // Each rank's own statistics give another step: other running statistics, another
        // first loss, and many weights moved the other way (a tenth for triplet, measured).
        const QString own = m_dir.filePath(tag + QStringLiteral("-own-statistics"));
        const Result unsynced =
            runCli(oneStep(method, own) << QStringLiteral("--nproc") << QString::number(ranks));
        QVERIFY2(unsynced.exitCode == 0, qPrintable(unsynced.err));
        const CheckpointDifference other =
            compareCheckpoints(newestCheckpoint(own), newestCheckpoint(spread));
        QVERIFY2(other.largestBuffer > 1e-4, qPrintable(QString::number(other.largestBuffer)));
        QVERIFY2(other.shareOver1e5 > 1e-2, qPrintable(QString::number(other.shareOver1e5)));
        QVERIFY(std::abs(firstStepRealLoss(own) - firstStepRealLoss(spread)) >
                1e-3 * std::abs(firstStepRealLoss(spread)));
    }

    void aKilledRankStopsTheOthersAndLeavesAResumableRun() {
        GRINDSTONE_REQUIRE_GLYPHS();
        const QString run = m_dir.filePath(QStringLiteral("killed"));
        QProcess launcher;
        const qint64 rank1 = startTwoRanksPastACheckpoint(launcher, run, 60);
        QVERIFY(rank1 > 0);
        // Rank 1 dies without warning.
        QCOMPARE(::kill(static_cast<pid_t>(rank1), SIGKILL), 0);
        QVERIFY(launcher.waitForFinished(120000));
        const QString err = QString::fromUtf8(launcher.readAllStandardError());
        QCOMPARE(launcher.exitCode(), 5);
        QVERIFY2(err.contains(QStringLiteral("rank 0 of 2 lost the other ranks")), qPrintable(err));
        QVERIFY(readFile(run + QStringLiteral("/run.json")).contains("\"crashed\""));
        // The newest checkpoint reads: resume (one process) continues the run to its end.
        const Result resumed = runCli(
            {QStringLiteral("resume"), run, QStringLiteral("--steps"), QStringLiteral("12")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(readFile(run + QStringLiteral("/run.json")).contains("\"finished\""));
        // The resume in one process is on record after the two ranks' steps.
        const QList<QPair<int, int>> sizes = worldSizes(run);
        QCOMPARE(sizes.size(), 2);
        QCOMPARE(sizes[0], (QPair<int, int>{0, 2}));
        QVERIFY(sizes[1].first >= 5);
        QCOMPARE(sizes[1].second, 1);
    }

    void aHungRankStopsTheOthersWithinTheTimeout() {
        GRINDSTONE_REQUIRE_GLYPHS();
        const QString run = m_dir.filePath(QStringLiteral("hung"));
        QProcess launcher;
        const qint64 rank1 = startTwoRanksPastACheckpoint(launcher, run, 10);
        QVERIFY(rank1 > 0);
        // Rank 1 stops answering but stays alive.
        QCOMPARE(::kill(static_cast<pid_t>(rank1), SIGSTOP), 0);
        QVERIFY(launcher.waitForFinished(120000));
        const QString err = QString::fromUtf8(launcher.readAllStandardError());
        QCOMPARE(launcher.exitCode(), 5);
        QVERIFY2(err.contains(QStringLiteral("rank 0 of 2 lost the other ranks")) &&
                     err.contains(QStringLiteral("did not answer within 10 s")),
                 qPrintable(err));
        // The launcher ends the hung rank a timeout after rank 0 gave up.
        QVERIFY2(err.contains(QStringLiteral("rank 1 of 2 did not end 10 s after a rank failed")),
                 qPrintable(err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1/status").arg(rank1)));
        QVERIFY(readFile(run + QStringLiteral("/run.json")).contains("\"crashed\""));
        QVERIFY(!newestCheckpoint(run).isEmpty());
    }

    void badLaunchesAreRefused_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--nproc 0") << QStringList{QStringLiteral("--nproc"), QStringLiteral("0")}
                                   << QStringList{} << "--nproc: '0' is not from 1 to 64";
        QTest::newRow("--nproc text")
            << QStringList{QStringLiteral("--nproc"), QStringLiteral("two")} << QStringList{}
            << "--nproc";
        QTest::newRow("--nproc under a launcher")
            << QStringList{QStringLiteral("--nproc"), QStringLiteral("2")}
            << QStringList{QStringLiteral("WORLD_SIZE=2"), QStringLiteral("RANK=0"),
                           QStringLiteral("MASTER_ADDR=127.0.0.1"),
                           QStringLiteral("MASTER_PORT=29999")}
            << "leave it out when a launcher sets WORLD_SIZE";
        QTest::newRow("rank past the world")
            << QStringList{}
            << QStringList{QStringLiteral("WORLD_SIZE=2"), QStringLiteral("RANK=2"),
                           QStringLiteral("MASTER_ADDR=127.0.0.1"),
                           QStringLiteral("MASTER_PORT=29999")}
            << "RANK='2' is not an integer from 0 to 1";
        QTest::newRow("no master address")
            << QStringList{}
            << QStringList{QStringLiteral("WORLD_SIZE=2"), QStringLiteral("RANK=0"),
                           QStringLiteral("MASTER_PORT=29999")}
            << "MASTER_ADDR is not set";
        QTest::newRow("no port") << QStringList{}
                                 << QStringList{QStringLiteral("WORLD_SIZE=2"),
                                                QStringLiteral("RANK=1"),
                                                QStringLiteral("MASTER_ADDR=127.0.0.1")}
                                 << "MASTER_PORT is not set";
    }
    void badLaunchesAreRefused() {
        QFETCH(QStringList, extra);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        auto env = QProcessEnvironment::systemEnvironment();
        for (const QString& entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        const Result r = runCli(oneStep(QStringLiteral("triplet"), out) + extra, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));  // nothing written
    }

    void aPortInUseFailsFastWithTheAddress() {
        GRINDSTONE_REQUIRE_GLYPHS();
        // A loopback port this test listens on.
        const int socketFd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(address);
        QVERIFY(::bind(socketFd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        QVERIFY(::listen(socketFd, 1) == 0);
        QVERIFY(::getsockname(socketFd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const int port = ntohs(address.sin_port);
        const QString out = m_dir.filePath(QStringLiteral("port-in-use"));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        env.insert(QStringLiteral("RANK"), QStringLiteral("0"));
        env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        env.insert(QStringLiteral("GRINDSTONE_DIST_TIMEOUT"), QStringLiteral("30"));
        const Result r = runCli(oneStep(QStringLiteral("triplet"), out), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(
                     QStringLiteral("could not join the process group at 127.0.0.1:%1").arg(port)),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        ::close(socketFd);
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
