// grindstone-cli project: run folders written here and a tiny run the CLI trains (when the glyph
// data is there) projected into N x dims .npy files; every bad argument exits 2 with a message
// naming what is wrong and writes no file.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

#include "grindstone/session/Npy.h"
#include "sessions/SessionTestSupport.h"

using namespace grindstone;

namespace {

using sessiontest::Result;
using sessiontest::runCli;

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/// A minimal run folder with snapshots of `rows` x 8 embeddings at steps 10 and 20, as the
/// session format describes them (run.json, snapshots/step-N.npy + sidecar).
void writeSyntheticRun(const QString& run, int rows) {
    QVERIFY(QDir().mkpath(run + QStringLiteral("/snapshots")));
    writeText(run + QStringLiteral("/run.json"), R"({"format_version": 1, "status": "finished"})");
    std::mt19937 rng(3);
    std::normal_distribution<float> normal;
    for (int step : {10, 20}) {
        Matrix m(rows, 8);
        QByteArray labels, indices, isTest;
        for (int i = 0; i < rows; ++i) {
            for (int c = 0; c < 8; ++c)
                m.at(i, c) = normal(rng) + (c == i % 4 ? 6.0f : 0.0f);
            const QByteArray sep = i ? "," : "";
            labels += sep + QByteArray::number(i % 4);
            indices += sep + QByteArray::number(i);
            isTest += sep + QByteArray(i % 2 ? "1" : "0");
        }
        const QString base =
            run + QStringLiteral("/snapshots/step-%1").arg(step, 8, 10, QLatin1Char('0'));
        writeNpy(QString(base + QStringLiteral(".npy")).toStdString(), m);
        writeText(base + QStringLiteral(".json"), "{\"labels\": [" + labels +
                                                      "], \"dataset_indices\": [" + indices +
                                                      "], \"is_test\": [" + isTest + "]}");
    }
}

}  // namespace

class TestProjectCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectsEachMethodIntoTheRightShape_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("dims");
        QTest::newRow("pca 3") << QStringLiteral("pca") << QStringLiteral("3");
        QTest::newRow("pca 2") << QStringLiteral("pca") << QStringLiteral("2");
        QTest::newRow("tsne 2") << QStringLiteral("tsne") << QStringLiteral("2");
        QTest::newRow("umap 3") << QStringLiteral("umap") << QStringLiteral("3");
    }
    void projectsEachMethodIntoTheRightShape() {
        QFETCH(QString, method);
        QFETCH(QString, dims);
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        writeSyntheticRun(run, 120);
        const QString out = dir.filePath(QStringLiteral("layout.npy"));
        const Result r = runCli({QStringLiteral("project"), run, QStringLiteral("--method"), method,
                                 QStringLiteral("--dims"), dims, QStringLiteral("--step"),
                                 QStringLiteral("10"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("step 10")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("project: ")), qPrintable(r.err));  // progress
        const Matrix layout = readNpy(out.toStdString());
        QCOMPARE(layout.rows, 120);
        QCOMPARE(layout.cols, dims.toLongLong());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());
    }

    void trainedRunNewestSnapshotBySeed() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        const Result train =
            runCli(QStringList{QStringLiteral("train")} + sessiontest::tinyRunSettings(4, 2) +
                   QStringList{QStringLiteral("--set"), QStringLiteral("method=triplet"),
                               QStringLiteral("--out"), run});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        const QString a = dir.filePath(QStringLiteral("a.npy")),
                      b = dir.filePath(QStringLiteral("b.npy"));
        for (const QString& out : {a, b}) {
            const Result r = runCli({QStringLiteral("project"), run, QStringLiteral("--method"),
                                     QStringLiteral("umap"), QStringLiteral("--seed"),
                                     QStringLiteral("7"), QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("step 4")), qPrintable(r.out));  // the newest
        }
        const Matrix first = readNpy(a.toStdString());
        QCOMPARE(first.rows, 60);  // tinyRunSettings' snapshot_size
        QCOMPARE(first.cols, 3);   // 3-D unless --dims says otherwise
        QVERIFY2(first.values == readNpy(b.toStdString()).values, "same seed: same layout");
    }

    void badArgumentsExit2AndWriteNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString run = QStringLiteral("RUN"), out = QStringLiteral("OUT");
        const QString method = QStringLiteral("--method"), pca = QStringLiteral("pca");
        const QString outFlag = QStringLiteral("--out");
        QTest::newRow("no run") << QStringList{method, pca, outFlag, out}
                                << QStringLiteral("needs a run folder");
        QTest::newRow("missing run")
            << QStringList{QStringLiteral("/no/such/run"), method, pca, outFlag, out}
            << QStringLiteral("/no/such/run");
        QTest::newRow("not a run")
            << QStringList{QStringLiteral("EMPTY"), method, pca, outFlag, out}
            << QStringLiteral("not a Grindstone run");
        QTest::newRow("no snapshots")
            << QStringList{QStringLiteral("BARE"), method, pca, outFlag, out}
            << QStringLiteral("has no embedding snapshot");
        QTest::newRow("unknown step")
            << QStringList{run,     method, pca, QStringLiteral("--step"), QStringLiteral("15"),
                           outFlag, out}
            << QStringLiteral("no embedding snapshot for step 15");
        QTest::newRow("bad step")
            << QStringList{run,     method, pca, QStringLiteral("--step"), QStringLiteral("x"),
                           outFlag, out}
            << QStringLiteral("--step: 'x'");
        QTest::newRow("no method")
            << QStringList{run, outFlag, out} << QStringLiteral("needs --method");
        QTest::newRow("bad method") << QStringList{run, method, QStringLiteral("mds"), outFlag, out}
                                    << QStringLiteral("'mds' is unknown");
        QTest::newRow("bad dims")
            << QStringList{run,     method, pca, QStringLiteral("--dims"), QStringLiteral("4"),
                           outFlag, out}
            << QStringLiteral("--dims: '4'");
        QTest::newRow("bad seed")
            << QStringList{run,     method, pca, QStringLiteral("--seed"), QStringLiteral("-1"),
                           outFlag, out}
            << QStringLiteral("--seed: '-1'");
        QTest::newRow("missing --out")
            << QStringList{run, method, pca} << QStringLiteral("needs --out");
        QTest::newRow("out in missing folder")
            << QStringList{run, method, pca, outFlag, QStringLiteral("/no/such/folder/x.npy")}
            << QStringLiteral("/no/such/folder");
        QTest::newRow("stray argument")
            << QStringList{run, QStringLiteral("extra"), method, pca, outFlag, out}
            << QStringLiteral("does not take 'extra'");
        QTest::newRow("perplexity too large")
            << QStringList{QStringLiteral("SMALL"), method, QStringLiteral("tsne"), outFlag, out}
            << QStringLiteral("perplexity 30");
    }
    void badArgumentsExit2AndWriteNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeSyntheticRun(dir.filePath(QStringLiteral("run")), 40);
        writeSyntheticRun(dir.filePath(QStringLiteral("small")), 12);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bare"))));
        writeText(dir.filePath(QStringLiteral("bare/run.json")), R"({"format_version": 1})");
        const QString out = dir.filePath(QStringLiteral("out.npy"));
        for (QString& a : args) {
            if (a == QStringLiteral("RUN")) a = dir.filePath(QStringLiteral("run"));
            if (a == QStringLiteral("SMALL")) a = dir.filePath(QStringLiteral("small"));
            if (a == QStringLiteral("EMPTY")) a = dir.filePath(QStringLiteral("empty"));
            if (a == QStringLiteral("BARE")) a = dir.filePath(QStringLiteral("bare"));
            if (a == QStringLiteral("OUT")) a = out;
        }
        const Result r = runCli(QStringList{QStringLiteral("project")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("internal error")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestProjectCli)
#include "tst_project_cli.moc"
