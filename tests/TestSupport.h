#pragma once

// Helpers shared by the Qt Test suites.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

#include <cstdint>
#include <fstream>
#include <vector>

#include "grindstone/Error.h"
#include "grindstone/Matrix.h"
#include "grindstone/runtime/BlasKernels.h"

namespace grindstone::test {

/// Test programs run on the BLAS kernels the application runs on (chooseBlasKernels in main).
inline const BlasKernels kBlasKernels = chooseBlasKernels();

/// The glyph benchmark this build drew for the tests (`grindstone-cli make-glyphs` into the
/// build tree, see tests/MakeTestGlyphs.cmake): small, so tests train on it in seconds.
inline QString glyphsFolder() {
    return QStringLiteral(GRINDSTONE_GLYPHS_DIR);
}

inline bool glyphsPresent() {
    return QFileInfo::exists(glyphsFolder() + QStringLiteral("/train-images-idx3-ubyte.gz"));
}

/// The number of font families make-glyphs drew, as its README reports it ("... of N font
/// families"); -1 when the README does not say.
inline int glyphFamilies() {
    QFile readme(glyphsFolder() + QStringLiteral("/README.md"));
    if (!readme.open(QIODevice::ReadOnly)) return -1;
    const QString text = QString::fromUtf8(readme.readAll()).simplified();
    const QRegularExpression families(QStringLiteral("of (\\d+) font families"));
    const QRegularExpressionMatch match = families.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Images in the glyph benchmark: one of each of the 62 characters per family.
inline int64_t glyphImages() {
    return int64_t(62) * glyphFamilies();
}

/// Fails the test function (never skips it) when the build's glyph benchmark is missing.
#define GRINDSTONE_REQUIRE_GLYPHS()                                                         \
    QVERIFY2(grindstone::test::glyphsPresent(),                                             \
             qPrintable(QStringLiteral("no glyph benchmark in %1: the build draws it with " \
                                       "grindstone-cli make-glyphs (target "                \
                                       "grindstone_test_glyphs)")                           \
                            .arg(grindstone::test::glyphsFolder())))

/// Fails the test function when Fashion-MNIST (Debian's dataset-fashion-mnist, which
/// packaging/setup.sh installs) is missing.
#define GRINDSTONE_REQUIRE_FASHION_MNIST(folder)                               \
    QVERIFY2(QFileInfo::exists(QString::fromStdString(folder) +                \
                               QStringLiteral("/train-images-idx3-ubyte.gz")), \
             "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)")

/// Runs `call`, which must throw InputError whose message contains every one of `parts`
/// (the file, key or value it names and what was wrong).
template <typename Call>
void expectInputError(Call call, const QStringList& parts) {
    try {
        call();
        QFAIL("accepted bad input");
    } catch (const InputError& e) {
        const QString message = QString::fromStdString(e.what());
        for (const QString& part : parts)
            QVERIFY2(message.contains(part),
                     qPrintable(message + QStringLiteral(" lacks ") + part));
    }
}

/// What a program run by a test did. A program that crashed, timed out or did not start
/// has exitCode -1 and says so in `err`: it can never pass for a clean exit.
struct ProcessResult {
    int exitCode = -1;
    QString out, err;
};

/// Runs `program` to its end (killed after `timeoutMs`) and collects its output.
inline ProcessResult runProgram(
    const QString& program, const QStringList& args,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
    int timeoutMs = 600000) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    QString failure;
    if (!process.waitForStarted(60000)) {
        failure = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
    } else if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(30000);
        failure = QStringLiteral("%1 did not finish within %2 s and was killed")
                      .arg(program)
                      .arg(timeoutMs / 1000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        failure = QStringLiteral("%1 crashed (%2)").arg(program, process.errorString());
    }
    ProcessResult result{failure.isEmpty() ? process.exitCode() : -1,
                         QString::fromUtf8(process.readAllStandardOutput()),
                         QString::fromUtf8(process.readAllStandardError())};
    if (!failure.isEmpty()) result.err = failure + QLatin1Char('\n') + result.err;
    return result;
}

/// A matrix of points given as rows of coordinates (all rows as long as the first).
inline Matrix matrixOfRows(const std::vector<std::vector<float>>& rows) {
    Matrix m(static_cast<int64_t>(rows.size()), static_cast<int64_t>(rows.front().size()));
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < rows[r].size(); ++c)
            m.at(static_cast<int64_t>(r), static_cast<int64_t>(c)) = rows[r][c];
    return m;
}

/// A Netpbm image written by hand (P5 grey, P6 interleaved RGB): OpenCV reads it, and tests
/// that do not link QtGui can still make image files.
inline void writeNetpbm(const QString& path, int width, int height, bool colour,
                        const std::vector<uint8_t>& pixels) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << (colour ? "P6" : "P5") << '\n' << width << ' ' << height << "\n255\n";
    out.write(reinterpret_cast<const char*>(pixels.data()), std::streamsize(pixels.size()));
}

/// A `side` x `side` image of one colour.
inline void writeFlatColour(const QString& path, int side, uint8_t r, uint8_t g, uint8_t b) {
    std::vector<uint8_t> pixels;
    for (int i = 0; i < side * side; ++i)
        pixels.insert(pixels.end(), {r, g, b});
    writeNetpbm(path, side, side, true, pixels);
}

/// A Python interpreter that imports torch: the one on PATH, else Debian's (python3-torch
/// installs into /usr/bin/python3's packages, which a PATH-first pyenv or venv hides).
inline QString pythonWithTorch() {
    for (const QString& candidate :
         {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess p;
        p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0)
            return candidate;
    }
    return {};
}

}  // namespace grindstone::test
