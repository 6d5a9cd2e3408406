// The run browser's details of a distributed run: the numbers of ranks it trained on and from
// which step, each rank's compute time per step and rank 0's time in the exchanges, read from
// run.json and metrics.jsonl as a run trained with grindstone-cli train --nproc leaves them;
// and when a run started and was last written, in the user's time zone and date format.
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <ctime>

#include "FixtureWorkspace.h"
#include "GuiTestSupport.h"
#include "widgets/runs/RunBrowser.h"

using namespace grindstone;

namespace {

void appendLines(const QString& path, const QByteArray& lines) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(lines);
}

QString detailsOf(widgets::RunBrowser& browser, const QString& run) {
    if (!browser.selectRun(run)) return QStringLiteral("(not listed)");
    return browser.findChild<QPlainTextEdit*>(QStringLiteral("runDetails"))->toPlainText();
}

}  // namespace

class TestRunBrowser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void distributedRunShowsItsRanksAndTheirStepTimes() {
        QTemporaryDir ws;
        const QString run = test::addFixtureRun(ws.path(), QStringLiteral("ranks"), 1, {}, {}, 0.9);
        const QString single =
            test::addFixtureRun(ws.path(), QStringLiteral("single"), 2, {}, {}, 0.9);
        QVERIFY(!run.isEmpty() && !single.isEmpty());
        QJsonObject json = test::readJsonObject(run + QStringLiteral("/run.json"));
        json[QStringLiteral("world_sizes")] = QJsonArray{
            QJsonObject{{QStringLiteral("from_step"), 0}, {QStringLiteral("world_size"), 2}},
            QJsonObject{{QStringLiteral("from_step"), 40}, {QStringLiteral("world_size"), 1}}};
        QVERIFY(test::writeJsonObject(run + QStringLiteral("/run.json"), json));
        appendLines(run + QStringLiteral("/metrics.jsonl"),
                    "{\"type\":\"step\",\"step\":30,\"rank_compute_seconds_0\":0.25,"
                    "\"rank_compute_seconds_1\":0.5,\"comm_seconds\":0.125}\n"
                    "{\"type\":\"step\",\"step\":40,\"rank_compute_seconds_0\":0.25,"
                    "\"rank_compute_seconds_1\":0.75,\"comm_seconds\":0.375}\n");

        widgets::RunBrowser browser;
        browser.setWorkspace(ws.path());
        const QString details = detailsOf(browser, run);
        QVERIFY2(details.contains(QStringLiteral("ranks (c10d): 2 from step 0, 1 from step 40")),
                 qPrintable(details));
        QVERIFY2(details.contains(
                     QStringLiteral("median over the logged steps 30-40:\n  rank 0 0.250 s, "
                                    "rank 1 0.750 s\n  rank 0 in exchanges 0.375 s")),
                 qPrintable(details));
        // A run that never left one process says nothing of ranks.
        QVERIFY(!detailsOf(browser, single).contains(QStringLiteral("rank")));
    }

    void datesAreLocalInTheUsersFormat() {
        // run.json stores UTC; a German user in Japan's time zone (a POSIX TZ string, which
        // needs no tzdata) reads 12:00 UTC as 21:00 in German short form.
        const QByteArray zoneBefore = qgetenv("TZ");
        const auto restoreZone = qScopeGuard([&] {
            zoneBefore.isNull() ? qunsetenv("TZ") : qputenv("TZ", zoneBefore);
            tzset();
        });
        qputenv("TZ", "JST-9");
        tzset();
        const test::GermanLocale german;

        QTemporaryDir ws;
        const QString run = test::addFixtureRun(ws.path(), QStringLiteral("dated"), 1, {}, {}, 0.9);
        QJsonObject json = test::readJsonObject(run + QStringLiteral("/run.json"));
        json[QStringLiteral("created")] = QStringLiteral("2026-03-01T12:00:00Z");
        json[QStringLiteral("updated")] = QStringLiteral("2026-03-01T13:30:05Z");
        QVERIFY(test::writeJsonObject(run + QStringLiteral("/run.json"), json));

        widgets::RunBrowser browser;
        browser.setWorkspace(ws.path());
        const QString details = detailsOf(browser, run);
        QVERIFY2(
            details.contains(QStringLiteral("started 01.03.26 21:00, last written 01.03.26 22:30")),
            qPrintable(details));
    }
};

QTEST_MAIN(TestRunBrowser)
#include "tst_run_browser.moc"
