// The Embedding tab in the window: a run opened read-only shows its newest stored step in the
// 3D view (evaluation subset and probe batch), the slider scrubs the stored steps, another
// layout method re-projects off the UI thread, and clicking a point shows it in the info panel.
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>

#include <QTreeWidget>
#include "CompareEmbeddings.h"
#include "EmbeddingTab.h"
#include "GlTestSupport.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/EmbeddingViewOptions.h"
#include "widgets/embedding/PointInfoPanel.h"
#include "widgets/gallery/SamplesView.h"
#include "widgets/gallery/TripletInspector.h"

using namespace grindstone;

namespace {

/// Waits for the tab to draw `step` (any step when -1).
bool waitForStep(gui::EmbeddingTab* tab, qint64 step) {
    QSignalSpy shown(tab, &gui::EmbeddingTab::stepShown);
    if (!tab->projecting() && (step < 0 || tab->shownStep() == step)) return true;
    for (int i = 0; i < 240; ++i) {
        if (!shown.isEmpty() && (step < 0 || shown.last()[0].toLongLong() == step)) return true;
        shown.wait(500);
    }
    return false;
}

}  // namespace

class TestEmbeddingTab : public QObject {
    Q_OBJECT
    QTemporaryDir m_workspace;
    QString m_run, m_otherSeed;

