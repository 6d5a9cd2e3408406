#include <zlib.h>

#include <QtTest>

#include "TestSupport.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/options/Config.h"

using namespace grindstone;

using grindstone::test::expectInputError;

namespace {

constexpr uint32_t kImages = 0x803;
constexpr uint32_t kLabels = 0x801;

void appendBigEndian(std::string& bytes, uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.push_back(char((value >> shift) & 0xFF));
}

/// Writes an IDX file; `keepBytes` < 0 keeps it whole, otherwise cuts it (truncation cases).
void writeIdx(const QString& path, uint32_t magic, const std::vector<uint32_t>& dims,
              const std::vector<uint8_t>& data, bool gzip, int keepBytes = -1) {
    std::string bytes;
    appendBigEndian(bytes, magic);
    for (uint32_t dim : dims)
        appendBigEndian(bytes, dim);
    bytes.append(data.begin(), data.end());
    if (keepBytes >= 0) bytes.resize(size_t(keepBytes));
    const std::string file = path.toStdString();
    if (gzip) {
        gzFile out = gzopen(file.c_str(), "wb");
        QVERIFY(out != nullptr);
        QCOMPARE(gzwrite(out, bytes.data(), unsigned(bytes.size())), int(bytes.size()));
        gzclose(out);
    } else {
        std::ofstream(file, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
    }
}

/// `count` images of `side` x `side`, image i filled with value `first + i`.
std::vector<uint8_t> images(uint32_t count, uint32_t side, uint8_t first = 0) {
    std::vector<uint8_t> pixels;
    for (uint32_t i = 0; i < count; ++i)
        pixels.insert(pixels.end(), side * side, uint8_t(first + i));
    return pixels;
}

std::string str(const QString& text) {
    return text.toStdString();
}

}  // namespace

class TestIdxReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A fresh folder per test: folder tests must not see other tests' files.
    void init() {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
    }

