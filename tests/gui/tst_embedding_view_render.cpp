// The embedding view against baseline images: a fixed synthetic scene (600 evaluation points,
// 12 of each generated kind, triplets) and the reset camera, one image per colour mode, one
// orthographic with a selection and a picked point. Rendered offscreen by the view itself
// (renderImage, as PNG export does) so the window manager plays no part. Needs OpenGL
// (xvfb-run); skips without it. GRINDSTONE_UPDATE_BASELINES=1 rewrites the baselines.
#include <QtTest>

#include "EmbeddingTestScene.h"
#include "GlTestSupport.h"
#include "GuiTestSupport.h"
#include "ImageCompare.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/selection/SampleSelection.h"

using namespace grindstone::widgets;

namespace {

const QSize kImageSize(640, 480);

}  // namespace

class TestEmbeddingViewRender : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddingView> m_view;

private Q_SLOTS:
    void init() {
        GRINDSTONE_REQUIRE_OPENGL();
        m_view = std::make_unique<EmbeddingView>();
        m_view->resize(kImageSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setScene(grindstone::test::syntheticScene(600, 12, 6));
        QApplication::processEvents();
    }

    void cleanup() { m_view.reset(); }

    void colourModes_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("name");
        QTest::newRow("class") << int(ColorMode::ByClass) << QStringLiteral("embedding-by-class");
        QTest::newRow("kind") << int(ColorMode::ByKind) << QStringLiteral("embedding-by-kind");
        QTest::newRow("hardness") << int(ColorMode::ByHardness)
                                  << QStringLiteral("embedding-by-hardness");
        QTest::newRow("split") << int(ColorMode::BySplit) << QStringLiteral("embedding-by-split");
    }

    void colourModes() {
        QFETCH(int, mode);
        QFETCH(QString, name);
        m_view->setColorMode(ColorMode(mode));
        grindstone::test::verifyBaseline(m_view->renderImage(kImageSize), name);
    }

    void orthographicWithSelectionAndPick() {
        SampleSelection selection;
        m_view->setSelectionModel(&selection);
        selection.setIndices({0, 6, 12, 18, 24, 30});  // class 0's first evaluation points
        m_view->setPickedPoint(600 + 6);               // a stage-2 output
        m_view->setParallelProjection(true);
        m_view->setPointSize(7);
        m_view->setKindVisible(PointKind::EvalTrain, false);
        grindstone::test::verifyBaseline(m_view->renderImage(kImageSize),
                                         QStringLiteral("embedding-ortho-selection"));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestEmbeddingViewRender)
#include "tst_embedding_view_render.moc"
