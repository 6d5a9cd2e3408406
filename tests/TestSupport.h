#pragma once

// Helpers shared by the Qt Test suites.
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

#include <cstdint>

#include "grindstone/Error.h"

namespace grindstone::test {

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

}  // namespace grindstone::test
