// The Tune page on a search the CLI made (4 trials halved from 5 to 20 steps): every trial in
// the table with its knobs and per-rung objective, the best one named and highlighted, one
// line per trial across the knobs, the sensitivity bars, and "Train with the best setting";
// the loss curve of a trial while it trains.
#include <signal.h>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include "GuiTestSupport.h"
#include "widgets/tune/ParallelCoordinates.h"
#include "widgets/tune/TuneView.h"

using namespace grindstone;

namespace {

/// `grindstone-cli tune` of triplet on the glyphs (validation characters 22-30, one thread)
/// into `out`, with the search's own halving arguments.
QStringList tripletSearch(const QString& out, const QStringList& halving) {
    return QStringList{QStringLiteral("tune"),
                       QStringLiteral("--set"),
                       QStringLiteral("dataset=") + test::glyphsFolder(),
                       QStringLiteral("--set"),
                       QStringLiteral("method=triplet"),
                       QStringLiteral("--set"),
                       QStringLiteral("threads=1"),
                       QStringLiteral("--set"),
                       QStringLiteral("validation_classes=22-30")}
           << halving << QStringLiteral("--out") << out;
}

}  // namespace

class TestTuneView : public QObject {
    Q_OBJECT
    QTemporaryDir m_workspace;
    QString m_search;

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        m_search = m_workspace.filePath(QStringLiteral("search"));
        const auto r = test::runProgram(
            QStringLiteral(GRINDSTONE_CLI),
            tripletSearch(m_search, {QStringLiteral("--trials"), QStringLiteral("4"),
                                     QStringLiteral("--budget"), QStringLiteral("20"),
                                     QStringLiteral("--eta"), QStringLiteral("2"),
                                     QStringLiteral("--min-steps"), QStringLiteral("5")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void searchOfTheWorkspaceIsShown() {
        widgets::TuneView view;
        view.resize(1400, 900);
        view.setWorkspace(m_workspace.path());  // lists and opens the one search
        const TuneSearch& s = view.search();
        QCOMPARE(s.trials.size(), size_t(4));
        QVERIFY(s.best >= 0);
        QVERIFY(s.hasAnswer);
        QTableWidget* table = view.table();
        QCOMPARE(table->rowCount(), 4);
        // Trial, where its setting came from, status, the three knobs, the objective at 5,
        // 10 and 20 steps.
        QCOMPARE(table->columnCount(), 9);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("lr_metric"));
        // In the space's order, not sorted.
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("normalize"));
        QCOMPARE(table->horizontalHeaderItem(5)->text(), QStringLiteral("metric_margin"));
        QCOMPARE(table->horizontalHeaderItem(8)->text(), QStringLiteral("MAP@R @20"));
        int filledAt20 = 0, filledAt5 = 0;
        for (int row = 0; row < 4; ++row) {
            filledAt5 += !table->item(row, 6)->text().isEmpty();
            filledAt20 += !table->item(row, 8)->text().isEmpty();
            // The defaults first, then quasi-random points (too few trials for proposals).
            QCOMPARE(table->item(row, 1)->text(),
                     row == 0 ? QStringLiteral("start") : QStringLiteral("quasi-random"));
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("finished"));
        }
        QCOMPARE(filledAt5, 4);
        QCOMPARE(filledAt20, 1);
        const QString bestName = QStringLiteral("trial-00%1").arg(s.best + 1);
        QVERIFY2(view.summary()->text().contains(QStringLiteral("Best: ") + bestName),
                 qPrintable(view.summary()->text()));
        QCOMPARE(view.coordinates()->lineCount(), 4);
        QCOMPARE(view.sensitivityChart()->chart()->series().size(), 1);
        // One line and one set of dots per trial with a figure.
        QCOMPARE(view.curves()->chart()->series().size(), 8);

        QSignalSpy train(&view, &widgets::TuneView::trainWithConfig);
        QVERIFY(view.trainBestButton()->isEnabled());
        QTest::mouseClick(view.trainBestButton(), Qt::LeftButton);
        QCOMPARE(train.count(), 1);
        QCOMPARE(train.front().front().toString(), m_search + QStringLiteral("/best.json"));
    }

