// Training through the window as a person does it: type the settings, click Start, watch the
// charts fill, pause (the steps stop), resume with the keyboard, stop, find a complete and
// resumable session, resume it from the run browser to the end, open it read-only; and close
// the window in the middle of a run.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/TrainingRun.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/charts/MetricChart.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/experiment/DatasetPicker.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionField.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/runs/RunBrowser.h"

using namespace grindstone;
using grindstone::test::typeInto;
using State = gui::TrainingController::State;

namespace {

// Generous: the machine may be shared with other builds. Never a pass/fail criterion on speed.
constexpr int kLong = 600000;

QJsonObject readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Makes the run fail at one step, as a crash would: TrainingRun records "crashed".
struct FailAt : TrainingObserver {
    int64_t at = 0;
    void onStep(const StepReport& r) override {
        if (r.step == at) throw std::runtime_error("simulated crash");
    }
};

bool hasEvent(const widgets::MetricStore& store, const QString& kind) {
    for (const auto& e : store.events())
        if (e.kind == kind) return true;
    return false;
}

}  // namespace

class TestTrainingUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_workspace;

    /// Types a short two-stage run on the glyphs into the panel (small batches: a step takes
    /// well under a second on two idle cores).
    void enterTinyRun(gui::MainWindow& window, const QString& steps) {
        auto* panel = window.experimentPanel();
        typeInto(panel->dataset()->pathEdit(), test::glyphsFolder());
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("steps"), steps},
            {QStringLiteral("eval_every"), QStringLiteral("10")},
            {QStringLiteral("eval_max_images"), QStringLiteral("300")},
            {QStringLiteral("snapshot_every"), QStringLiteral("0")},
            {QStringLiteral("checkpoint_every"), QStringLiteral("10")},
            {QStringLiteral("batch_classes"), QStringLiteral("4")},
            {QStringLiteral("batch_per_class"), QStringLiteral("4")},
            {QStringLiteral("triplets"), QStringLiteral("16")},
            {QStringLiteral("log_every"), QStringLiteral("1")},
            // One LibTorch thread: two crawl when the window shares a core (TrainingController).
            {QStringLiteral("threads"), QStringLiteral("1")},
        };
        for (const auto& [name, value] : values)
            typeInto(panel->form()->field(name)->editor(), value);
        QVERIFY2(panel->isReady(), qPrintable(panel->problem()));
    }

    static void click(gui::MainWindow& window, const QString& button) {
        auto* b = window.findChild<QToolButton*>(button);
        QVERIFY2(b, qPrintable(button));
        QVERIFY2(b->isEnabled(), qPrintable(button + QStringLiteral(" is disabled")));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    /// Waits until the trainer has stopped sending steps (a step in flight when the pause was
    /// asked for still finishes), then returns the step it rests at. "Stopped" means quiet for
    /// three times the slowest step seen so far, however loaded the machine is.
    static qint64 settledStep(const widgets::MetricStore& store) {
        const QVector<double>* seconds = store.column(QStringLiteral("step_seconds"));
        double slowest = 0;
        for (double s : *seconds)
            slowest = std::max(slowest, s);
        const int quietMs = std::max(1000, static_cast<int>(3000 * slowest));
        qint64 last = -1;
        for (int i = 0; i < 100 && store.lastStep() != last; ++i) {
            last = store.lastStep();
            QTest::qWait(quietMs);
        }
        return store.lastStep();
    }

    static void clickRow(QTreeWidget* table, const QString& folder) {
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = table->topLevelItem(i);
            if (item->text(0) == QDir(folder).dirName()) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualItemRect(item).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for ") + folder));
    }

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        QSettings().clear();
    }

    void trainPauseResumeStopThenResumeAndOpen() {
        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        enterTinyRun(window, QStringLiteral("30"));
        auto& store = *window.store();
        auto* controller = window.controller();

        click(window, QStringLiteral("startActionButton"));
        QVERIFY(controller->busy());
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(!window.experimentPanel()->form()->isEnabled());  // options fixed while training
        QTRY_VERIFY_WITH_TIMEOUT(store.lastStep() >= 3, kLong);

        // The charts receive points: losses, schedules, the step-0 evaluation.
        auto* charts = window.chartsView();
        QTRY_VERIFY_WITH_TIMEOUT(charts->chart(QStringLiteral("metric-loss"))->pointCount() > 0,
                                 kLong);
        QVERIFY(charts->chart(QStringLiteral("network-losses"))->pointCount() > 0);
        QVERIFY(charts->chart(QStringLiteral("art-margin"))->pointCount() > 0);
        QVERIFY(charts->chart(QStringLiteral("mixing-weight"))->pointCount() > 0);
        QVERIFY(charts->chart(QStringLiteral("stretch-threshold"))->pointCount() > 0);
        QVERIFY(charts->chart(QStringLiteral("retrieval"))->pointCount() > 0);
        QVERIFY(charts->runTitle().startsWith(QStringLiteral("Live: ")));

        // Pause: the steps stop while the window stays responsive.
        click(window, QStringLiteral("pauseActionButton"));
        QCOMPARE(controller->state(), State::Paused);
        QVERIFY(window.resumeAction()->isEnabled());
        const qint64 paused = settledStep(store);
        QVERIFY2(paused < 30, "the run ended before the pause");
        QTest::qWait(3000);
        QCOMPARE(store.lastStep(), paused);

        // Resume with the keyboard (Ctrl+P toggles).
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(controller->state(), State::Training);
        QTRY_VERIFY_WITH_TIMEOUT(store.lastStep() > paused, kLong);

        // Past the first checkpoint (step 10), stop.
        QTRY_VERIFY_WITH_TIMEOUT(store.lastStep() >= 12, kLong);
        click(window, QStringLiteral("stopActionButton"));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Idle, kLong);
        const QString folder = controller->runFolder();
        const qint64 stoppedAt = store.lastStep();
        QVERIFY(stoppedAt < 30);
        QVERIFY(hasEvent(store, QStringLiteral("checkpoint")));

        // The session folder is complete and resumable.
        const QJsonObject run = readJson(folder + QStringLiteral("/run.json"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(run.value(QStringLiteral("step")).toInteger(), stoppedAt);
        QVERIFY(QFile::exists(folder + QStringLiteral("/config.json")));
        QVERIFY(QFileInfo(folder + QStringLiteral("/metrics.jsonl")).size() > 0);
        const QString checkpoint =
            QStringLiteral("/checkpoints/step-%1.pt").arg(stoppedAt, 8, 10, QLatin1Char('0'));
        QVERIFY2(QFile::exists(folder + checkpoint), qPrintable(folder + checkpoint));
        QVERIFY(window.startAction()->isEnabled());

        // The run browser lists it as stopped; resume it from there to the end.
        auto* runs = window.runBrowser();
        clickRow(runs->table(), folder);
        QCOMPARE(runs->selectedRun(), folder);
        QVERIFY(runs->resumeButton()->isEnabled());
        QTest::mouseClick(runs->resumeButton(), Qt::LeftButton);
        QVERIFY(controller->busy());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Idle, kLong);
        const QJsonObject finished = readJson(folder + QStringLiteral("/run.json"));
        QCOMPARE(finished.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QVERIFY(finished.value(QStringLiteral("final_metrics"))
                    .toObject()
                    .contains(QStringLiteral("recall_at_1")));
        QCOMPARE(store.lastStep(), 30);
        QVERIFY(hasEvent(store, QStringLiteral("resume")));
        QVERIFY(!store.evaluations().isEmpty() && store.evaluations().back().final);
        QVERIFY(charts->runTitle().startsWith(QStringLiteral("Finished: ")));

        // Open it read-only: the whole logged history comes back from the session folder.
        clickRow(runs->table(), folder);
        QTest::mouseClick(runs->openButton(), Qt::LeftButton);
        QVERIFY(charts->runTitle().startsWith(QStringLiteral("Read-only: ")));
        QCOMPARE(store.steps().size(), 30);  // log_every 1
        QVERIFY(!hasEvent(store, QStringLiteral("rollback")));
        QVERIFY(charts->chart(QStringLiteral("retrieval"))->pointCount() >= 4);
    }

    void crashedRunResumesFromItsCheckpointAndDropsTheLostSteps() {
        // Checkpoint at 5, crash at 8: steps 6-8 are in the log but not in the checkpoint.
        const QString folder = m_workspace.filePath(QStringLiteral("crashed-run"));
        {
            Config config;
            for (const auto& [key, value] : {std::pair<const char*, const char*>{"steps", "12"},
                                             {"eval_every", "0"},
                                             {"eval_max_images", "300"},
                                             {"snapshot_every", "0"},
                                             {"checkpoint_every", "5"},
                                             {"log_every", "1"},
                                             {"threads", "1"},
                                             {"batch_classes", "4"},
                                             {"batch_per_class", "4"},
                                             {"triplets", "16"}})
                config.set(key, value);
            config.set("dataset", test::glyphsFolder().toStdString());
            TrainingRun run(config, folder.toStdString());
            FailAt fail;
            fail.at = 8;
            run.trainer().addObserver(&fail);
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, run.run());
        }
        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* runs = window.runBrowser();
        clickRow(runs->table(), folder);
        QCOMPARE(runs->table()->currentItem()->text(1), QStringLiteral("crashed"));
        QTest::mouseClick(runs->resumeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->state(), State::Idle, kLong);

        const QJsonObject run = readJson(folder + QStringLiteral("/run.json"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        auto& store = *window.store();
        QVERIFY(hasEvent(store, QStringLiteral("rollback")));
        QVector<qint64> expected;
        for (qint64 s = 1; s <= 12; ++s)
            expected << s;
        QCOMPARE(store.steps(), expected);  // 6-8 once, from the resumed branch
        // Read back from the folder, the log's replayed steps give the same curve.
        QVERIFY(window.openRun(folder));
        QCOMPARE(store.steps(), expected);
        QVERIFY(hasEvent(store, QStringLiteral("rollback")));
    }

    void frozenBackboneFeaturesAreCountedInTheProgressBar() {
        // Feature mode computes a frozen backbone's features before the first step (minutes
        // for a ResNet-50): the bar counts the images and the status says what is going on.
        QTemporaryDir scratch;
        const QString python = test::pythonWithTorch();
        QVERIFY2(!python.isEmpty(), "no python3 with torch (apt-get install python3-torch)");
        const QString script = scratch.filePath(QStringLiteral("pool.py"));
        const QString module = scratch.filePath(QStringLiteral("pool.pt"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Two small convolutions: slow enough (seconds for the 9,858 glyphs) to be watched.
        file.write(
            "import sys, torch\n"
            "n = torch.nn\n"
            "m = n.Sequential(n.Conv2d(3, 16, 3, padding=1), n.ReLU(),\n"
            "                 n.Conv2d(16, 16, 3, padding=1), n.ReLU(),\n"
            "                 n.AdaptiveAvgPool2d(4), n.Flatten())\n"
            "torch.jit.script(m).save(sys.argv[1])\n");
        file.close();
        QProcess p;
        p.start(python, {script, module});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const QByteArray previous = qgetenv("XDG_CACHE_HOME");  // a cache miss every time
        qputenv("XDG_CACHE_HOME", scratch.filePath(QStringLiteral("cache")).toLocal8Bit());
        const auto restore = qScopeGuard([&] { qputenv("XDG_CACHE_HOME", previous); });

        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        enterTinyRun(window, QStringLiteral("3"));
        auto* panel = window.experimentPanel();
        // The window remembers its options (saved at a start and on closing): the tests after
        // this one must not inherit a module that is deleted with this test's folder.
        const auto forget = qScopeGuard([&window, panel] {
            panel->setValues({{QStringLiteral("backbone"), QStringLiteral("auto")},
                              {QStringLiteral("backbone_module"), QString()},
                              {QStringLiteral("freeze_backbone"), QStringLiteral("false")},
                              {QStringLiteral("channels"), QStringLiteral("1")},
                              {QStringLiteral("image_size"), QStringLiteral("0")},
                              {QStringLiteral("method"), QStringLiteral("two-stage")}});
            window.close();  // saves the options
        });
        panel->setValues({{QStringLiteral("backbone"), QStringLiteral("torchscript")},
                          {QStringLiteral("backbone_module"), module},
                          {QStringLiteral("freeze_backbone"), QStringLiteral("true")},
                          {QStringLiteral("channels"), QStringLiteral("3")},
                          {QStringLiteral("image_size"), QStringLiteral("32")},
                          {QStringLiteral("method"), QStringLiteral("triplet")}});
        QVERIFY2(panel->isReady(), qPrintable(panel->problem()));

        auto* controller = window.controller();
        auto* bar = panel->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        QVERIFY(bar);
        QStringList statuses;
        QList<QPair<qint64, qint64>> counts;
        QStringList barTexts;
        connect(controller, &gui::TrainingController::progressed, this, [&] {
            statuses << controller->statusText();
            if (controller->featureProgress().second > 0) {
                counts << controller->featureProgress();
                barTexts << bar->text();
            }
        });
        click(window, QStringLiteral("startActionButton"));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Idle, kLong);

        QVERIFY2(!counts.isEmpty(), qPrintable(statuses.join(QLatin1Char('\n'))));
        QVERIFY(counts.front().first < counts.front().second);
        QVERIFY(counts.back().second == counts.front().second);  // every image of the dataset
        QVERIFY(barTexts.back().endsWith(QStringLiteral(" images")));
        QVERIFY(statuses.contains(
            QStringLiteral("Computing the backbone's features (cached for later runs)...")));
        QVERIFY(controller->featureProgress() == (QPair<qint64, qint64>()));  // gone once done
        const QJsonObject run = readJson(controller->runFolder() + QStringLiteral("/run.json"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    }

    void firstStartOnTheDefaultDataDrawsItWithProgressAndShowsTheFloor() {
        // A user's first start: the default glyph benchmark is not built yet.
        QTemporaryDir dataHome;
        const QByteArray previous = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
        const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", previous); });
        gui::MainWindow window({m_workspace.path(), QStringLiteral("/nonexistent")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        enterTinyRun(window, QStringLiteral("2"));
        auto* panel = window.experimentPanel();
        QTest::mouseClick(panel->dataset()->findChild<QPushButton*>(QStringLiteral("glyphsButton")),
                          Qt::LeftButton);
        QCOMPARE(panel->dataset()->path(), QStringLiteral("glyphs"));
        typeInto(panel->form()->field(QStringLiteral("eval_every"))->editor(), QStringLiteral("0"));
        QVERIFY2(panel->isReady(), qPrintable(panel->problem()));

        auto* controller = window.controller();
        QStringList statuses;
        QList<QPair<int, int>> counts;
        connect(controller, &gui::TrainingController::progressed, this, [&] {
            statuses << controller->statusText();
            if (controller->preparation().second > 0) counts << controller->preparation();
        });
        click(window, QStringLiteral("startActionButton"));
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Idle, kLong);

        QVERIFY2(!counts.isEmpty(), qPrintable(statuses.join(QLatin1Char('\n'))));
        QVERIFY(counts.front().first < counts.front().second);  // counted while drawing
        QVERIFY(statuses.filter(QStringLiteral("Drawing the glyph benchmark")).size() > 0);
        QVERIFY(QFile::exists(
            dataHome.filePath(QStringLiteral("grindstone/glyphs/train-images-idx3-ubyte.gz"))));
        const QJsonObject run = readJson(controller->runFolder() + QStringLiteral("/run.json"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(run.value(QStringLiteral("dataset")).toString(), QStringLiteral("glyphs"));
        // The finished run's floor reaches the charts.
        QVERIFY(window.store()->floor().contains(QStringLiteral("recall_at_1")));
        QCOMPARE(window.store()->floor().value(QStringLiteral("recall_at_1")),
                 run.value(QStringLiteral("raw_pixel_floor"))
                     .toObject()
                     .value(QStringLiteral("recall_at_1"))
                     .toDouble());
    }

    void closingDuringTrainingStopsAndSaves() {
        auto* window = new gui::MainWindow({m_workspace.path(), QStringLiteral("/nonexistent")});
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        enterTinyRun(*window, QStringLiteral("5000"));
        click(*window, QStringLiteral("startActionButton"));
        QTRY_VERIFY_WITH_TIMEOUT(window->store()->lastStep() >= 2, kLong);
        const QString folder = window->controller()->runFolder();

        QVERIFY(!window->close());  // not yet: the run saves first
        QVERIFY(window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), kLong);
        const QJsonObject run = readJson(folder + QStringLiteral("/run.json"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        const qint64 step = run.value(QStringLiteral("step")).toInteger();
        QVERIFY(step >= 2 && step < 5000);
        QVERIFY(QFile::exists(
            folder + QStringLiteral("/checkpoints/step-%1.pt").arg(step, 8, 10, QLatin1Char('0'))));
        delete window;
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestTrainingUi)
#include "tst_training_ui.moc"
