// grindstone-cli tune as a user drives it: a tiny search with successive halving whose trials
// never see the test classes, run again to continue without retraining, best.json taken by
// train and bench --tuned, and bad arguments refused with exit code 2 before anything is
// written.
#include <signal.h>

#include <cmath>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "sessions/SessionTestSupport.h"

using namespace sessiontest;

namespace {

/// 4 triplet settings, halving by 2 from 5 to 20 steps; validation classes 22-30 carved from
/// the training characters 0-30.
QStringList tuneArgs(const QString& out) {
    return {QStringLiteral("tune"),
            QStringLiteral("--set"),
            QStringLiteral("dataset=") + glyphs(),
            QStringLiteral("--set"),
            QStringLiteral("method=triplet"),
            QStringLiteral("--set"),
            QStringLiteral("threads=1"),
            QStringLiteral("--set"),
            QStringLiteral("validation_classes=22-30"),
            QStringLiteral("--trials"),
            QStringLiteral("4"),
            QStringLiteral("--budget"),
            QStringLiteral("20"),
            QStringLiteral("--eta"),
            QStringLiteral("2"),
            QStringLiteral("--min-steps"),
            QStringLiteral("5"),
            QStringLiteral("--out"),
            out};
}

/// The steps of a trial's final evaluations (one per rung it reached).
QList<int> rungEvaluations(const QString& trial) {
    QList<int> steps;
    for (const QJsonObject& r : logRecords(trial))
        if (r.value(QStringLiteral("type")).toString() == QStringLiteral("evaluation") &&
            r.value(QStringLiteral("final")).toBool())
            steps << r.value(QStringLiteral("step")).toInt();
    return steps;
}

}  // namespace