    static QString train(const QString& out, int seed) {
        QProcess cli;
        cli.start(
            QStringLiteral(GRINDSTONE_CLI),
            {QStringLiteral("train"), QStringLiteral("--set"),
             QStringLiteral("dataset=") + test::glyphsFolder(), QStringLiteral("--set"),
             QStringLiteral("steps=2"), QStringLiteral("--set"), QStringLiteral("snapshot_every=1"),
             QStringLiteral("--set"), QStringLiteral("snapshot_size=60"), QStringLiteral("--set"),
             QStringLiteral("threads=1"), QStringLiteral("--set"),
             QStringLiteral("seed=%1").arg(seed), QStringLiteral("--out"), out});
        if (!cli.waitForFinished(600000) || cli.exitCode() != 0)
            return QString::fromUtf8(cli.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        GRINDSTONE_REQUIRE_GLYPHS();
        m_run = m_workspace.filePath(QStringLiteral("tiny"));
        m_otherSeed = m_workspace.filePath(QStringLiteral("tiny-seed2"));
        const QString error = train(m_run, 1) + train(m_otherSeed, 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void openedRunShowsItsStepsAndReprojects() {
        GRINDSTONE_REQUIRE_OPENGL();
        gui::MainWindow window({m_workspace.path(), test::glyphsFolder()});
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.showView(QStringLiteral("embedding")));
        QVERIFY(window.openRun(m_run));
        gui::EmbeddingTab* tab = window.embeddingTab();
        // A step chosen in the Samples tab while the opened run's first layout is still being
        // computed stays chosen when that layout arrives.
        QTRY_VERIFY_WITH_TIMEOUT(window.samplesView()->stepCombo()->count() == 3, 60000);
        window.samplesView()->setStep(1);
        QVERIFY(waitForStep(tab, 2));
        QApplication::processEvents();
        QCOMPARE(window.samplesView()->currentStep(), int64_t(1));
        QCOMPARE(tab->stepSlider()->maximum(), 2);  // steps 0, 1, 2
        const gui::ProjectedStep* shown = tab->shown();
        QVERIFY(shown);
        QCOMPARE(shown->points.evaluationRows, int64_t(60));
        const int64_t rows = shown->points.embeddings.rows;
        QVERIFY(rows > 60);  // the probe batch's stages follow the evaluation subset
        QCOMPARE(static_cast<int64_t>(tab->panel()->view()->scene().points.size()), rows);
        QVERIFY(!tab->panel()->view()->scene().triplets.empty());

        tab->stepSlider()->setValue(0);
        QVERIFY(waitForStep(tab, 0));
        QCOMPARE(window.samplesView()->currentStep(),
                 int64_t(0));  // the slider moves the galleries

        tab->methodBox()->setCurrentIndex(tab->methodBox()->findText(QStringLiteral("t-SNE")));
        QVERIFY(waitForStep(tab, 0));
        QVERIFY(tab->findChild<QLabel*>(QStringLiteral("projectionStatus"))
                    ->text()
                    .startsWith(QStringLiteral("t-SNE of")));

        // An evaluation point: its class, kind and own image (from the run's thumbnails).
        // Points may overlap on screen: click one that is on top where it is drawn.
        auto* view = tab->panel()->view();
        int clicked = -1;
        for (int i = 0; i < 60 && clicked < 0; ++i)
            if (view->pointAt(QPointF(view->screenPosition(i).toPoint())) == i) clicked = i;
        QVERIFY(clicked >= 0);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->screenPosition(clicked).toPoint());
        auto* info = tab->panel()->info();
        QCOMPARE(info->shownPoint(), clicked);
        QVERIFY(info->field(QStringLiteral("kind")).startsWith(QStringLiteral("evaluation")));
        QCOMPARE(info->imageCount(), 1);

        // A probe sample picked in the 3D view puts its triplet in the Samples tab's inspector
        // at the step shown.
        const auto& sources = tab->shown()->points.sources;
        int probe = -1;
        for (size_t i = 0; i < sources.size(); ++i)
            if (sources[i].probe && sources[i].stageFile == "g2_negative" &&
                sources[i].probeRow == 2)
                probe = static_cast<int>(i);
        QVERIFY(probe >= 0);
        view->setPickedPoint(probe);
        QTRY_COMPARE_WITH_TIMEOUT(window.samplesView()->currentStep(), int64_t(0), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(window.samplesView()->inspector()->row(), qint64(2), 60000);
    }

    void twoRunsSideBySideOnTheSameImages();
};

void TestEmbeddingTab::twoRunsSideBySideOnTheSameImages() {
    GRINDSTONE_REQUIRE_OPENGL();
    gui::CompareEmbeddings compare;
    compare.resize(1400, 700);
    compare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compare));
    QSignalSpy computed(&compare, &gui::CompareEmbeddings::computed);
    compare.setRuns({m_run, m_otherSeed});
    QVERIFY(computed.wait(120000));
    // The evaluation subset does not depend on the seed: all 60 images are shared.
    QVERIFY2(compare.statusText().contains(QStringLiteral("60 shared evaluation images")),
             qPrintable(compare.statusText()));
    QCOMPARE(compare.left()->view()->scene().points.size(), size_t(60));
    QCOMPARE(compare.right()->view()->scene().points.size(), size_t(60));
    QCOMPARE(compare.changedList()->topLevelItemCount(), 60);
    // A point clicked in the list is picked in the left view.
    compare.changedList()->scrollToTop();
    QApplication::processEvents();
    QSignalSpy clicked(compare.changedList(), &QTreeWidget::itemClicked);
    QTest::mouseClick(
        compare.changedList()->viewport(), Qt::LeftButton, {},
        compare.changedList()->visualItemRect(compare.changedList()->topLevelItem(0)).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(compare.left()->view()->pickedPoint(),
             compare.changedList()->topLevelItem(0)->text(0).toInt());
    // One options strip draws both views alike.
    QVERIFY(compare.right()->options()->isHidden());
    compare.left()->view()->setColorMode(widgets::ColorMode::BySplit);
    QCOMPARE(compare.right()->view()->colorMode(), widgets::ColorMode::BySplit);
    compare.left()->view()->setKindVisible(widgets::PointKind::EvalTrain, false);
    QVERIFY(!compare.right()->view()->isKindVisible(widgets::PointKind::EvalTrain));
    QVERIFY(compare.right()->view()->isKindVisible(widgets::PointKind::EvalTest));
    compare.left()->view()->setPointSize(8);
    QCOMPARE(compare.right()->view()->pointSize(), 8.0);
    if (qEnvironmentVariableIsSet("GRINDSTONE_SCREENSHOT"))
        compare.grab().save(qEnvironmentVariable("GRINDSTONE_SCREENSHOT"));

    compare.setRuns({m_run});
    QVERIFY(compare.statusText().startsWith(QStringLiteral("Select two runs")));
}

GRINDSTONE_GUI_TEST_MAIN(TestEmbeddingTab)
#include "tst_embedding_tab.moc"