    void proposedTrialsAreMarked() {
        // 8 settings at 5 steps: the defaults, 4 quasi-random points, 3 proposed by TPE; the
        // sensitivity over the 5 spread over the space.
        QTemporaryDir workspace;
        const QString folder = workspace.filePath(QStringLiteral("proposed"));
        const auto r = test::runProgram(
            QStringLiteral(GRINDSTONE_CLI),
            tripletSearch(folder, {QStringLiteral("--trials"), QStringLiteral("8"),
                                   QStringLiteral("--budget"), QStringLiteral("5"),
                                   QStringLiteral("--min-steps"), QStringLiteral("5"),
                                   QStringLiteral("--sampler"), QStringLiteral("parzen")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        widgets::TuneView view;
        QVERIFY(view.openSearch(folder));
        QStringList origins;
        for (int row = 0; row < view.table()->rowCount(); ++row)
            origins << view.table()->item(row, 1)->text();
        QCOMPARE(origins.join(QLatin1Char(',')),
                 QStringLiteral("start,quasi-random,quasi-random,quasi-random,quasi-random,TPE,"
                                "TPE,TPE"));
        QCOMPARE(view.search().sensitivity.trials, 5);
    }

    void runningTrialIsFollowed() {
        // A search whose one rung trains both trials to 2000 steps: the first trains while
        // the page looks, and its loss curve grows; stopped, the page says none is training.
        QTemporaryDir workspace;
        const QString folder = workspace.filePath(QStringLiteral("long"));
        QProcess search;
        search.start(
            QStringLiteral(GRINDSTONE_CLI),
            tripletSearch(folder, {QStringLiteral("--trials"), QStringLiteral("2"),
                                   QStringLiteral("--budget"), QStringLiteral("2000"),
                                   QStringLiteral("--min-steps"), QStringLiteral("2000")}));
        QVERIFY(search.waitForStarted());
        const QString log = folder + QStringLiteral("/trial-001/metrics.jsonl");
        const auto stepLines = [&log] {
            QFile f(log);
            if (!f.open(QIODevice::ReadOnly)) return 0;
            return int(f.readAll().count("\"type\":\"step\""));
        };
        for (int i = 0; i < 1200 && stepLines() < 3 && search.state() != QProcess::NotRunning; ++i)
            search.waitForFinished(100);
        QVERIFY2(stepLines() >= 3, search.readAllStandardError().constData());

        widgets::TuneView view;
        view.resize(1400, 900);
        QVERIFY(view.openSearch(folder));
        QCOMPARE(view.search().runningRuns.size(), size_t(1));
        QCOMPARE(view.table()->item(0, 2)->text(), QStringLiteral("running"));
        QVERIFY(view.runningCurves()->isVisibleTo(&view));  // opened on the live curves
        QChart* running = view.runningCurves()->chart();
        QCOMPARE(running->series().size(), 1);
        auto* line = qobject_cast<QLineSeries*>(running->series().front());
        QVERIFY(line);
        QCOMPARE(line->name(), QStringLiteral("trial-001"));
        QVERIFY2(line->count() >= 3, qPrintable(QString::number(line->count())));
        QCOMPARE(line->at(0).x(), 10.0);  // a step line every 10 steps

        ::kill(static_cast<pid_t>(search.processId()), SIGINT);
        QVERIFY(search.waitForFinished(120000));
        QCOMPARE(search.exitCode(), 3);  // stopped, to be continued
        view.refresh();
        QVERIFY(view.search().runningRuns.empty());
        QCOMPARE(running->series().size(), 0);
        QVERIFY2(running->title().contains(QStringLiteral("none is training")),
                 qPrintable(running->title()));
    }

    void folderThatIsNoSearchSaysSo() {
        widgets::TuneView view;
        QTemporaryDir empty;
        QVERIFY(!view.openSearch(empty.path()));
        QVERIFY2(view.summary()->text().contains(QStringLiteral("tune.json")),
                 qPrintable(view.summary()->text()));
        QVERIFY(!view.trainBestButton()->isEnabled());
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestTuneView)
#include "tst_tune_view.moc"
