// The Samples tab of a committed two-stage run (tests/data/gui/gallery-run, no decoder: the
// "no decoder yet" state) in a 1400 x 900 window, compared with baseline images: the G2
// negatives' gallery and the triplet inspector. Baselines: tests/data/gui/baselines; a mismatch
// writes the actual and difference images under the build folder (render-actual/);
// GRINDSTONE_UPDATE_BASELINES=1 rewrites them.
#include <QListView>
#include <QSettings>
#include <QTabWidget>
#include <QtTest>

#include "GuiTestSupport.h"
#include "ImageCompare.h"
#include "MainWindow.h"
#include "widgets/gallery/GalleryView.h"
#include "widgets/gallery/QaReviewPanel.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/gallery/TripletInspector.h"

using namespace grindstone;

namespace {

const QString kData = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui");

/// The run's path shows nowhere in the tab; its name does.
QString fixedRun() {
    return test::scratchHome() + QStringLiteral("/runs/gallery-run");
}

}  // namespace

class TestSamplesRender : public QObject {
    Q_OBJECT

    std::unique_ptr<gui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        QSettings().clear();
        QDir(QFileInfo(fixedRun()).path()).removeRecursively();
        QVERIFY(test::copyFolder(kData + QStringLiteral("/gallery-run"), fixedRun()));
        m_window = std::make_unique<gui::MainWindow>(
            gui::MainWindowSetup{QFileInfo(fixedRun()).path(), QStringLiteral("/nonexistent")});
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The reviewer defaults to $USER: a fixed name keeps the picture the same everywhere.
        m_window->samplesView()->review()->setReviewer(QStringLiteral("reviewer"));
        QVERIFY(m_window->openRun(fixedRun()));
        m_window->views()->setCurrentWidget(m_window->samplesView());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->samplesView()->stepSamples() != nullptr, 300000);
        QVERIFY(m_window->samplesView()->stepSamples()->problem.isEmpty());
    }

    void cleanupTestCase() { m_window.reset(); }

    void gallery() {
        widgets::SamplesView* view = m_window->samplesView();
        view->tabs()->setCurrentIndex(0);
        view->selectTriplet(1);
        test::verifyBaseline(test::grabWithoutFocus(view), QStringLiteral("samples-gallery"));
    }

    void tripletInspector() {
        widgets::SamplesView* view = m_window->samplesView();
        view->tabs()->setCurrentIndex(1);
        view->selectTriplet(4);
        QCOMPARE(view->inspector()->row(), 4);
        test::verifyBaseline(test::grabWithoutFocus(view),
                             QStringLiteral("samples-triplet-inspector"));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestSamplesRender)
#include "tst_samples_render.moc"
