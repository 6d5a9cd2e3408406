// Benchmark (not a test): frames per second of the embedding view while the camera rotates
// (level of detail on) and the time of a full-detail frame, at 70,000 and at 100 points, in a
// 1000x800 view. Needs a display with OpenGL (xvfb-run); prints figures, asserts nothing.
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/tests/gui/bench_embedding_view
//   options: --frames N (default 60), --points N[,N...] (default 70000,100),
//            --screenshot FILE.png (the 70,000-point view, as shown on screen)
#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "EmbeddingTestScene.h"
#include "widgets/embedding/EmbeddingView.h"

using grindstone::widgets::EmbeddingView;

namespace {

struct Figures {
    double wallMs = 0;    // per frame, repaint() to composed and flushed
    double renderMs = 0;  // per frame, VTK's Render() inside paintGL
};

Figures measure(EmbeddingView& view, int frames, bool interacting) {
    view.setInteracting(interacting);
    view.repaint();  // uploads whatever changed outside the timing
    QApplication::processEvents();
    std::vector<double> renders;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        view.rotateCamera(3, i % 2 ? 0.5 : -0.5);
        view.repaint();
        QApplication::processEvents();
        renders.push_back(view.lastRenderMs());
    }
    const double total = double(timer.nsecsElapsed()) / 1e6;
    double renderSum = 0;
    for (double r : renders)
        renderSum += r;
    view.setInteracting(false);
    return {total / frames, renderSum / frames};
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int frames = 60;
    QList<int> counts{70000, 100};
    QString screenshot;
    double pointSize = 5;
    int noOverlay = 0;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--frames"))
            frames = args[++i].toInt();
        else if (args[i] == QStringLiteral("--points")) {
            counts.clear();
            for (const QString& n : args[++i].split(QLatin1Char(',')))
                counts << n.toInt();
        } else if (args[i] == QStringLiteral("--screenshot"))
            screenshot = args[++i];
        else if (args[i] == QStringLiteral("--point-size"))
            pointSize = args[++i].toDouble();
        else if (args[i] == QStringLiteral("--no-overlay"))
            noOverlay = args[++i].toInt();
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        std::fprintf(stderr,
                     "bench_embedding_view needs a display with OpenGL: run it under "
                     "xvfb-run -a -s \"-screen 0 1600x1000x24\"\n");
        return 2;
    }
    EmbeddingView view;
    view.resize(1000, 800);
    view.setPointSize(pointSize);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return 1;
    std::printf("embedding view, 1000x800, %d frames per figure\n", frames);
    for (int count : counts) {
        // Evaluation points plus 9 generated kinds of count/100 each (at least 1).
        const int generated = std::max(1, count / 100);
        auto scene = grindstone::test::syntheticScene(count - 9 * generated, generated);
        QElapsedTimer upload;
        upload.start();
        view.setScene(std::move(scene), true);
        view.repaint();
        QApplication::processEvents();
        const double firstMs = double(upload.nsecsElapsed()) / 1e6;
        if (noOverlay)
            for (auto* child : view.findChildren<QWidget*>())
                child->hide();
        const Figures full = measure(view, frames, false);
        const Figures lod = measure(view, frames, true);
        std::printf("%6d points: first frame (scene upload) %.1f ms\n", count, firstMs);
        std::printf("  full detail : %.1f ms/frame (%.1f frames/s), VTK render %.1f ms\n",
                    full.wallMs, 1000 / full.wallMs, full.renderMs);
        std::printf("  rotating    : %.1f ms/frame (%.1f frames/s), VTK render %.1f ms\n",
                    lod.wallMs, 1000 / lod.wallMs, lod.renderMs);
        if (!screenshot.isEmpty() && count == counts.front()) view.grab().save(screenshot);
    }
    return 0;
}