class TestTuneCli : public QObject {
    Q_OBJECT
    QString m_trials;  // the trials table of the uninterrupted search

private Q_SLOTS:
    void tinySearchHalvesAndContinues() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("search"));
        const Result first = runCli(tuneArgs(out));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(
                     QStringLiteral("4 trials to 5 steps, 2 trials to 10 steps, 1 trials to 20")),
                 qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("best setting (map_at_r ")));

        // Halving: every trial evaluated at 5 steps, two of them at 10, one at 20.
        int at10 = 0, at20 = 0;
        for (int i = 1; i <= 4; ++i) {
            const QString trial = out + QStringLiteral("/trial-00%1").arg(i);
            const QList<int> rungs = rungEvaluations(trial);
            QVERIFY2(rungs.contains(5), qPrintable(trial));
            at10 += rungs.contains(10);
            at20 += rungs.contains(20);
            // Trained without the validation classes and evaluated on them: the test
            // characters 31-61 are never touched.
            const QJsonObject config = readJson(trial + QStringLiteral("/config.json"));
            QCOMPARE(config.value(QStringLiteral("train_classes")).toString(),
                     QStringLiteral("0-21"));
            QCOMPARE(config.value(QStringLiteral("test_classes")).toString(),
                     QStringLiteral("22-30"));
            QCOMPARE(config.value(QStringLiteral("steps")).toInt(), 20);  // the full schedule
        }
        QCOMPARE(at10, 2);
        QCOMPARE(at20, 1);
        // The first trial is the config's setting, here the defaults: where the search
        // started competes with its quasi-random points.
        const QJsonObject startConfig = readJson(out + QStringLiteral("/trial-001/config.json"));
        QCOMPARE(startConfig.value(QStringLiteral("lr_metric")).toDouble(), 1e-3);
        QCOMPARE(startConfig.value(QStringLiteral("normalize")).toBool(), true);
        QCOMPARE(startConfig.value(QStringLiteral("metric_margin")).toDouble(), 1.0);
        QVERIFY(readJson(out + QStringLiteral("/tune.json"))
                    .contains(QStringLiteral("starting_settings")));

        // best.json: the base options (the original split) with the best setting.
        const QJsonObject best = readJson(out + QStringLiteral("/best.json"));
        QCOMPARE(best.value(QStringLiteral("validation_classes")).toString(),
                 QStringLiteral("22-30"));
        QCOMPARE(best.value(QStringLiteral("test_classes")).toString(),
                 QStringLiteral("second-half"));
        QCOMPARE(best.value(QStringLiteral("steps")).toInt(), 20);
        const QString report = QString::fromUtf8(readFile(out + QStringLiteral("/report.md")));
        for (const char* part : {"## Best setting", "## Sensitivity", "`lr_metric`",
                                 "`metric_margin`", "## Trials", "MAP@R @20"})
            QVERIFY2(report.contains(QLatin1String(part)), part);

        // Run again: nothing is trained again, the answer is the same.
        QMap<QString, QByteArray> logs;
        for (int i = 1; i <= 4; ++i)
            logs[QString::number(i)] =
                readFile(out + QStringLiteral("/trial-00%1/metrics.jsonl").arg(i));
        const Result again = runCli(tuneArgs(out));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out, first.out);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(readFile(out + QStringLiteral("/trial-00%1/metrics.jsonl").arg(i)),
                     logs[QString::number(i)]);

        // --parallel 2: the trials as processes of their own, two at a time; the same
        // trials, figures and answer.
        const QString parallelOut = dir.filePath(QStringLiteral("parallel"));
        const Result parallel =
            runCli(tuneArgs(parallelOut) << QStringLiteral("--parallel") << QStringLiteral("2"));
        QVERIFY2(parallel.exitCode == 0, qPrintable(parallel.err));
        QCOMPARE(parallel.out.section(QLatin1Char('\n'), 0, 1),
                 first.out.section(QLatin1Char('\n'), 0, 1));  // best setting and sensitivity
        const auto trialsTable = [](const QString& folder) {
            const QString report =
                QString::fromUtf8(readFile(folder + QStringLiteral("/report.md")));
            return report.mid(report.indexOf(QStringLiteral("## Trials")));
        };
        QCOMPARE(trialsTable(parallelOut), trialsTable(out));
        m_trials = trialsTable(out);
        QVERIFY(QFile::exists(parallelOut + QStringLiteral("/trial-001.log")));

        // --no-starting-settings: quasi-random points only, and a search of its own.
        const QString randomOut = dir.filePath(QStringLiteral("random"));
        QStringList randomOnly = tuneArgs(randomOut) << QStringLiteral("--no-starting-settings");
        randomOnly[randomOnly.indexOf(QStringLiteral("--trials")) + 1] = QStringLiteral("1");
        randomOnly[randomOnly.indexOf(QStringLiteral("--budget")) + 1] = QStringLiteral("5");
        const Result random = runCli(randomOnly);
        QVERIFY2(random.exitCode == 0, qPrintable(random.err));
        QVERIFY(!readJson(randomOut + QStringLiteral("/tune.json"))
                     .contains(QStringLiteral("starting_settings")));
        QVERIFY(readJson(randomOut + QStringLiteral("/trial-001/config.json"))
                    .value(QStringLiteral("metric_margin"))
                    .toDouble() != 1.0);

        // The same folder with another search is refused, nothing touched.
        QStringList other = tuneArgs(out);
        other[other.indexOf(QStringLiteral("--trials")) + 1] = QStringLiteral("5");
        const Result refused = runCli(other);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("holds a search with other settings")),
                 qPrintable(refused.err));
        QVERIFY(!QDir(out + QStringLiteral("/trial-005")).exists());

        // best.json is a config train takes.
        const Result train = runCli({QStringLiteral("train"), QStringLiteral("--config"),
                                     out + QStringLiteral("/best.json"), QStringLiteral("--set"),
                                     QStringLiteral("steps=1"), QStringLiteral("--set"),
                                     QStringLiteral("eval_max_images=50"), QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("best-run"))});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));

        // bench --tuned: the method the search tuned trains with what it found.
        const QString bench = dir.filePath(QStringLiteral("bench"));
        const Result benched = runCli({QStringLiteral("bench"),
                                       QStringLiteral("--set"),
                                       QStringLiteral("dataset=") + glyphs(),
                                       QStringLiteral("--set"),
                                       QStringLiteral("test_classes=52-61"),
                                       QStringLiteral("--set"),
                                       QStringLiteral("eval_every=0"),
                                       QStringLiteral("--set"),
                                       QStringLiteral("snapshot_every=0"),
                                       QStringLiteral("--methods"),
                                       QStringLiteral("triplet"),
                                       QStringLiteral("--miners"),
                                       QStringLiteral("random"),
                                       QStringLiteral("--seeds"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--steps"),
                                       QStringLiteral("2"),
                                       QStringLiteral("--tuned"),
                                       out,
                                       QStringLiteral("--out"),
                                       bench});
        QVERIFY2(benched.exitCode == 0, qPrintable(benched.err));
        const QJsonObject benchConfig =
            readJson(bench + QStringLiteral("/triplet_random_seed1/config.json"));
        for (const char* key : {"lr_metric", "normalize", "metric_margin"})
            QCOMPARE(benchConfig.value(QLatin1String(key)), best.value(QLatin1String(key)));
        const Result noSearch =
            runCli({QStringLiteral("bench"), QStringLiteral("--tuned"), dir.path(),
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("bench2"))});
        QCOMPARE(noSearch.exitCode, 2);
        QVERIFY2(noSearch.err.contains(QStringLiteral("holds no search")),
                 qPrintable(noSearch.err));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("bench2"))).exists());
    }

    void badArgumentsAreRefusedBeforeAnythingIsWritten_data() {
        QTest::addColumn<QStringList>("change");  // replaces or adds arguments
        QTest::addColumn<QString>("message");
        QTest::newRow("no validation classes")
            << QStringList{QStringLiteral("--set"), QStringLiteral("validation_classes=")}
            << "never on the test classes";
        QTest::newRow("unknown metric")
            << QStringList{QStringLiteral("--metric"), QStringLiteral("accuracy")}
            << "no metric 'accuracy'";
        QTest::newRow("missing space file")
            << QStringList{QStringLiteral("--space"), QStringLiteral("/nonexistent/space.json")}
            << "cannot read '/nonexistent/space.json'";
        QTest::newRow("eta of 1") << QStringList{QStringLiteral("--eta"), QStringLiteral("1")}
                                  << "eta must be at least 2";
        QTest::newRow("no trials")
            << QStringList{QStringLiteral("--trials"), QStringLiteral("0")} << "at least one trial";
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--fast")} << "--fast";
        QTest::newRow("unknown sampler")
            << QStringList{QStringLiteral("--sampler"), QStringLiteral("random")}
            << "'random' is not a sampler (parzen, quasi-random)";
        QTest::newRow("no folds") << QStringList{QStringLiteral("--folds"), QStringLiteral("0")}
                                  << "not a number of folds from 1 to 100";
        // 3 more folds of the 9 validation classes need 27 of the 22 training classes.
        QTest::newRow("folds beyond the training classes")
            << QStringList{QStringLiteral("--folds"), QStringLiteral("4")}
            << "4 validation folds of 9 classes need 27 training classes besides the "
               "validation ones (there are 22)";
    }
    void badArgumentsAreRefusedBeforeAnythingIsWritten() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QFETCH(QStringList, change);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("search"));
        QStringList args = tuneArgs(out);
        const int at = args.indexOf(change.front());
        if (change.front() != QStringLiteral("--set") && at >= 0 && change.size() == 2)
            args[at + 1] = change[1];
        else
            args << change;
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QDir(out).exists(), "the search folder was created");
    }

    void parzenEstimatorProposesTheLaterTrials() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        // 8 triplet settings at 5 steps, one rung: the starting setting and 4 quasi-random
        // points (three knobs: at least 5 placed), then 3 proposed from their results.
        const auto search = [&](const QString& name, const QStringList& extra) {
            const QString out = dir.filePath(name);
            QStringList args = tuneArgs(out) << extra;
            args[args.indexOf(QStringLiteral("--trials")) + 1] = QStringLiteral("8");
            args[args.indexOf(QStringLiteral("--budget")) + 1] = QStringLiteral("5");
            const Result r = runCli(args);
            if (r.exitCode != 0) qWarning("%s", qPrintable(r.err));
            return r.exitCode == 0 ? out : QString();
        };
        const QStringList parzenArgs{QStringLiteral("--sampler"), QStringLiteral("parzen")};
        const QString parzen = search(QStringLiteral("parzen"), parzenArgs);
        const QString random = search(QStringLiteral("random"), {});  // the default sampler
        QVERIFY(!parzen.isEmpty() && !random.isEmpty());
        QCOMPARE(readJson(parzen + QStringLiteral("/tune.json"))
                     .value(QStringLiteral("sampler"))
                     .toString(),
                 QStringLiteral("parzen"));
        QVERIFY(
            !readJson(random + QStringLiteral("/tune.json")).contains(QStringLiteral("sampler")));
        const auto setting = [](const QString& search, int trial) {
            const QJsonObject c =
                readJson(search + QStringLiteral("/trial-00%1/config.json").arg(trial));
            return QStringList{c.value(QStringLiteral("lr_metric")).toVariant().toString(),
                               c.value(QStringLiteral("normalize")).toVariant().toString(),
                               c.value(QStringLiteral("metric_margin")).toVariant().toString()};
        };
        for (int trial = 1; trial <= 5; ++trial)
            QCOMPARE(setting(parzen, trial), setting(random, trial));
        for (int trial = 6; trial <= 8; ++trial)
            QVERIFY2(setting(parzen, trial) != setting(random, trial),
                     qPrintable(setting(parzen, trial).join(QLatin1Char(' '))));
        const QString report = QString::fromUtf8(readFile(parzen + QStringLiteral("/report.md")));
        QVERIFY2(report.contains(QStringLiteral(
                     "up to trial 5, the last 3 proposed by a Parzen estimator (TPE)")),
                 qPrintable(report.left(800)));
        // The sensitivity rests on the 5 trials spread over the space, not the proposals.
        QVERIFY2(report.contains(QStringLiteral("Over the 5 trials at 5 steps placed ahead")),
                 qPrintable(report));
        // Run again: the proposed trials are read back from their folders, nothing retrained.
        const QByteArray log = readFile(parzen + QStringLiteral("/trial-008/metrics.jsonl"));
        QCOMPARE(search(QStringLiteral("parzen"), parzenArgs), parzen);
        QCOMPARE(readFile(parzen + QStringLiteral("/trial-008/metrics.jsonl")), log);

        // A proposed trial's folder gone and another trial's config edited outside the space:
        // the next proposal is refused, naming that trial, and nothing is trained or removed.
        QVERIFY(QDir(parzen + QStringLiteral("/trial-008")).removeRecursively());
        const QString edited = parzen + QStringLiteral("/trial-006/config.json");
        QJsonObject config = readJson(edited);
        config[QStringLiteral("lr_metric")] = 0.5;
        QFile file(edited);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(config).toJson());
        file.close();
        QStringList args = tuneArgs(parzen) << parzenArgs;
        args[args.indexOf(QStringLiteral("--trials")) + 1] = QStringLiteral("8");
        args[args.indexOf(QStringLiteral("--budget")) + 1] = QStringLiteral("5");
        const Result refused = runCli(args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(QStringLiteral("trial-006: its setting is not of this search")),
            qPrintable(refused.err));
        QVERIFY(!QDir(parzen + QStringLiteral("/trial-008")).exists());
        QVERIFY(QFile::exists(parzen + QStringLiteral("/trial-006/metrics.jsonl")));
    }

    void lastRungRanksByTheMeanOverFolds() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("search"));
        const QStringList args = tuneArgs(out) << QStringLiteral("--folds") << QStringLiteral("2");
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("each of the last on 2 validation folds")),
                 qPrintable(r.err));

        // Only the finalist (the one trial of the last rung) has a second fold: the next 9
        // training characters held out instead, with the next seed, trained to the budget.
        QStringList secondFolds;
        QString finalist;
        for (int i = 1; i <= 4; ++i) {
            const QString trial = out + QStringLiteral("/trial-00%1").arg(i);
            if (QDir(trial + QStringLiteral("-fold2")).exists()) secondFolds << trial;
            if (rungEvaluations(trial).contains(20)) finalist = trial;
        }
        QCOMPARE(secondFolds, QStringList{finalist});
        const QString fold2 = finalist + QStringLiteral("-fold2");
        const QJsonObject config = readJson(fold2 + QStringLiteral("/config.json"));
        QCOMPARE(config.value(QStringLiteral("train_classes")).toString(),
                 QStringLiteral("0-12,22-30"));
        QCOMPARE(config.value(QStringLiteral("test_classes")).toString(), QStringLiteral("13-21"));
        QCOMPARE(config.value(QStringLiteral("seed")).toInt(), 2);
        QCOMPARE(rungEvaluations(fold2), QList<int>{20});

        // The objective there is the mean of the two folds' final MAP@R.
        const auto finalMapAtR = [](const QString& run) {
            double value = NAN;
            for (const QJsonObject& rec : logRecords(run))
                if (rec.value(QStringLiteral("final")).toBool() &&
                    rec.value(QStringLiteral("step")).toInt() == 20)
                    value = rec.value(QStringLiteral("metrics"))
                                .toObject()
                                .value(QStringLiteral("map_at_r"))
                                .toDouble();
            return value;
        };
        const double a = finalMapAtR(finalist), b = finalMapAtR(fold2);
        QVERIFY(std::isfinite(a) && std::isfinite(b));
        const QString printed =
            QStringLiteral("map_at_r %1 on the validation classes, mean of 2 folds")
                .arg(100 * ((a + b) / 2), 0, 'g', 6);
        QVERIFY2(r.out.contains(printed), qPrintable(r.out + QStringLiteral(" / ") + printed));
        const QString report = QString::fromUtf8(readFile(out + QStringLiteral("/report.md")));
        for (const QString& part :
             {QStringLiteral("fold 2 validation classes 13-21"), QStringLiteral("@20 (mean)"),
              QStringLiteral("%1 / %2").arg(100 * a, 0, 'f', 2).arg(100 * b, 0, 'f', 2)})
            QVERIFY2(report.contains(part), qPrintable(part));

        // Run again: nothing trains again, the same answer.
        const QByteArray log = readFile(fold2 + QStringLiteral("/metrics.jsonl"));
        const Result again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out, r.out);
        QCOMPARE(readFile(fold2 + QStringLiteral("/metrics.jsonl")), log);
    }

    void interruptedParallelSearchContinues() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QVERIFY2(!m_trials.isEmpty(), "runs after tinySearchHalvesAndContinues");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("search"));
        const QStringList args = tuneArgs(out)
                                 << QStringLiteral("--parallel") << QStringLiteral("2");
        // SIGINT to the search alone (as a service manager would send SIGTERM): it passes the
        // stop on to its trials, which checkpoint, and it says how to continue.
        QProcess first;
        first.start(QStringLiteral(GRINDSTONE_CLI), args);
        QVERIFY(first.waitForStarted());
        bool signalled = false;
        while (first.state() != QProcess::NotRunning) {
            first.waitForFinished(50);
            if (!signalled && QFile::exists(out + QStringLiteral("/trial-003/run.json"))) {
                ::kill(static_cast<pid_t>(first.processId()), SIGINT);
                signalled = true;
            }
        }
        const QString err = QString::fromUtf8(first.readAllStandardError());
        QVERIFY2(signalled, qPrintable(err));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QVERIFY2(first.exitCode() == 3, qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("run the same command again to continue")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/best.json")));

        const Result again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QString report = QString::fromUtf8(readFile(out + QStringLiteral("/report.md")));
        QCOMPARE(report.mid(report.indexOf(QStringLiteral("## Trials"))), m_trials);
    }

    void trainUntilOutsideTheStepsIsRefused() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        for (const char* until : {"0", "21", "ten"}) {
            const Result r =
                runCli({QStringLiteral("train"), QStringLiteral("--set"),
                        QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
                        QStringLiteral("steps=20"), QStringLiteral("--until"), QLatin1String(until),
                        QStringLiteral("--out"), dir.filePath(QStringLiteral("run"))});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("--until")), qPrintable(r.err));
            QVERIFY(!QDir(dir.filePath(QStringLiteral("run"))).exists());
        }
    }

    void badSpaceFileIsNamed() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString space = dir.filePath(QStringLiteral("space.json"));
        QFile f(space);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"lr_metric\": {\"log\": [0, 1e-2]}}");
        f.close();
        const Result r = runCli(tuneArgs(dir.filePath(QStringLiteral("search")))
                                << QStringLiteral("--space") << space);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(space) && r.err.contains(QStringLiteral("lr_metric")) &&
                     r.err.contains(QStringLiteral("above 0")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTuneCli)
#include "tst_tune_cli.moc"
