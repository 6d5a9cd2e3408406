// grindstone-cli as other tools script it: exit codes, messages that name what is wrong,
// nothing written or lost on bad input, and eval --json's keys.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int exitCode = -1;
    QString out, err;
};

Result runCli(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(GRINDSTONE_CLI), args);
    process.waitForFinished(600000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString glyphs() {
    return QStringLiteral(GRINDSTONE_SHARED_DIR "/data/glyphs");
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
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
        if (!QFileInfo::exists(glyphs() + QStringLiteral("/train-images-idx3-ubyte.gz")))
            QSKIP("the glyph benchmark is absent from the shared folder beside the checkout");
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        const Result train =
            runCli({QStringLiteral("train"), QStringLiteral("--set"),
                    QStringLiteral("dataset=") + glyphs(), QStringLiteral("--set"),
                    QStringLiteral("steps=6"), QStringLiteral("--set"),
                    QStringLiteral("eval_every=0"), QStringLiteral("--set"),
                    QStringLiteral("snapshot_every=3"), QStringLiteral("--out"), run});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        QVERIFY(train.out.contains(QStringLiteral("final metrics")));
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

        // Training into an existing run is refused and leaves it untouched.
        const QByteArray before = readFile(run + QStringLiteral("/metrics.jsonl"));
        const Result again =
            runCli({QStringLiteral("train"), QStringLiteral("--set"),
                    QStringLiteral("dataset=") + glyphs(), QStringLiteral("--out"), run});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a run")), qPrintable(again.err));
        QCOMPARE(readFile(run + QStringLiteral("/metrics.jsonl")), before);
    }

    void runsListsEveryRunAndMarksTheDamagedOnes() {
        if (!QFileInfo::exists(glyphs() + QStringLiteral("/train-images-idx3-ubyte.gz")))
            QSKIP("the glyph benchmark is absent from the shared folder beside the checkout");
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
