// The 3D embedding view: scene model, neighbours, the shared selection, and the widget driven
// with the mouse (pick a point and read the info panel, box selection, rotation, hidden
// kinds, PNG export). Widget tests need OpenGL (xvfb-run); without it they skip.
#include <QComboBox>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

#include <cmath>

#include "GlTestSupport.h"
#include "GuiTestSupport.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/EmbeddingViewOptions.h"
#include "widgets/embedding/NearestNeighbours.h"
#include "widgets/embedding/PointInfoPanel.h"
#include "widgets/selection/SampleSelection.h"

using namespace grindstone::widgets;

namespace {

constexpr int kGenerated = 18;

/// Three clusters of six real points (shirt at -x, boot at +x, bag at +y) and one stage-2
/// output drawn far below them whose embedding lies inside the shirt cluster: neighbours
/// must come from the embedding space, not from the 3D positions.
EmbeddingScene clusterScene() {
    EmbeddingScene scene;
    const float offsets[6][3] = {{0, 0, 0},           {-0.3f, 0.2f, 0},
                                 {0.2f, -0.3f, 0.1f}, {-0.1f, 0.4f, -0.2f},
                                 {0.3f, 0.1f, 0.3f},  {-0.2f, -0.2f, 0.2f}};
    const float centres[3][3] = {{-4, 0, 0}, {4, 0, 0}, {0, 4, 0}};
    for (int c = 0; c < 3; ++c)
        for (const auto& o : offsets) {
            ScenePoint p;
            p.x = centres[c][0] + o[0];
            p.y = centres[c][1] + o[1];
            p.z = centres[c][2] + o[2];
            p.label = c;
            p.kind = c == 2 ? PointKind::EvalTrain : PointKind::EvalTest;
            p.split = c == 2 ? Split::Train : Split::Test;
            p.id = std::int64_t(scene.points.size()) + 100;
            scene.points.push_back(p);
        }
    ScenePoint generated;
    generated.x = 0.5f;
    generated.y = -3;
    generated.label = 1;
    generated.kind = PointKind::Stage2Output;
    generated.hardness = 0.75f;
    scene.points.push_back(generated);
    scene.embeddingDim = 4;
    for (const auto& p : scene.points)
        scene.embeddings.insert(scene.embeddings.end(), {p.x, p.y, p.z, 0.f});
    // Inside the shirt cluster in embedding space.
    std::copy_n(std::initializer_list<float>{-4.05f, 0.05f, 0, 0}.begin(), 4,
                scene.embeddings.begin() + kGenerated * 4);
    scene.triplets.push_back({0, 1, kGenerated, true});
    scene.classNames = {
        {0, QStringLiteral("shirt")}, {1, QStringLiteral("boot")}, {2, QStringLiteral("bag")}};
    return scene;
}

QImage imageOfClass(const ScenePoint& p) {
    QImage image(28, 28, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(p.label * 100, 200, 200));
    return image;
}

QRectF screenBounds(const EmbeddingView& view, int first, int last) {
    QRectF box(view.screenPosition(first), QSizeF(0, 0));
    for (int i = first; i <= last; ++i)
        box |= QRectF(view.screenPosition(i), QSizeF(0.01, 0.01));
    return box.adjusted(-8, -8, 8, 8);
}

}  // namespace

class TestEmbeddingView : public QObject {
    Q_OBJECT

    std::unique_ptr<SampleSelection> m_selection;
    std::unique_ptr<EmbeddingPanel> m_panel;

    EmbeddingView* view() const { return m_panel->view(); }

private Q_SLOTS:
    void init() {
        m_selection = std::make_unique<SampleSelection>();
        m_panel.reset();
    }

    void cleanup() { m_panel.reset(); }

