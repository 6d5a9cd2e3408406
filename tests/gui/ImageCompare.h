#pragma once

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

/// In a test function: compares `actual` with `baselineDir`/`name`.png (matchesBaseline),
/// skips when the baseline was rewritten and fails with the report on a mismatch. Call it last
/// in the test function (a skip only leaves this helper).
inline void verifyBaseline(const QImage& actual, const QString& baselineDir, const QString& name,
                           const QString& outputDir) {
    QString report;
    bool updated = false;
    const bool ok =
        matchesBaseline(actual, baselineDir + QLatin1Char('/') + name + QStringLiteral(".png"),
                        outputDir, &report, &updated);
    if (updated) QSKIP(qPrintable(report));
    QVERIFY2(ok, qPrintable(report));
}

}  // namespace grindstone::test
