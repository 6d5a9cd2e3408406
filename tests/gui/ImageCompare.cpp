#include "ImageCompare.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace grindstone::test {

namespace {
// Share of pixels allowed to differ: 0.02 % (about 250 pixels of the main window), room for a
// few glyphs rendered a hair differently but not for a missing curve or a moved widget.
// Measured here: offscreen and Xvfb renderings of both states are pixel-identical.
constexpr double kAllowedFraction = 0.0002;
constexpr int kChannelThreshold = 48;
}  // namespace

ImageDifference compareImages(const QImage& actualIn, const QImage& expectedIn,
                              int channelThreshold) {
    ImageDifference out;
    const QImage actual = actualIn.convertToFormat(QImage::Format_RGB32);
    const QImage expected = expectedIn.convertToFormat(QImage::Format_RGB32);
    out.sameSize = actual.size() == expected.size();
    if (!out.sameSize) return out;
    out.diff = expected.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    out.largestDelta = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        auto* d = reinterpret_cast<QRgb*>(out.diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta =
                std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])),
                          std::abs(qBlue(a[x]) - qBlue(e[x]))});
            out.largestDelta = std::max(out.largestDelta, delta);
            if (delta > channelThreshold) {
                ++differing;
                d[x] = qRgb(255, 0, 0);
            } else {
                const int grey = 200 + qGray(e[x]) / 5;  // faded context
                d[x] = qRgb(grey, grey, grey);
            }
        }
    }
    out.differingFraction =
        static_cast<double>(differing) / (static_cast<double>(actual.width()) * actual.height());
    return out;
}

bool matchesBaseline(const QImage& actual, const QString& baselinePath, const QString& outputDir,
                     QString* report, bool* updated) {
    *updated = false;
    if (qEnvironmentVariableIntValue("GRINDSTONE_UPDATE_BASELINES") == 1) {
        QDir().mkpath(QFileInfo(baselinePath).path());
        *updated = actual.save(baselinePath, "PNG");
        *report = QStringLiteral("baseline written: ") + baselinePath;
        return *updated;
    }
    const QImage expected(baselinePath);
    const QString name = QFileInfo(baselinePath).completeBaseName();
    QDir().mkpath(outputDir);
    const QString actualPath = QDir(outputDir).filePath(name + QStringLiteral("-actual.png"));
    if (expected.isNull()) {
        actual.save(actualPath, "PNG");
        *report = QStringLiteral(
                      "no baseline at %1 (actual image: %2; to accept it run with "
                      "GRINDSTONE_UPDATE_BASELINES=1)")
                      .arg(baselinePath, actualPath);
        return false;
    }
    const ImageDifference difference = compareImages(actual, expected, kChannelThreshold);
    if (difference.sameSize && difference.differingFraction <= kAllowedFraction) return true;
    actual.save(actualPath, "PNG");
    const QString diffPath = QDir(outputDir).filePath(name + QStringLiteral("-diff.png"));
    if (difference.sameSize) difference.diff.save(diffPath, "PNG");
    *report = difference.sameSize
                  ? QStringLiteral(
                        "%1% of the pixels differ from %2 (allowed %3%); actual: %4, "
                        "difference: %5")
                        .arg(100 * difference.differingFraction, 0, 'f', 3)
                        .arg(baselinePath)
                        .arg(100 * kAllowedFraction, 0, 'f', 3)
                        .arg(actualPath, diffPath)
                  : QStringLiteral("size %1x%2 differs from the baseline's %3x%4 (%5); actual: %6")
                        .arg(actual.width())
                        .arg(actual.height())
                        .arg(expected.width())
                        .arg(expected.height())
                        .arg(baselinePath, actualPath);
    return false;
}

}  // namespace grindstone::test