    void kindNamesStagesAndClassFallback() {
        const EmbeddingScene scene = clusterScene();
        QCOMPARE(scene.className(1), QStringLiteral("boot"));
        QCOMPARE(scene.className(7), QStringLiteral("class 7"));
        QCOMPARE(pointKindName(PointKind::HdmlInterpolated), QStringLiteral("HDML interpolated"));
        QCOMPARE(pointKindStage(PointKind::Reconstruction), QStringLiteral("stage 1"));
        QCOMPARE(pointKindStage(PointKind::Stage2Output), QStringLiteral("stage 2"));
        QVERIFY(isRealKind(PointKind::RealNegative));
        QVERIFY(!isRealKind(PointKind::HdmlGenerated));
        QVERIFY(scene.hasEmbeddings());
    }

    void neighboursComeFromTheEmbeddingSpace() {
        EmbeddingScene scene = clusterScene();
        const auto near = nearestNeighbours(scene, kGenerated, 6);
        QCOMPARE(int(near.size()), 6);
        for (const Neighbour& n : near)
            QCOMPARE(scene.points[size_t(n.index)].label, 0);
        QCOMPARE(near[0].index, 0);  // (-4, 0, 0) is nearest to (-4.05, 0.05, 0)
        QVERIFY(std::abs(near[0].distance - std::sqrt(0.005f)) < 1e-5f);
        for (size_t i = 1; i < near.size(); ++i)
            QVERIFY(near[i - 1].distance <= near[i].distance);
        // Without embeddings the 3D positions count: the generated point is nearest to none
        // of the shirts any more.
        scene.embeddings.clear();
        QVERIFY(!scene.hasEmbeddings());
        const auto projected = nearestNeighbours(scene, kGenerated, 1);
        QVERIFY(scene.points[size_t(projected[0].index)].label != 0);
        // A filter keeps only real-kind candidates, and the query is never its own neighbour.
        const auto onlyBags = nearestNeighbours(
            scene, 12, 10, [&](int i) { return scene.points[size_t(i)].label == 2; });
        QCOMPARE(int(onlyBags.size()), 5);
    }

    void selectionIsSortedUniqueAndSignalsChangesOnly() {
        SampleSelection selection;
        QSignalSpy changed(&selection, &SampleSelection::changed);
        selection.setIndices({5, 2, 5, 9}, this);
        QCOMPARE(selection.indices(), (QList<int>{2, 5, 9}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QObject*>(), this);
        selection.setIndices({9, 2, 5});
        QCOMPARE(changed.count(), 1);
        QVERIFY(selection.contains(5) && !selection.contains(3));
        selection.clear();
        QCOMPARE(changed.count(), 2);
    }

    void aViewNeverShownComesAndGoesCleanly() {
        // The app may build the panel before its window shows (or never show it): no GL
        // context exists yet, so nothing may be drawn or released through one.
        EmbeddingView view;
        view.setScene(clusterScene());
        view.setColorMode(ColorMode::ByKind);
        view.setPickedPoint(3);
        QVERIFY(view.renderImage(QSize(100, 100)).isNull());
        QString error;
        QVERIFY(!view.exportPng(QDir::temp().filePath(QStringLiteral("never.png")), {100, 100},
                                &error));
        QVERIFY(error.contains(QStringLiteral("OpenGL")));
    }

    void clickShowsThePointInTheInfoPanel() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QSignalSpy picked(view(), &EmbeddingView::pointPicked);
        QTest::mouseClick(view(), Qt::LeftButton, {}, view()->screenPosition(8).toPoint());
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked[0][0].toInt(), 8);
        PointInfoPanel* info = m_panel->info();
        QCOMPARE(info->shownPoint(), 8);
        QCOMPARE(info->field(QStringLiteral("class")), QStringLiteral("boot (1)"));
        QCOMPARE(info->field(QStringLiteral("kind")), QStringLiteral("evaluation test"));
        QCOMPARE(info->field(QStringLiteral("stage")), QStringLiteral("real"));
        QCOMPARE(info->field(QStringLiteral("id")), QStringLiteral("108"));
        QCOMPARE(info->field(QStringLiteral("hardness")), QStringLiteral("not defined"));
        QCOMPARE(info->imageCount(), 1);
        QTreeWidget* list = info->neighbourList();
        QCOMPARE(list->topLevelItemCount(), 5);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            QCOMPARE(list->topLevelItem(i)->text(1), QStringLiteral("boot"));

