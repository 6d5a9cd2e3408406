// Benchmark (not a test): frames per second of the embedding view while the camera rotates
// (level of detail on) and the time of a full-detail frame, at 70,000 and at 100 points, in a
// 1000x800 view. Needs a display with OpenGL (xvfb-run); prints figures, asserts nothing.
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/tests/gui/bench_embedding_view
//   options: --frames N (default 60), --points N[,N...] (default 70000,100),
//            --screenshot FILE.png (the whole embedding panel with the first count's
//            scene and a picked stage-2 output, as shown on screen)
#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QStringList>
#include <QTest>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "EmbeddingTestScene.h"
#include "widgets/embedding/EmbeddingPanel.h"
#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/PointInfoPanel.h"
#include "widgets/embedding/SceneStyle.h"
#include "widgets/selection/SampleSelection.h"

using grindstone::widgets::EmbeddingView;

namespace {

struct Figures {
    double wallMs = 0;    // per frame: camera move to the frame composed and flushed
    double renderMs = 0;  // per frame: VTK's Render() inside paintGL
    double cpuMs = 0;     // per frame: CPU time of this process, all threads (llvmpipe's too)
};

double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

/// Processes events until the view has drawn a frame it was asked for.
void waitForFrame(EmbeddingView& view) {
    const int before = view.renderedFrames();
    QElapsedTimer timeout;
    timeout.start();
    while (view.renderedFrames() == before && timeout.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents);
}

Figures measure(EmbeddingView& view, int frames, bool interacting) {
    view.setInteracting(interacting);
    waitForFrame(view);  // uploads whatever changed outside the timing
    std::vector<double> renders;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuMs();
    for (int i = 0; i < frames; ++i) {
        // As a mouse move does it: the camera moves, the view and its axes overlay ask for an
        // update, and Qt paints both in one composed frame.
        view.rotateCamera(3, i % 2 ? 0.5 : -0.5);
        waitForFrame(view);
        renders.push_back(view.lastRenderMs());
    }
    const double total = double(timer.nsecsElapsed()) / 1e6;
    double renderSum = 0;
    for (double r : renders)
        renderSum += r;
    view.setInteracting(false);
    return {total / frames, renderSum / frames, (processCpuMs() - cpuStart) / frames};
}

/// A stand-in for the dataset's images: the class's colour with its label drawn on it.
QImage sampleImage(const grindstone::widgets::ScenePoint& point) {
    QImage image(28, 28, QImage::Format_RGB32);
    image.fill(grindstone::widgets::classColor(point.label).lighter(130));
    QPainter painter(&image);
    painter.drawText(image.rect(), Qt::AlignCenter, QString::number(point.label));
    return image;
}

/// The whole panel (options, view, info on a picked stage-2 output) with `count` points.
bool saveScreenshot(const QString& path, int count) {
    using namespace grindstone::widgets;
    SampleSelection selection;
    EmbeddingPanel panel(&selection);
    panel.resize(1400, 800);
    panel.info()->setImageProvider(sampleImage);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel)) return false;
    const int generated = std::max(1, count / 100);
    panel.view()->setScene(grindstone::test::syntheticScene(count - 9 * generated, generated));
    panel.view()->setPickedPoint(count - 9 * generated + 6);  // the first stage-2 output
    QTest::qWait(200);
    return panel.grab().save(path);
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
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("embedding view, 1000x800, %d frames per figure; load average %.2f (%d cores)\n",
                frames, load[0], QThread::idealThreadCount());
    for (int count : counts) {
        // Evaluation points plus 9 generated kinds of count/100 each (at least 1).
        const int generated = std::max(1, count / 100);
        auto scene = grindstone::test::syntheticScene(count - 9 * generated, generated);
        QElapsedTimer upload;
        upload.start();
        view.setScene(std::move(scene), true);
        waitForFrame(view);
        const double firstMs = double(upload.nsecsElapsed()) / 1e6;
        if (noOverlay)
            for (auto* child : view.findChildren<QWidget*>())
                child->hide();
        const Figures full = measure(view, frames, false);
        const Figures lod = measure(view, frames, true);
        // The frame a mouse release asks for: full detail again after the subsampled ones.
        view.setInteracting(true);
        waitForFrame(view);
        QElapsedTimer release;
        release.start();
        view.setInteracting(false);
        waitForFrame(view);
        const double releaseMs = double(release.nsecsElapsed()) / 1e6;
        std::printf("%6d points: first frame (scene upload) %.1f ms\n", count, firstMs);
        const auto print = [](const char* what, const Figures& f) {
            std::printf(
                "  %-12s: %6.1f ms/frame (%5.1f frames/s); VTK render %6.1f ms; CPU %6.1f "
                "ms/frame\n",
                what, f.wallMs, 1000 / f.wallMs, f.renderMs, f.cpuMs);
        };
        print("full detail", full);
        print("rotating", lod);
        std::printf("  %-12s: %6.1f ms (VTK render %.1f ms)\n", "on release", releaseMs,
                    view.lastRenderMs());
    }
    if (!screenshot.isEmpty()) return saveScreenshot(screenshot, counts.front()) ? 0 : 1;
    return 0;
}
