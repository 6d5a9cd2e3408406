// grindstone-cli as other tools script it: exit codes, messages that name what is wrong,
// nothing written or lost on bad input, eval --json's keys and export's refusals.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include "TestSupport.h"

namespace {

using Result = grindstone::test::ProcessResult;

Result runCli(const QStringList& args) {
    return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI), args);
}

QString glyphs() {
    return grindstone::test::glyphsFolder();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_shared;
    QString m_tinyRun;

    /// A two-step glyph run with a snapshot and probe batch at every step, trained once for the
    /// tests that only read runs (callers check that the glyph benchmark is there first).
    QString tinyGlyphRun() {
        if (!m_tinyRun.isEmpty()) return m_tinyRun;
        const QString run = m_shared.filePath(QStringLiteral("tiny"));
        const Result train =
            runCli({QStringLiteral("train"), QStringLiteral("--set"),
                    QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
                    QStringLiteral("steps=2"), QStringLiteral("--set"),
                    QStringLiteral("snapshot_every=1"), QStringLiteral("--set"),
                    QStringLiteral("snapshot_size=40"), QStringLiteral("--out"), run});
        if (train.exitCode != 0) qFatal("training the tiny run failed: %s", qPrintable(train.err));
        return m_tinyRun = run;
    }
private Q_SLOTS:
    void badInputIsRefusedWithAClearMessage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << "usage";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("trian")} << "unknown command 'trian'";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("train"), QStringLiteral("--set"),
                           QStringLiteral("stepz=5")}
            << "unknown option 'stepz'";
        QTest::newRow("bad value") << QStringList{QStringLiteral("train"), QStringLiteral("--set"),
                                                  QStringLiteral("miner=hardest")}
                                   << "one of: random, semihard, batch-hard, distance-weighted";
        QTest::newRow("set without =")
            << QStringList{QStringLiteral("train"), QStringLiteral("--set"),
                           QStringLiteral("steps")}
            << "KEY=VALUE";
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("train"), QStringLiteral("--config"),
                           QStringLiteral("/no/such.json")}
            << "/no/such.json";
        QTest::newRow("missing dataset")
            << QStringList{QStringLiteral("train"), QStringLiteral("--set"),
                           QStringLiteral("dataset=/no/data")}
            << "/no/data";
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("train"), QStringLiteral("extra")}
            << "does not take 'extra'";
        QTest::newRow("eval without run")
            << QStringList{QStringLiteral("eval")} << "eval needs a run folder";
        QTest::newRow("eval not a run")
            << QStringList{QStringLiteral("eval"), QStringLiteral("/tmp")}
            << "is not a Grindstone run";
    }
    void badInputIsRefusedWithAClearMessage() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("internal error")), qPrintable(r.err));
    }

    void badConfigFileNamesFileAndKey() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"steps": 10, "embedding_dim": "big"})");
        f.close();
        const Result r = runCli({QStringLiteral("train"), QStringLiteral("--config"), path,
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("run"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("embedding_dim")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("run"))));
    }

    void optionsJsonListsTheTable() {
        const Result r = runCli({QStringLiteral("options"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto options = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QStringList names;
        for (const auto& o : options)
            names << o.toObject().value(QStringLiteral("name")).toString();
        for (const char* key :
             {"method", "miner", "steps", "seed", "embedding_dim", "dataset", "threads"})
            QVERIFY2(names.contains(QLatin1String(key)), key);
    }

    void trainThenEvalJson() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        const Result train = runCli(
            {QStringLiteral("train"), QStringLiteral("--set"),
             QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
             QStringLiteral("steps=6"), QStringLiteral("--set"), QStringLiteral("eval_every=0"),
             QStringLiteral("--set"), QStringLiteral("snapshot_every=3"), QStringLiteral("--set"),
             QStringLiteral("validation_classes=25-30"), QStringLiteral("--out"), run});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        QVERIFY(train.out.contains(QStringLiteral("final metrics")));
        // Verification on the test classes, and a threshold chosen on the validation classes.
        QVERIFY2(train.out.contains(QStringLiteral("verification on the test classes: ")),
                 qPrintable(train.out));
        QVERIFY(
            train.out.contains(QStringLiteral("threshold for FAR 0.001, chosen on the "
                                              "validation classes")));
        QVERIFY(train.err.contains(QStringLiteral("step 6/6")));  // plain progress lines, not a tty
        const auto status =
            QJsonDocument::fromJson(readFile(run + QStringLiteral("/run.json"))).object();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));

        const Result eval = runCli({QStringLiteral("eval"), run, QStringLiteral("--json")});
        QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
        const auto metrics = QJsonDocument::fromJson(eval.out.toUtf8()).object();
        for (const char* key : {"recall_at_1", "recall_at_2", "recall_at_4", "recall_at_8", "nmi",
                                "f1", "map_at_r", "r_precision"}) {
            QVERIFY2(metrics.contains(QLatin1String(key)), key);
            const double v = metrics.value(QLatin1String(key)).toDouble(-1);
            QVERIFY2(v >= 0 && v <= 1, key);
        }
        // The same final numbers as training reported.
        QCOMPARE(metrics.value(QStringLiteral("recall_at_1")).toDouble(),
                 status.value(QStringLiteral("final_metrics"))
                     .toObject()
                     .value(QStringLiteral("recall_at_1"))
                     .toDouble());
        // Verification: the same figures as the run stored, the threshold's FAR on the
        // validation pairs at most its target, every rate a rate.
        const QJsonObject verification = metrics.value(QStringLiteral("verification")).toObject();
        const QJsonObject stored = status.value(QStringLiteral("final_verification")).toObject();
        QVERIFY(!stored.isEmpty());
        for (const char* key : {"auc", "equal_error_rate", "positive_pairs", "negative_pairs"})
            QCOMPARE(verification.value(QLatin1String(key)).toDouble(),
                     stored.value(QLatin1String(key)).toDouble(-1));
        const double auc = verification.value(QStringLiteral("auc")).toDouble(-1);
        QVERIFY(auc > 0.5 && auc <= 1);
        QCOMPARE(verification.value(QStringLiteral("negative_pairs")).toDouble(), 1e6);
        const QJsonObject threshold = stored.value(QStringLiteral("threshold")).toObject();
        QCOMPARE(threshold.value(QStringLiteral("target_far")).toDouble(), 1e-3);
        QVERIFY(threshold.value(QStringLiteral("validation"))
                    .toObject()
                    .value(QStringLiteral("false_accept_rate"))
                    .toDouble(1) <= 1e-3);
        const double testFar = threshold.value(QStringLiteral("test"))
                                   .toObject()
                                   .value(QStringLiteral("false_accept_rate"))
                                   .toDouble(-1);
        QVERIFY(testFar >= 0 && testFar <= 1);
        QVERIFY(stored.value(QStringLiteral("roc"))
                    .toObject()
                    .value(QStringLiteral("far"))
                    .toArray()
                    .size() <= 400);

        // Training into an existing run is refused and leaves it untouched.
        const QByteArray before = readFile(run + QStringLiteral("/metrics.jsonl"));
        const Result again =
            runCli({QStringLiteral("train"), QStringLiteral("--set"),
                    QStringLiteral("dataset=") + glyphs(), QStringLiteral("--out"), run});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a run")), qPrintable(again.err));
        QCOMPARE(readFile(run + QStringLiteral("/metrics.jsonl")), before);
    }

    void exportWritesFilesAndRefusesBadInput() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir ws;
        auto at = [&](const char* rel) { return ws.filePath(QLatin1String(rel)); };
        const QString run = at("good");
        const Result train =
            runCli({QStringLiteral("train"), QStringLiteral("--set"),
                    QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
                    QStringLiteral("steps=2"), QStringLiteral("--set"),
                    QStringLiteral("snapshot_every=1"), QStringLiteral("--set"),
                    QStringLiteral("snapshot_size=30"), QStringLiteral("--out"), run});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));

        const Result ok =
            runCli({QStringLiteral("export"), run, QStringLiteral("--torchscript"),
                    at("out/model.pt"), QStringLiteral("--projector"), at("out/projector")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("torchscript: ")) &&
                     ok.out.contains(QStringLiteral("projector: ")) &&
                     ok.out.contains(QStringLiteral("(pixel / 255 - 0.5) / 0.25")),
                 qPrintable(ok.out));
        QVERIFY(QFileInfo::exists(at("out/model.pt")));
        for (const char* f :
             {"tensors.tsv", "metadata.tsv", "sprite.png", "projector_config.pbtxt"})
            QVERIFY2(QFileInfo::exists(at("out/projector/") + QLatin1String(f)), f);

        // Damaged copies of the run, one fault each.
        auto copyRun = [&](const QString& to) {
            std::filesystem::copy(run.toStdString(), to.toStdString(),
                                  std::filesystem::copy_options::recursive);
        };
        auto truncate = [&](const QString& path) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        };
        QDir().mkpath(at("notes"));
        QDir().mkpath(at("nockpt"));
        QFile::copy(run + QStringLiteral("/config.json"), at("nockpt/config.json"));
        QFile::copy(run + QStringLiteral("/run.json"), at("nockpt/run.json"));
        copyRun(at("torn"));
        const QString tornCheckpoint = at("torn/checkpoints/step-00000002.pt");
        truncate(tornCheckpoint);
        copyRun(at("tornsnap"));
        const QString tornSidecar = at("tornsnap/snapshots/step-00000002.json");
        truncate(tornSidecar);
        QFile file(at("afile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        const QString model = at("bad/model.pt"), projector = at("bad/projector");
        const QString ts = QStringLiteral("--torchscript"), pj = QStringLiteral("--projector");
        struct Case {
            const char* name;
            QStringList args;
            QStringList expected;
        };
        const QList<Case> cases = {
            {"missing run folder",
             {at("none"), ts, model},
             {at("none"), QStringLiteral("not a folder")}},
            {"not a run",
             {at("notes"), ts, model},
             {at("notes"), QStringLiteral("not a Grindstone run")}},
            {"no checkpoint",
             {at("nockpt"), ts, model},
             {at("nockpt/checkpoints"), QStringLiteral("no checkpoint")}},
            {"damaged checkpoint",
             {at("torn"), ts, model},
             {tornCheckpoint, QStringLiteral("cannot be read")}},
            {"unknown checkpoint step",
             {run, QStringLiteral("--step"), QStringLiteral("99"), ts, model},
             {run + QStringLiteral("/checkpoints/step-00000099.pt"), QStringLiteral("steps 0, 2")}},
            {"unknown snapshot step",
             {run, QStringLiteral("--step"), QStringLiteral("99"), pj, projector},
             {run + QStringLiteral("/snapshots/step-00000099.npy"),
              QStringLiteral("steps 0, 1, 2")}},
            {"damaged snapshot",
             {at("tornsnap"), pj, projector},
             {tornSidecar, QStringLiteral("damaged")}},
            {"model not writable",
             {run, ts, at("afile/model.pt")},
             {at("afile/model.pt"), QStringLiteral("cannot write")}},
            {"projector not writable",
             {run, pj, at("afile/projector")},
             {at("afile/projector"), QStringLiteral("cannot write")}},
            {"no export asked for",
             {run},
             {QStringLiteral("--torchscript FILE and / or --projector DIR")}},
            {"no run given", {ts, model}, {QStringLiteral("export needs a run folder")}},
            {"bad step",
             {run, QStringLiteral("--step"), QStringLiteral("last"), ts, model},
             {QStringLiteral("'last' is not a whole number")}},
        };
        for (const Case& c : cases) {
            const Result r = runCli(QStringList{QStringLiteral("export")} + c.args);
            QVERIFY2(r.exitCode == 2, c.name);
            for (const QString& part : c.expected)
                QVERIFY2(r.err.contains(part),
                         qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("internal error")), qPrintable(r.err));
            // Nothing half-written: no output, no temporary file.
            QVERIFY2(!QFileInfo::exists(at("bad")), c.name);
            QVERIFY2(QDir(at("afile") + QStringLiteral("/.."))
                         .entryList({QStringLiteral("*.tmp")})
                         .isEmpty(),
                     c.name);
        }
    }

    void qualityReportsEveryStageAndRefusesBadInput() {
        GRINDSTONE_REQUIRE_GLYPHS();
        const QString run = tinyGlyphRun();
        QTemporaryDir ws;
        const Result table = runCli({QStringLiteral("quality"), run});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("probe batch at step 2")) &&
                     table.out.contains(QStringLiteral("g2_negative")),
                 qPrintable(table.out));
        const Result json = runCli({QStringLiteral("quality"), run, QStringLiteral("--step"),
                                    QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject q = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(q.value(QStringLiteral("step")).toInt(), 1);
        const QJsonArray stages = q.value(QStringLiteral("stages")).toArray();
        const QJsonArray samples = q.value(QStringLiteral("samples")).toArray();
        QCOMPARE(stages.size(), 12);  // real, stretched, G1, GS: a / p; G2: a / p / n; real n
        int triplets = 0;
        for (const auto& st : stages)
            triplets = st.toObject().value(QStringLiteral("samples")).toInt();
        QVERIFY(triplets > 0);
        QCOMPARE(samples.size(), 12 * triplets);
        const QJsonObject first = samples.first().toObject();
        QCOMPARE(first.value(QStringLiteral("neighbours")).toArray().size(), 5);
        QVERIFY(first.contains(QStringLiteral("hardness")) &&
                first.contains(QStringLiteral("not_a_negative")) &&
                first.contains(QStringLiteral("kth_distance_ratio")));

        const QString damaged = ws.filePath(QStringLiteral("damaged"));
        std::filesystem::copy(run.toStdString(), damaged.toStdString(),
                              std::filesystem::copy_options::recursive);
        const QString npy = damaged + QStringLiteral("/probe/step-00000002/g2_negative.npy");
        QFile truncated(npy);
        QVERIFY(truncated.open(QIODevice::ReadWrite) && truncated.resize(100));
        truncated.close();

        struct Case {
            const char* name;
            QStringList args;
            QString expected;
        };
        const QList<Case> cases = {
            {"no run", {}, QStringLiteral("quality needs a run folder")},
            {"not a run", {ws.path()}, QStringLiteral("run.json")},
            {"step not stored",
             {run, QStringLiteral("--step"), QStringLiteral("7")},
             QStringLiteral("stored steps: 0, 1, 2")},
            {"bad step",
             {run, QStringLiteral("--step"), QStringLiteral("x")},
             QStringLiteral("'x' is not a whole number")},
            {"damaged stage file", {damaged}, QStringLiteral("g2_negative.npy")},
            {"extra argument", {run, QStringLiteral("--fast")}, QStringLiteral("--fast")},
        };
        for (const Case& c : cases) {
            const Result r = runCli(QStringList{QStringLiteral("quality")} + c.args);
            QVERIFY2(r.exitCode == 2, c.name);
            QVERIFY2(r.err.contains(c.expected),
                     qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + r.err));
        }
    }

    void decoderErrorFallsAndBadInputIsRefused() {
        GRINDSTONE_REQUIRE_GLYPHS();
        const QString run = tinyGlyphRun();
        const Result r =
            runCli({QStringLiteral("decoder"), run, QStringLiteral("--steps"),
                    QStringLiteral("200"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("held-out pixel MSE")), qPrintable(r.out));
        const QJsonObject report =
            QJsonDocument::fromJson(readFile(run + QStringLiteral("/decoder/step-00000002.json")))
                .object();
        const QJsonArray loss = report.value(QStringLiteral("training_loss")).toArray();
        QCOMPARE(loss.size(), 10);
        QVERIFY(loss.last().toDouble() < 0.8 * loss.first().toDouble());
        const double trained = report.value(QStringLiteral("held_out_mse")).toDouble();
        QVERIFY(trained < report.value(QStringLiteral("held_out_mse_untrained")).toDouble());
        QVERIFY(trained < report.value(QStringLiteral("held_out_mse_mean_image")).toDouble());
        QVERIFY(QFileInfo::exists(run + QStringLiteral("/decoder/step-00000002.pt")));

        struct Case {
            const char* name;
            QStringList args;
            QString expected;
        };
        const QList<Case> cases = {
            {"no run", {}, QStringLiteral("decoder needs a run folder")},
            {"no such checkpoint",
             {run, QStringLiteral("--step"), QStringLiteral("7")},
             QStringLiteral("no checkpoint at step 7")},
            {"zero steps",
             {run, QStringLiteral("--steps"), QStringLiteral("0")},
             QStringLiteral("must be at least 1")},
            {"not a run", {QDir::tempPath()}, QStringLiteral("run.json")},
        };
        for (const Case& c : cases) {
            const Result bad = runCli(QStringList{QStringLiteral("decoder")} + c.args);
            QVERIFY2(bad.exitCode == 2, c.name);
            QVERIFY2(bad.err.contains(c.expected),
                     qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + bad.err));
        }
        QCOMPARE(QDir(run + QStringLiteral("/decoder")).entryList(QDir::Files).size(), 2);
    }

    void runsListsEveryRunAndMarksTheDamagedOnes() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir ws;
        const Result train = runCli({QStringLiteral("train"), QStringLiteral("--set"),
                                     QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
                                     QStringLiteral("steps=2"), QStringLiteral("--set"),
                                     QStringLiteral("snapshot_every=0"), QStringLiteral("--out"),
                                     ws.filePath(QStringLiteral("good"))});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        auto write = [&](const QString& rel, const QByteArray& text) {
            QDir().mkpath(QFileInfo(ws.filePath(rel)).path());
            QFile f(ws.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        const QByteArray config = readFile(ws.filePath(QStringLiteral("good/config.json")));
        QByteArray run = readFile(ws.filePath(QStringLiteral("good/run.json")));
        // Marked running, but no process holds it: a crash.
        write(QStringLiteral("crash/config.json"), config);
        write(QStringLiteral("crash/run.json"),
              QByteArray(run).replace("\"finished\"", "\"running\""));
        // Truncated JSON, and a run from a newer format.
        write(QStringLiteral("torn/config.json"), config);
        write(QStringLiteral("torn/run.json"), run.left(run.size() / 2));
        write(QStringLiteral("newer/config.json"), config);
        write(QStringLiteral("newer/run.json"),
              QByteArray(run).replace("\"format_version\": 1", "\"format_version\": 9"));
        QDir().mkpath(ws.filePath(QStringLiteral("notes")));  // not a run: not listed

        const Result r = runCli({QStringLiteral("runs"), ws.path()});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto rowOf = [&](const QString& name) {
            for (const auto& line : lines)
                if (line.endsWith(QStringLiteral("  ") + name)) return line;
            return QString();
        };
        QVERIFY2(rowOf(QStringLiteral("good")).startsWith(QStringLiteral("finished")),
                 qPrintable(r.out));
        QVERIFY2(rowOf(QStringLiteral("crash")).startsWith(QStringLiteral("crashed")),
                 qPrintable(r.out));
        QVERIFY2(rowOf(QStringLiteral("torn")).startsWith(QStringLiteral("damaged")),
                 qPrintable(r.out));
        QVERIFY2(rowOf(QStringLiteral("newer")).startsWith(QStringLiteral("damaged")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(ws.filePath(QStringLiteral("torn/run.json"))));
        QVERIFY(r.out.contains(QStringLiteral("is session format 9, newer")));
        QVERIFY(rowOf(QStringLiteral("notes")).isEmpty());
        QVERIFY(r.out.contains(QStringLiteral("4 run(s)")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