        // Double-clicking a neighbour picks it.
        const int neighbour = list->topLevelItem(0)->data(0, Qt::UserRole).toInt();
        Q_EMIT list->itemDoubleClicked(list->topLevelItem(0), 0);
        QCOMPARE(view()->pickedPoint(), neighbour);
    }

    void aGeneratedPointShowsItsNearestRealImages() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QTest::mouseClick(view(), Qt::LeftButton, {}, view()->screenPosition(kGenerated).toPoint());
        PointInfoPanel* info = m_panel->info();
        QCOMPARE(info->shownPoint(), kGenerated);
        QCOMPARE(info->field(QStringLiteral("kind")), QStringLiteral("stage-2 output"));
        QCOMPARE(info->field(QStringLiteral("stage")), QStringLiteral("stage 2"));
        QCOMPARE(info->field(QStringLiteral("hardness")), QStringLiteral("0.75"));
        QCOMPARE(info->imageCount(), 3);
        QCOMPARE(info->neighbourList()->topLevelItem(0)->text(1), QStringLiteral("shirt"));
        // Clicking empty space clears the pick.
        QTest::mouseClick(view(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(info->shownPoint(), -1);
    }

    void shiftDragSelectsABoxIntoTheSharedSelection() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QSignalSpy changed(m_selection.get(), &SampleSelection::changed);
        const QRectF box = screenBounds(*view(), 12, 17);  // the bags
        QTest::mousePress(view(), Qt::LeftButton, Qt::ShiftModifier, box.topLeft().toPoint());
        QTest::mouseMove(view(), box.center().toPoint());
        QTest::mouseMove(view(), box.bottomRight().toPoint());
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::ShiftModifier, box.bottomRight().toPoint());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_selection->indices(), (QList<int>{12, 13, 14, 15, 16, 17}));
        QCOMPARE(changed[0][0].value<QObject*>(), view());
        QCOMPARE(view()->pickedPoint(), -1);  // a box is not a click
    }

    void dragRotatesWithoutPicking() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        const QPointF before = view()->screenPosition(0);
        const QPoint centre = view()->rect().center();
        QTest::mousePress(view(), Qt::LeftButton, {}, centre);
        QTest::mouseMove(view(), centre + QPoint(40, 0));
        QTest::mouseMove(view(), centre + QPoint(120, 10));
        QTest::mouseRelease(view(), Qt::LeftButton, {}, centre + QPoint(120, 10));
        QVERIFY((view()->screenPosition(0) - before).manhattanLength() > 20);
        QCOMPARE(view()->pickedPoint(), -1);
        view()->resetCamera();
        QVERIFY((view()->screenPosition(0) - before).manhattanLength() < 0.5);
    }

    void movingToAnotherWindowKeepsRendering() {
        // A floated dock: the view changes top-level window and Qt gives it a new context.
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QWidget other;
        auto* layout = new QVBoxLayout(&other);
        layout->addWidget(view());
        other.resize(700, 500);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        const QImage image = view()->renderImage(QSize(300, 200));
        QVERIFY(!image.isNull());
        QVERIFY(image.pixel(5, 5) == qRgb(255, 255, 255));  // the background was drawn
        view()->setParent(nullptr);  // back out before `other` goes (the panel deletes it)
        view()->setParent(m_panel.get());
        view()->show();
        QVERIFY(!view()->renderImage(QSize(300, 200)).isNull());
    }

    void linkedViewsShareTheirCamera() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        EmbeddingView other;
        other.resize(view()->size());
        other.setScene(clusterScene());
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        connect(view(), &EmbeddingView::cameraChanged, &other,
                [&] { other.followCamera(*view()); });
        connect(&other, &EmbeddingView::cameraChanged, view(),
                [&] { view()->followCamera(other); });
        QSignalSpy moved(&other, &EmbeddingView::cameraChanged);
        view()->rotateCamera(40, 10);
        view()->setParallelProjection(true);
        view()->zoomCamera(1.5);
        QVERIFY(moved.count() >= 3);
        QVERIFY(moved.count() < 10);  // no ping-pong
        QVERIFY(other.parallelProjection());
        for (int i : {0, 8, 15})
            QVERIFY((other.screenPosition(i) - view()->screenPosition(i)).manhattanLength() < 0.01);
    }

    void restingOverAPointShowsItsClassAndKind() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QTest::mouseMove(view(), view()->screenPosition(kGenerated).toPoint());
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("boot \u00b7 stage-2 output \u00b7 hardness 0.75"));
        QToolTip::hideText();
    }

    void doubleClickCentresOnAPoint() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QTest::mouseDClick(view(), Qt::LeftButton, {}, view()->screenPosition(14).toPoint());
        const QPointF centre = QRectF(view()->rect()).center();
        QVERIFY((view()->screenPosition(14) - centre).manhattanLength() < 1.0);
        QCOMPARE(view()->pickedPoint(), 14);
    }

    void hiddenKindsCannotBePicked() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        const QPoint at = view()->screenPosition(8).toPoint();
        view()->setKindVisible(PointKind::EvalTest, false);
        QCOMPARE(view()->pointAt(at), -1);
        view()->setKindVisible(PointKind::EvalTest, true);
        QCOMPARE(view()->pointAt(at), 8);
    }

    void optionsStripDrivesTheView() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QComboBox* mode = m_panel->options()->colorModeBox();
        mode->setCurrentIndex(mode->findText(QStringLiteral("Hardness")));
        QCOMPARE(view()->colorMode(), ColorMode::ByHardness);
        QMenu* kinds = m_panel->options()->kindsButton()->menu();
        QCOMPARE(kinds->actions().size(), 3);  // the kinds present: test, train, stage-2 output
        kinds->actions().at(2)->setChecked(false);
        QVERIFY(!view()->isKindVisible(PointKind::Stage2Output));
    }

    void exportWritesAPngOfTheChosenSize() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.png"));
        QString error;
        QVERIFY2(view()->exportPng(path, QSize(1200, 900), &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 900));
        // Not blank: a class colour (shirt: Tableau blue) is in it.
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2)
            for (int x = 0; x < image.width() && !found; x += 2)
                found = image.pixel(x, y) == classColor(0).rgb();
        QVERIFY(found);
        QVERIFY(!view()->exportPng(dir.filePath(QStringLiteral("missing/x.png")), QSize(10, 10),
                                   &error));
        QVERIFY(error.contains(QStringLiteral("missing/x.png")));
    }

    void emptyAndBrokenScenesAreHarmless() {
        GRINDSTONE_REQUIRE_OPENGL();
        showPanel();
        EmbeddingScene broken = clusterScene();
        broken.triplets.push_back({0, 999, -1, false});  // out of range: not drawn
        broken.embeddings.pop_back();  // wrong size: neighbours fall back to 3D positions
        view()->setScene(broken);
        QVERIFY(!view()->renderImage(QSize(200, 150)).isNull());
        QTest::mouseClick(view(), Qt::LeftButton, {}, view()->screenPosition(8).toPoint());
        QVERIFY(m_panel->info()->field(QStringLiteral("class")).startsWith(QStringLiteral("boot")));
        view()->setScene(EmbeddingScene{});
        QVERIFY(!view()->renderImage(QSize(200, 150)).isNull());
        QCOMPARE(view()->pointAt(view()->rect().center()), -1);
        QCOMPARE(m_panel->info()->shownPoint(), -1);
        QVERIFY(view()->presentKinds().empty());
    }

private:
    void showPanel() {
        m_panel = std::make_unique<EmbeddingPanel>(m_selection.get());
        m_panel->info()->setNeighbourCount(5);
        m_panel->info()->setImageProvider(imageOfClass);
        m_panel->resize(1100, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        view()->setScene(clusterScene());
        QApplication::processEvents();
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestEmbeddingView)
#include "tst_embedding_view.moc"
