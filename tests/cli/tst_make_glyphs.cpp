// grindstone-cli make-glyphs: the same fonts give the same bytes, the drawing protocol (one
// scale and baseline per font, glyphs centred on their ink), and refused arguments that leave
// nothing behind.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/GlyphSet.h"

using namespace grindstone;

namespace {

// DejaVu comes with fonts-dejavu-core (packaging/setup.sh).
const QString kFonts = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
// Armenian script only: no Latin letters, so no usable face.
const QString kNoLatin =
    QStringLiteral("/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf");

using Result = grindstone::test::ProcessResult;

Result runCli(const QStringList& args) {
    return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI),
                                        QStringList{QStringLiteral("make-glyphs")} + args);
}

QStringList threeFonts() {
    QStringList args;
    for (const char* file : {"DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf"})
        args << QStringLiteral("--fonts") << QString(kFonts + QLatin1String(file));
    return args;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Rows (or columns, `columns` true) of image `index` holding ink of at least `level`.
std::pair<int, int> inkSpan(const ImageSet& set, int64_t index, bool columns, int level) {
    int first = -1, last = -1;
    for (int64_t y = 0; y < set.height; ++y)
        for (int64_t x = 0; x < set.width; ++x)
            if (set.image(index)[y * set.width + x] >= level) {
                const int at = static_cast<int>(columns ? x : y);
                if (first < 0 || at < first) first = at;
                last = std::max(last, at);
            }
    return {first, last};
}

}  // namespace

