// The main window in fixed states compared with baseline images: a small committed run
// (tests/data/gui/fixture-run) opened read-only, and the experiment panel refusing values.
// Baselines: tests/data/gui/baselines; on a mismatch the actual and difference images are
// written under the build folder (render-actual/). GRINDSTONE_UPDATE_BASELINES=1 rewrites them.
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QToolBox>
#include <QTreeWidget>
#include <QtTest>

#include "GuiTestSupport.h"
#include "ImageCompare.h"
#include "MainWindow.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/experiment/DatasetPicker.h"
#include "widgets/experiment/ExperimentPanel.h"
#include "widgets/experiment/OptionField.h"
#include "widgets/experiment/OptionForm.h"
#include "widgets/log/LogPanel.h"
#include "widgets/runs/RunBrowser.h"

using namespace grindstone;

namespace {

const QString kData = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui");
const QString kFixtureRun = QStringLiteral("20250301-120000-two-stage-semihard-s1");

/// Paths show in the window (workspace, run details): the fixture goes to the same place under
/// the test's own home folder, which the window shows as "~".
QString fixedRoot() {
    return test::scratchHome() + QStringLiteral("/grindstone-render-test");
}

bool copyFixture() {
    QDir root(fixedRoot());
    if (root.exists() && !root.removeRecursively()) return false;
    const QString run = fixedRoot() + QStringLiteral("/runs/") + kFixtureRun;
    if (!QDir().mkpath(run)) return false;
    for (const QString& file : {QStringLiteral("run.json"), QStringLiteral("config.json"),
                                QStringLiteral("metrics.jsonl")})
        if (!QFile::copy(kData + QStringLiteral("/fixture-run/") + file,
                         run + QLatin1Char('/') + file))
            return false;
    // A dataset folder that exists (two classes), so the panel's state does not depend on
    // whether this machine has Fashion-MNIST.
    return QDir().mkpath(fixedRoot() + QStringLiteral("/data/class-a")) &&
           QDir().mkpath(fixedRoot() + QStringLiteral("/data/class-b"));
}

}  // namespace

class TestMainWindowRender : public QObject {
    Q_OBJECT

    std::unique_ptr<gui::MainWindow> makeWindow() {
        auto window = std::make_unique<gui::MainWindow>(gui::MainWindowSetup{
            fixedRoot() + QStringLiteral("/runs"), fixedRoot() + QStringLiteral("/data")});
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) return nullptr;
        return window;
    }

private Q_SLOTS:
    void init() {
        QSettings().clear();
        QVERIFY(copyFixture());
    }

    void readOnlyRun() {
        auto window = makeWindow();
        QVERIFY(window);
        QTreeWidget* table = window->runBrowser()->table();
        QCOMPARE(table->topLevelItemCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->topLevelItem(0)).center());
        QTest::mouseClick(window->runBrowser()->openButton(), Qt::LeftButton);
        QVERIFY(window->store()->steps().size() > 10);
        window->logPanel()->clear();  // its lines carry the time of day
        test::verifyBaseline(test::grabWithoutFocus(window.get()),
                             QStringLiteral("main-window-read-only"));
    }

    void experimentPanelRefusingValues() {
        auto window = makeWindow();
        QVERIFY(window);
        auto* panel = window->experimentPanel();
        test::typeInto(panel->form()->field(QStringLiteral("steps"))->editor(),
                       QStringLiteral("0"));
        // A path that is the same on every machine: the field shows its end.
        test::typeInto(panel->dataset()->pathEdit(),
                       QStringLiteral("/nonexistent/grindstone-render-test/missing"));
        panel->form()->groups()->setCurrentIndex(0);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("experimentDock"));
        QVERIFY(dock);
        test::verifyBaseline(test::grabWithoutFocus(dock),
                             QStringLiteral("experiment-panel-invalid"));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestMainWindowRender)
#include "tst_main_window_render.moc"
