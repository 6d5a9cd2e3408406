// The published JSON schemas (sessions/schemas) describe the files the program really writes:
// every JSON file of a run that went through a rollback and a resume with changed options is
// checked against them, the config schema is the option table's own, and the checker is shown
// to reject files that break them.
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "JsonSchemaCheck.h"
#include "SessionTestSupport.h"
#include "grindstone/session/QaTags.h"

using namespace sessiontest;

class TestSessionSchemas : public QObject {
    Q_OBJECT
    QTemporaryDir m_workspace;
    QString m_run;
    SchemaChecker m_checker{QStringLiteral(GRINDSTONE_SCHEMA_DIR)};

    void expectValid(const QString& path, const QString& schema) {
        const QJsonDocument doc = QJsonDocument::fromJson(readFile(path));
        QVERIFY2(!doc.isNull(), qPrintable(path));
        const QStringList errors = m_checker.check(
            doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), schema);
        QVERIFY2(errors.isEmpty(),
                 qPrintable(path + QStringLiteral(": ") + errors.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        m_run = m_workspace.filePath(QStringLiteral("run"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRINDSTONE_FAULT_NONFINITE_STEP"), QStringLiteral("4"));
        const Result trained = runCli(QStringList{QStringLiteral("train")} + tinyRunSettings(6, 3) +
                                          QStringList{QStringLiteral("--out"), m_run},
                                      env);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const Result resumed =
            runCli({QStringLiteral("resume"), m_run, QStringLiteral("--steps"), QStringLiteral("9"),
                    QStringLiteral("--set"), QStringLiteral("metric_margin=1.2"),
                    QStringLiteral("--allow-config-change")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    }

    void configSchemaIsTheOptionTables() {
        const Result r = runCli({QStringLiteral("options"), QStringLiteral("--schema")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject generated = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject committed =
            readJson(QStringLiteral(GRINDSTONE_SCHEMA_DIR "/config.schema.json"));
        QVERIFY2(generated == committed,
                 "sessions/schemas/config.schema.json is stale: regenerate it with "
                 "grindstone-cli options --schema");
    }

    void everyRunFileMatchesItsSchema() {
        expectValid(m_run + QStringLiteral("/run.json"), QStringLiteral("run.schema.json"));
        expectValid(m_run + QStringLiteral("/config.json"), QStringLiteral("config.schema.json"));
        const QJsonObject run = readJson(m_run + QStringLiteral("/run.json"));
        QVERIFY(run.contains(QStringLiteral("config_changes")));
        QVERIFY(run.contains(QStringLiteral("rollbacks")));

        int lines = 0;
        for (const QByteArray& line :
             readFile(m_run + QStringLiteral("/metrics.jsonl")).split('\n')) {
            if (line.isEmpty()) continue;
            ++lines;
            const QStringList errors =
                m_checker.check(QJsonDocument::fromJson(line).object(),
                                QStringLiteral("metrics-record.schema.json"));
            QVERIFY2(errors.isEmpty(), qPrintable(QString::fromUtf8(line) + QStringLiteral(": ") +
                                                  errors.join(QStringLiteral("; "))));
        }
        QVERIFY(lines > 10);

        expectValid(m_run + QStringLiteral("/thumbnails/images.json"),
                    QStringLiteral("thumbnails.schema.json"));
        int sidecars = 0;
        QDirIterator it(m_run, {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/thumbnails/"))) continue;
            if (path.contains(QStringLiteral("/snapshots/"))) {
                expectValid(path, QStringLiteral("snapshot.schema.json"));
                ++sidecars;
            } else if (path.contains(QStringLiteral("/probe/"))) {
                expectValid(path, QStringLiteral("probe-samples.schema.json"));
                for (const QJsonValue& stage :
                     readJson(path).value(QStringLiteral("stages")).toArray())
                    QVERIFY(QFileInfo::exists(
                        QFileInfo(path).dir().filePath(stage.toString() + QStringLiteral(".npy"))));
                ++sidecars;
            }
        }
        QVERIFY(sidecars >= 4);
    }

    void qaTagsMatchTheirSchema() {
        grindstone::QaTagStore store(m_run.toStdString());
        grindstone::QaTag tag;
        tag.step = 3;
        tag.stage = "g2_negative";
        tag.row = 1;
        tag.verdict = "rejected";
        tag.note = "nearest real images are the anchor's class";
        store.set(tag);
        expectValid(m_run + QStringLiteral("/qa/tags.json"), QStringLiteral("qa-tags.schema.json"));
    }

    void thumbnailsCoverEverySnapshotAndProbeImage() {
        const QJsonObject index = readJson(m_run + QStringLiteral("/thumbnails/images.json"));
        QSet<int> tiles;
        for (const QJsonValue& v : index.value(QStringLiteral("dataset_indices")).toArray())
            tiles.insert(v.toInt());
        const QJsonObject snapshot =
            readJson(m_run + QStringLiteral("/snapshots/step-00000003.json"));
        for (const QJsonValue& v : snapshot.value(QStringLiteral("dataset_indices")).toArray())
            QVERIFY(tiles.contains(v.toInt()));
        const QJsonObject probe =
            readJson(m_run + QStringLiteral("/probe/step-00000003/samples.json"));
        for (const char* key : {"anchor_indices", "positive_indices", "negative_indices"})
            for (const QJsonValue& v : probe.value(QLatin1String(key)).toArray())
                QVERIFY(tiles.contains(v.toInt()));
        // PNG header: width and height, big-endian, at bytes 16..23; glyphs are 32 x 32 px.
        const QByteArray png = readFile(m_run + QStringLiteral("/thumbnails/images.png"));
        QVERIFY(png.startsWith("\x89PNG"));
        auto be32 = [&](int at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
                   (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        const int columns = index.value(QStringLiteral("grid_columns")).toInt();
        QCOMPARE(index.value(QStringLiteral("tile_width")).toInt(), 32);
        QCOMPARE(int(be32(16)), columns * 32);
        QCOMPARE(int(be32(20)), columns * 32);
        QVERIFY(columns * columns >= tiles.size());
    }

    void checkerRejectsFilesThatBreakTheSchemas_data() {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("run.json without status")
            << "run.schema.json" << QByteArray(R"({"format_version": 1})") << "missing 'status'";
        QTest::newRow("unknown status")
            << "run.schema.json" << QByteArray(R"({"status": "paused"})")
            << "$.status: not one of the enum";
        QTest::newRow("step as text")
            << "metrics-record.schema.json"
            << QByteArray(R"({"type": "step", "step": "7", "time": 1})") << "oneOf";
        QTest::newRow("unknown event kind")
            << "metrics-record.schema.json"
            << QByteArray(R"({"type": "event", "step": 1, "kind": "party", "message": ""})")
            << "oneOf";
        QTest::newRow("config with an unknown key")
            << "config.schema.json" << QByteArray(R"({"stepz": 5})") << "$.stepz: not allowed";
        QTest::newRow("config value out of range")
            << "config.schema.json" << QByteArray(R"({"steps": -1})") << "$.steps: below minimum";
        QTest::newRow("snapshot split flag of 2")
            << "snapshot.schema.json" << QByteArray(R"({"is_test": [0, 2]})")
            << "$.is_test[1]: not one of the enum";
    }
    void checkerRejectsFilesThatBreakTheSchemas() {
        QFETCH(QString, schema);
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QStringList errors = m_checker.check(QJsonDocument::fromJson(json).object(), schema);
        QVERIFY2(errors.join(QStringLiteral("; ")).contains(problem),
                 qPrintable(errors.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestSessionSchemas)
#include "tst_session_schemas.moc"