    void readsPair_data() {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("plain") << false;
        QTest::newRow("gzipped") << true;
    }
    void readsPair() {
        QFETCH(bool, gzip);
        const QString imagesPath = m_tempDir->filePath(QStringLiteral("a-images-idx3-ubyte"));
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("a-labels-idx1-ubyte"));
        writeIdx(imagesPath, kImages, {3, 2, 2}, images(3, 2, 7), gzip);
        writeIdx(labelsPath, kLabels, {3}, {2, 0, 2}, gzip);
        const ImageSet set = loadIdxPair(str(imagesPath), str(labelsPath));
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.channels, 1);
        QCOMPARE(set.height, 2);
        QCOMPARE(set.width, 2);
        QCOMPARE(set.labels, (std::vector<int>{2, 0, 2}));
        QCOMPARE(set.classNames, (std::vector<std::string>{"0", "1", "2"}));
        QCOMPARE(int(set.image(1)[3]), 8);
        QCOMPARE(set.pixels.size(), size_t(12));
    }

    void missingFile() {
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("l"));
        writeIdx(labelsPath, kLabels, {1}, {0}, false);
        const std::string missing = str(m_tempDir->filePath(QStringLiteral("nope-images")));
        expectInputError([&] { loadIdxPair(missing, str(labelsPath)); },
                         {QString::fromStdString(missing), QStringLiteral("does not exist")});
    }

    void wrongMagic() {
        const QString imagesPath = m_tempDir->filePath(QStringLiteral("i"));
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("l"));
        writeIdx(imagesPath, kLabels, {1}, {0}, true);  // a labels file where images belong
        writeIdx(labelsPath, kLabels, {1}, {0}, false);
        expectInputError([&] { loadIdxPair(str(imagesPath), str(labelsPath)); },
                         {imagesPath, QStringLiteral("wrong magic number 0x00000801"),
                          QStringLiteral("expected 0x00000803")});
        writeIdx(imagesPath, kImages, {1, 1, 1}, {0}, false);
        writeIdx(labelsPath, 0x12345678, {1}, {0}, true);
        expectInputError([&] { loadIdxPair(str(imagesPath), str(labelsPath)); },
                         {labelsPath, QStringLiteral("0x12345678"), QStringLiteral("0x00000801")});
    }

    void truncated_data() {
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<bool>("cutImages");
        QTest::addColumn<int>("keepBytes");
        for (bool gzip : {false, true}) {
            const char* kind = gzip ? "gz" : "plain";
            QTest::addRow("%s images header", kind) << gzip << true << 9;
            QTest::addRow("%s images data", kind) << gzip << true << 16 + 10;
            QTest::addRow("%s labels header", kind) << gzip << false << 6;
            QTest::addRow("%s labels data", kind) << gzip << false << 8 + 2;
        }
    }
    void truncated() {
        QFETCH(bool, gzip);
        QFETCH(bool, cutImages);
        QFETCH(int, keepBytes);
        const QString imagesPath = m_tempDir->filePath(QStringLiteral("t-images"));
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("t-labels"));
        writeIdx(imagesPath, kImages, {3, 2, 2}, images(3, 2), gzip, cutImages ? keepBytes : -1);
        writeIdx(labelsPath, kLabels, {3}, {0, 1, 2}, gzip, cutImages ? -1 : keepBytes);
        expectInputError([&] { loadIdxPair(str(imagesPath), str(labelsPath)); },
                         {cutImages ? imagesPath : labelsPath, QStringLiteral("truncated")});
    }

    void corruptGzip() {
        const QString imagesPath = m_tempDir->filePath(QStringLiteral("c-images.gz"));
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("c-labels"));
        writeIdx(imagesPath, kImages, {50, 8, 8}, images(50, 8), true);
        writeIdx(labelsPath, kLabels, {50}, std::vector<uint8_t>(50, 0), false);
        QFile file(imagesPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (qsizetype i = 12; i < bytes.size() - 8; ++i)
            bytes[i] = char(bytes[i] ^ 0x5A);
        file.seek(0);
        file.write(bytes);
        file.close();
        expectInputError([&] { loadIdxPair(str(imagesPath), str(labelsPath)); }, {imagesPath});
    }

    void countMismatch() {
        const QString imagesPath = m_tempDir->filePath(QStringLiteral("m-images"));
        const QString labelsPath = m_tempDir->filePath(QStringLiteral("m-labels"));
        writeIdx(imagesPath, kImages, {3, 2, 2}, images(3, 2), false);
        writeIdx(labelsPath, kLabels, {4}, {0, 1, 2, 3}, true);
        expectInputError([&] { loadIdxPair(str(imagesPath), str(labelsPath)); },
                         {imagesPath, labelsPath, QStringLiteral("3 images"),
                          QStringLiteral("4 labels"), QStringLiteral("mismatch")});
    }

    void poolsFolderInPrefixOrder() {
        const QString folder = m_tempDir->path();
        writeIdx(folder + QStringLiteral("/train-images-idx3-ubyte.gz"), kImages, {2, 3, 3},
                 images(2, 3, 50), true);
        writeIdx(folder + QStringLiteral("/train-labels-idx1-ubyte.gz"), kLabels, {2}, {1, 3},
                 true);
        writeIdx(folder + QStringLiteral("/t10k-images-idx3-ubyte"), kImages, {1, 3, 3},
                 images(1, 3, 9), false);
        writeIdx(folder + QStringLiteral("/t10k-labels-idx1-ubyte"), kLabels, {1}, {0}, false);
        QVERIFY(folderHasIdxFiles(str(folder)));
        const ImageSet set = loadIdxFolder(str(folder));
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.labels, (std::vector<int>{0, 1, 3}));  // t10k sorts before train
        QCOMPARE(int(set.image(0)[0]), 9);
        QCOMPARE(int(set.image(2)[8]), 51);
        QCOMPARE(set.classNames, (std::vector<std::string>{"0", "1", "2", "3"}));
        QCOMPARE(set.source, str(folder));
    }

    void classNamesFromFile() {
        const QString folder = m_tempDir->path();
        writeIdx(folder + QStringLiteral("/x-images-idx3-ubyte.gz"), kImages, {2, 1, 1}, {1, 2},
                 true);
        writeIdx(folder + QStringLiteral("/x-labels-idx1-ubyte.gz"), kLabels, {2}, {0, 2}, true);
        std::ofstream(str(folder + QStringLiteral("/classes.txt"))) << "zero\none two\n";
        QCOMPARE(loadIdxFolder(str(folder)).classNames,
                 (std::vector<std::string>{"zero", "one", "two"}));

        std::ofstream(str(folder + QStringLiteral("/classes.txt"))) << "zero one\n";
        expectInputError([&] { loadIdxFolder(str(folder)); },
                         {QStringLiteral("classes.txt"), QStringLiteral("lists 2 classes")});
    }

    void folderErrors() {
        const QString folder = m_tempDir->path();
        QVERIFY(!folderHasIdxFiles(str(folder)));
        expectInputError([&] { loadIdxFolder(str(folder)); },
                         {folder, QStringLiteral("no IDX files")});
        expectInputError([&] { loadIdxFolder(str(folder + QStringLiteral("/absent"))); },
                         {QStringLiteral("absent"), QStringLiteral("does not exist")});

        writeIdx(folder + QStringLiteral("/a-images-idx3-ubyte"), kImages, {1, 2, 2}, images(1, 2),
                 false);
        expectInputError(
            [&] { loadIdxFolder(str(folder)); },
            {QStringLiteral("a-images-idx3-ubyte"), QStringLiteral("no matching labels file")});

        writeIdx(folder + QStringLiteral("/a-labels-idx1-ubyte"), kLabels, {1}, {0}, false);
        writeIdx(folder + QStringLiteral("/b-images-idx3-ubyte"), kImages, {1, 3, 3}, images(1, 3),
                 false);
        writeIdx(folder + QStringLiteral("/b-labels-idx1-ubyte"), kLabels, {1}, {0}, false);
        expectInputError(
            [&] { loadIdxFolder(str(folder)); },
            {QStringLiteral("a-images-idx3-ubyte"), QStringLiteral("b-images-idx3-ubyte"),
             QStringLiteral("2x2"), QStringLiteral("3x3")});
    }

    void datasetLoaderReshapesIdx() {
        const QString folder = m_tempDir->path();
        writeIdx(folder + QStringLiteral("/d-images-idx3-ubyte"), kImages, {2, 4, 4},
                 images(2, 4, 30), false);
        writeIdx(folder + QStringLiteral("/d-labels-idx1-ubyte"), kLabels, {2}, {0, 1}, false);
        Config config;
        config.set("dataset", str(folder));
        std::vector<std::string> warnings;
        QCOMPARE(loadDataset(config, warnings).height, 4);  // image_size 0 keeps the IDX size
        config.set("image_size", "2");
        config.set("channels", "3");
        const ImageSet set = loadDataset(config, warnings);
        QCOMPARE(set.channels, 3);
        QCOMPARE(set.height, 2);
        std::vector<uint8_t> expected(12, 30);
        expected.insert(expected.end(), 12, 31);
        QCOMPARE(set.pixels, expected);
        QVERIFY(warnings.empty());
    }

    void datasetLoaderMissingPath() {
        Config config;
        std::vector<std::string> warnings;
        const std::string missing = str(m_tempDir->filePath(QStringLiteral("gone")));
        config.set("dataset", missing);
        expectInputError([&] { loadDataset(config, warnings); },
                         {QString::fromStdString(missing), QStringLiteral("does not exist")});
        if (QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            return;  // the hint can only be checked where the default dataset is absent
        config.set("dataset", "/usr/share/datasets/fashion-mnist");
        expectInputError([&] { loadDataset(config, warnings); },
                         {QStringLiteral("sudo apt-get install dataset-fashion-mnist")});
    }

    void realFashionMnist() {
        const std::string folder = "/usr/share/datasets/fashion-mnist";
        GRINDSTONE_REQUIRE_FASHION_MNIST(folder);
        Config config;
        config.set("dataset", "fashion-mnist");  // the installed package, by its short name
        std::vector<std::string> warnings;
        const ImageSet set = loadDataset(config, warnings);
        QCOMPARE(set.size(), 70000);
        QCOMPARE(set.height, 28);
        QCOMPARE(set.width, 28);
        QCOMPARE(set.classNames.size(), size_t(10));
        QCOMPARE(set.pixels.size(), size_t(70000 * 28 * 28));
    }

    void realGlyphs() {
        const std::string folder = GRINDSTONE_GLYPHS_DIR;
        GRINDSTONE_REQUIRE_GLYPHS();
        const ImageSet set = loadIdxFolder(folder);
        // One image of each of the 62 characters per family make-glyphs reports, from the
        // broad set of font packages packaging/setup.sh installs.
        const int families = test::glyphFamilies();
        QVERIFY2(families > 100, qPrintable(QStringLiteral("%1 font families").arg(families)));
        QCOMPARE(set.size(), int64_t(62) * families);
        for (int label = 0; label < 62; ++label)
            QCOMPARE(int(std::count(set.labels.begin(), set.labels.end(), label)), families);
        QCOMPARE(set.height, 32);
        QCOMPARE(set.width, 32);
        QCOMPARE(set.classNames.size(), size_t(62));
        QCOMPARE(set.classNames[10], std::string("A"));
        QCOMPARE(set.classNames[61], std::string("z"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

QTEST_APPLESS_MAIN(TestIdxReader)
#include "tst_idx_reader.moc"
