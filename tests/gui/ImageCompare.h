#pragma once

#include <QApplication>
#include <QImage>
#include <QString>
#include <QtTest>

namespace grindstone::test {

/// How far an image is from its baseline.
struct ImageDifference {
    bool sameSize = false;
    double differingFraction = 1;  ///< pixels whose largest channel difference is over threshold
    int largestDelta = 255;
    QImage diff;  ///< differing pixels in red over a faded copy of the baseline
};

/// Compares two images pixel by pixel: a pixel differs when one of its channels differs by
/// more than `channelThreshold` (0-255), which absorbs anti-aliasing noise.
ImageDifference compareImages(const QImage& actual, const QImage& expected, int channelThreshold);

/// Compares `actual` with the baseline PNG `baselinePath`. Within tolerance: true. Otherwise
/// false, with `report` naming the fraction of differing pixels and where the actual image and
/// the difference image were written (`outputDir`/<name>-actual.png, <name>-diff.png).
/// With GRINDSTONE_UPDATE_BASELINES=1 in the environment the baseline is (re)written instead,
/// and `report` says so.
bool matchesBaseline(const QImage& actual, const QString& baselinePath, const QString& outputDir,
                     QString* report, bool* updated);

/// Grabs `widget` with no keyboard focus anywhere: a focus frame shows only in an active
/// window, which a test under Xvfb has and one offscreen may not.
inline QImage grabWithoutFocus(QWidget* widget) {
    if (QWidget* focused = QApplication::focusWidget()) focused->clearFocus();
    QApplication::processEvents();
    return widget->grab().toImage();
}

#if defined(GRINDSTONE_TEST_DATA_DIR) && defined(GRINDSTONE_RENDER_OUTPUT_DIR)
/// A render test's check: `actual` against tests/data/gui/baselines/<name>.png; skips when the
/// baseline was (re)written, fails with the report otherwise. Failures leave their images in
/// render-actual/<test program>/ of the build's tests/gui folder.
inline void verifyBaseline(const QImage& actual, const QString& name) {
    QString report;
    bool updated = false;
    const bool ok = matchesBaseline(
        actual,
        QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui/baselines/") + name + QStringLiteral(".png"),
        // One folder per test program: programs run side by side (ctest -j) never overwrite
        // each other's actual and difference images.
        QStringLiteral(GRINDSTONE_RENDER_OUTPUT_DIR "/") + QCoreApplication::applicationName(),
        &report, &updated);
    if (updated) QSKIP(qPrintable(report));
    QVERIFY2(ok, qPrintable(report));
}
#endif

}  // namespace grindstone::test
