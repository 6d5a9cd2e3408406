// QA verdicts on generated samples: they survive reopening the run, replace and remove cleanly,
// export to CSV (quoted properly) and JSON, summarise per step and stage, and a damaged tag
// file is refused with its name.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "grindstone/session/QaTags.h"

using grindstone::QaTag;
using grindstone::QaTagStore;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QaTag tag(int64_t step, const char* stage, int64_t row, const char* verdict, const char* note,
          const char* reviewer) {
    QaTag t;
    t.step = step;
    t.stage = stage;
    t.row = row;
    t.verdict = verdict;
    t.note = note;
    t.reviewer = reviewer;
    return t;
}

}  // namespace

class TestQaTags : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tagsSurviveReopening() {
        QTemporaryDir run;
        const std::string folder = run.path().toStdString();
        {
            QaTagStore store(folder);
            QVERIFY(store.tags().empty());
            store.set(
                tag(250, "g2_negative", 3, "rejected", "looks like the anchor's class", "qa1"));
            store.set(tag(250, "g1_anchor", 0, "accepted", "", "qa1"));
            store.set(tag(500, "g2_negative", 1, "", "check again later", "qa2"));
        }
        QaTagStore reopened(folder);
        QCOMPARE(reopened.tags().size(), size_t(3));
        const QaTag* tag = reopened.find(250, "g2_negative", 3);
        QVERIFY(tag);
        QCOMPARE(QString::fromStdString(tag->verdict), QStringLiteral("rejected"));
        QCOMPARE(QString::fromStdString(tag->note),
                 QStringLiteral("looks like the anchor's class"));
        QCOMPARE(QString::fromStdString(tag->reviewer), QStringLiteral("qa1"));
        QVERIFY(tag->time.size() == 20 && tag->time.back() == 'Z');
        // Sorted by step, stage, row.
        QCOMPARE(QString::fromStdString(reopened.tags()[0].stage), QStringLiteral("g1_anchor"));
        QCOMPARE(reopened.tags()[2].step, int64_t(500));
    }

    void replacingAndRemoving() {
        QTemporaryDir run;
        QaTagStore store(run.path().toStdString());
        store.set(tag(10, "g2_negative", 0, "accepted", "", ""));
        store.set(tag(10, "g2_negative", 0, "rejected", "changed my mind", ""));
        QCOMPARE(store.tags().size(), size_t(1));
        QCOMPARE(QString::fromStdString(store.tags()[0].verdict), QStringLiteral("rejected"));
        store.set(tag(10, "g2_negative", 0, "", "", ""));
        QVERIFY(store.tags().empty());
        QVERIFY(QaTagStore(run.path().toStdString()).tags().empty());
    }

    void summaryCountsPerStepAndStage() {
        QTemporaryDir run;
        QaTagStore store(run.path().toStdString());
        for (int row = 0; row < 5; ++row)
            store.set(tag(10, "g2_negative", row, row < 3 ? "accepted" : "rejected",
                          row == 4 ? "blurry" : "", ""));
        store.set(tag(10, "g1_anchor", 0, "", "odd stroke", ""));
        store.set(tag(20, "g2_negative", 0, "accepted", "", ""));
        const auto summary = store.summary();
        QCOMPARE(summary.size(), size_t(3));
        QCOMPARE(QString::fromStdString(summary[1].stage), QStringLiteral("g2_negative"));
        QCOMPARE(summary[1].step, int64_t(10));
        QCOMPARE(summary[1].accepted, int64_t(3));
        QCOMPARE(summary[1].rejected, int64_t(2));
        QCOMPARE(summary[1].notes, int64_t(1));
        QCOMPARE(summary[0].notes, int64_t(1));
        QCOMPARE(summary[0].accepted + summary[0].rejected, int64_t(0));
        QCOMPARE(summary[2].step, int64_t(20));
    }

    void exportsCsvAndJson() {
        QTemporaryDir run;
        QaTagStore store(run.path().toStdString());
        store.set(
            tag(10, "g2_negative", 2, "rejected", "a \"negative\", but of class 3\nreally", "qa"));
        const QString csvPath = run.filePath(QStringLiteral("tags.csv"));
        store.exportCsv(csvPath.toStdString());
        const QByteArray csv = readFile(csvPath);
        QVERIFY(csv.startsWith("step,stage,row,verdict,note,reviewer,time\n"));
        QVERIFY2(csv.contains("10,g2_negative,2,rejected,\"a \"\"negative\"\", but of class 3\n"
                              "really\",qa,"),
                 csv.constData());
        const QString jsonPath = run.filePath(QStringLiteral("tags.json"));
        store.exportJson(jsonPath.toStdString());
        const QJsonArray tags = QJsonDocument::fromJson(readFile(jsonPath)).array();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0].toObject().value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(tags[0].toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("rejected"));
    }

    void badVerdictAndDamagedFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated")
            << QByteArray("{\"format_version\": 1, \"tags\": [") << "damaged";
        QTest::newRow("newer format")
            << QByteArray("{\"format_version\": 7, \"tags\": []}") << "format 7";
        QTest::newRow("unknown verdict")
            << QByteArray(
                   "{\"format_version\": 1, \"tags\": [{\"step\": 1, \"stage\": \"g1_anchor\","
                   " \"row\": 0, \"verdict\": \"maybe\"}]}")
            << "'maybe'";
        QTest::newRow("row as text")
            << QByteArray(
                   "{\"format_version\": 1, \"tags\": [{\"step\": 1, \"stage\": \"g1_anchor\","
                   " \"row\": \"0\", \"verdict\": \"\"}]}")
            << "damaged";
        QTest::newRow("row past the integer range")
            << QByteArray(
                   "{\"format_version\": 1, \"tags\": [{\"step\": 1, \"stage\": \"g1_anchor\","
                   " \"row\": 1e300, \"verdict\": \"\"}]}")
            << "'row'";
        QTest::newRow("format version past int")
            << QByteArray("{\"format_version\": 4294967297, \"tags\": []}") << "'format_version'";
    }
    void badVerdictAndDamagedFilesAreRefused() {
        QFETCH(QByteArray, file);
        QFETCH(QString, problem);
        QTemporaryDir run;
        QDir(run.path()).mkpath(QStringLiteral("qa"));
        const QString path = run.filePath(QStringLiteral("qa/tags.json"));
        writeFile(path, file);
        grindstone::test::expectInputError([&] { QaTagStore store(run.path().toStdString()); },
                                           {path, problem});
        QCOMPARE(readFile(path), file);  // nothing rewritten
    }

    void unknownVerdictIsRefusedWhenSet() {
        QTemporaryDir run;
        QaTagStore store(run.path().toStdString());
        grindstone::test::expectInputError(
            [&] { store.set(tag(1, "g1_anchor", 0, "maybe", "", "")); },
            {QStringLiteral("'maybe'")});
        QVERIFY(store.tags().empty());
    }
};

QTEST_GUILESS_MAIN(TestQaTags)
#include "tst_qa_tags.moc"
