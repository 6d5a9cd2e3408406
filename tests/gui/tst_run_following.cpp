// A run another process trains, opened read-only in the window: it is followed (its curves
// grow as its log does, the run browser shows it selected) until the process lets go of it.
// The test plays the training process: it holds the run's lock and appends to its log.
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "FixtureWorkspace.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/runs/RunBrowser.h"

using namespace grindstone;

class TestRunFollowing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRunTrainedElsewhereIsFollowedUntilItEnds() {
        QTemporaryDir ws;
        const QString run =
            test::addFixtureRun(ws.path(), QStringLiteral("elsewhere"), 1, {}, {}, 0.9);
        QVERIFY(!run.isEmpty());
        // What a training process holds for its lifetime (SessionWriter's lock).
        const int lock = ::open(QFile::encodeName(run + QStringLiteral("/.lock")).constData(),
                                O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(lock >= 0);
        QCOMPARE(::flock(lock, LOCK_EX | LOCK_NB), 0);

        gui::MainWindow window({ws.path(), QStringLiteral("/nonexistent")});
        window.show();
        QVERIFY(window.openRun(run));
        QVERIFY2(window.chartsView()->runTitle().startsWith(QStringLiteral("Following: elsewhere")),
                 qPrintable(window.chartsView()->runTitle()));
        QCOMPARE(window.runBrowser()->selectedRun(), run);
        const qsizetype before = window.store()->steps().size();

        QFile log(run + QStringLiteral("/metrics.jsonl"));
        QVERIFY(log.open(QIODevice::Append));
        log.write(
            "{\"type\":\"step\",\"step\":122,\"time\":350.0,\"j_real\":1.5}\n"
            "{\"type\":\"step\",\"step\":124,\"time\":352.0,\"j_real\":1.25}\n");
        log.close();
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->steps().size(), before + 2, 10000);

        ::close(lock);  // the process ends
        QTRY_VERIFY_WITH_TIMEOUT(
            window.chartsView()->runTitle().startsWith(QStringLiteral("Read-only: elsewhere")),
            10000);
    }

    void aFinishedRunIsNotFollowed() {
        QTemporaryDir ws;
        const QString run = test::addFixtureRun(ws.path(), QStringLiteral("done"), 1, {}, {}, 0.9);
        gui::MainWindow window({ws.path(), QStringLiteral("/nonexistent")});
        QVERIFY(window.openRun(run));
        QVERIFY2(window.chartsView()->runTitle().startsWith(QStringLiteral("Read-only: done")),
                 qPrintable(window.chartsView()->runTitle()));
    }
};

QTEST_MAIN(TestRunFollowing)
#include "tst_run_following.moc"