class TestMakeGlyphs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(kFonts + QStringLiteral("DejaVuSans.ttf")),
                 "DejaVu is not installed (apt-get install fonts-dejavu-core)");
    }

    void sameFontsGiveTheSameBytes() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
        for (const QString& out : {a, b}) {
            const Result r = runCli(QStringList{out} + threeFonts());
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        for (const char* file : {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                                 "classes.txt", "README.md"}) {
            const QByteArray first = readAll(a + QLatin1Char('/') + QLatin1String(file));
            QVERIFY2(!first.isEmpty(), file);
            QVERIFY2(first == readAll(b + QLatin1Char('/') + QLatin1String(file)), file);
        }
        // gzip header: no modification time (bytes 4-7), no file name (flag bit 3).
        const QByteArray gz = readAll(a + QStringLiteral("/train-images-idx3-ubyte.gz"));
        QCOMPARE(gz.mid(4, 4), QByteArray(4, '\0'));
        QCOMPARE(int(gz.at(3)) & 0x08, 0);
    }

    void drawsEveryCharacterOfEveryFont() {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("glyphs"));
        const Result r = runCli(QStringList{out} + threeFonts());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("3 / 3 families")), qPrintable(r.err));
        const ImageSet set = loadIdxFolder(out.toStdString());
        QCOMPARE(set.size(), int64_t(3 * 62));
        QCOMPARE(set.height, int64_t(32));
        QCOMPARE(set.width, int64_t(32));
        for (int64_t i = 0; i < set.size(); ++i)
            QCOMPARE(set.labels[size_t(i)], int(i % 62));
        QCOMPARE(set.classNames.front(), std::string("0"));
        QCOMPARE(set.classNames.back(), std::string("z"));
        const QString readme = QString::fromUtf8(readAll(out + QStringLiteral("/README.md")));
        for (const char* part : {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono",
                                 "186 grey images", "labels 0-30", "Raw-pixel Recall@1"})
            QVERIFY2(readme.contains(QLatin1String(part)), part);
        QVERIFY2(r.out.contains(QStringLiteral("raw-pixel Recall@1")), qPrintable(r.out));
    }

    void oneScaleAndBaselinePerFont_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("32 px") << 32;
        QTest::newRow("64 px") << 64;
    }

    void oneScaleAndBaselinePerFont() {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("glyphs"));
        const Result r =
            runCli({out, QStringLiteral("--size"), QString::number(size), QStringLiteral("--fonts"),
                    kFonts + QStringLiteral("DejaVuSans.ttf")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // One font: no query has a match, so the raw-pixel figure is not measured.
        QVERIFY2(r.out.contains(QStringLiteral("not measured")), qPrintable(r.out));
        const ImageSet set = loadIdxFolder(out.toStdString());
        const std::string chars = kGlyphCharacters;
        const auto at = [&](char ch) { return static_cast<int64_t>(chars.find(ch)); };
        // Capital H: 20/32 of the image tall, standing on row 25/32 (half-covered edge rows
        // excluded), its ink centred.
        const auto [top, bottom] = inkSpan(set, at('H'), false, 128);
        QCOMPARE(bottom - top + 1, 20 * size / 32);
        QCOMPARE(bottom + 1, 25 * size / 32);
        const auto [left, right] = inkSpan(set, at('H'), true, 1);
        QVERIFY2(std::abs((left + right + 1) - size) <= 2,
                 qPrintable(QStringLiteral("H at %1-%2").arg(left).arg(right)));
        // The same baseline for 'x' and the same scale: 'x' is shorter than 'X', and 'g'
        // descends below the baseline.
        QCOMPARE(inkSpan(set, at('x'), false, 128).second, bottom);
        QVERIFY(inkSpan(set, at('x'), false, 128).first > inkSpan(set, at('X'), false, 128).first);
        QVERIFY(inkSpan(set, at('g'), false, 128).second > bottom);
    }

    void badArgumentsAreRefusedAndLeaveNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--colour")} << "--colour";
        QTest::newRow("size too small")
            << QStringList{QStringLiteral("--size"), QStringLiteral("7")} << "--size '7'";
        QTest::newRow("size too large")
            << QStringList{QStringLiteral("--size"), QStringLiteral("257")} << "--size '257'";
        QTest::newRow("size not a number")
            << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << "--size 'big'";
        QTest::newRow("missing fonts")
            << QStringList{QStringLiteral("--fonts"), QStringLiteral("/nonexistent/fonts")}
            << "/nonexistent/fonts";
        QTest::newRow("no usable font")
            << QStringList{QStringLiteral("--fonts"), kNoLatin} << kNoLatin;
    }

    void badArgumentsAreRefusedAndLeaveNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("glyphs"));
        const Result r = runCli(QStringList{out} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 "something was left in the output's folder");
    }

    void unwritableOutIsRefused() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString fonts = kFonts + QStringLiteral("DejaVuSans.ttf");
        // Below a file, and a folder that already holds something.
        const QString belowFile = file.fileName() + QStringLiteral("/glyphs");
        for (const QString& out : {belowFile, dir.path()}) {
            const Result r = runCli({out, QStringLiteral("--fonts"), fonts});
            QCOMPARE(r.exitCode, 2);
            const QString named = QStringLiteral("OUT '") + out + QLatin1Char('\'');
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        }
        const Result none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("OUT")), qPrintable(none.err));
    }

    void defaultDrawsIntoTheDataFolderOnce() {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        const auto cli = [&](const QStringList& args) {
            return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI),
                                                QStringList{QStringLiteral("make-glyphs")} + args,
                                                env);
        };
        const QString folder = home.filePath(QStringLiteral("grindstone/glyphs"));

        const Result refused =
            cli({QStringLiteral("--default"), QStringLiteral("--size"), QStringLiteral("16")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("takes no other argument")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(folder));

        const Result drawn = cli({QStringLiteral("--default")});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QVERIFY2(drawn.out.contains(QStringLiteral("drew the glyph benchmark into ") + folder),
                 qPrintable(drawn.out));
        QVERIFY2(drawn.err.contains(QStringLiteral("font families")), qPrintable(drawn.err));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/train-images-idx3-ubyte.gz")));
        const QByteArray images = readAll(folder + QStringLiteral("/train-images-idx3-ubyte.gz"));

        const Result again = cli({QStringLiteral("--default")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("already in ") + folder), qPrintable(again.out));
        QVERIFY(again.err.isEmpty());
        QCOMPARE(readAll(folder + QStringLiteral("/train-images-idx3-ubyte.gz")), images);
    }
};

QTEST_GUILESS_MAIN(TestMakeGlyphs)
#include "tst_make_glyphs.moc"
