#include <QtTest>

#include "TestSupport.h"

#include <cstdlib>
#include <fstream>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/options/Config.h"

using namespace grindstone;

using grindstone::test::expectInputError;
using grindstone::test::writeFlatColour;
using grindstone::test::writeNetpbm;

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

void writeGrey(const QString& path, int side, uint8_t value) {
    writeNetpbm(path, side, side, false, std::vector<uint8_t>(size_t(side * side), value));
}

}  // namespace

class TestImageFolder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each test builds its own tree: root/cat (2 grey images and a text file), root/dog (colour).
    void init() {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        QDir root(m_tempDir->path());
        QVERIFY(root.mkpath(QStringLiteral("dog")));
        QVERIFY(root.mkpath(QStringLiteral("cat")));
        writeGrey(root.filePath(QStringLiteral("cat/b.pgm")), 8, 20);
        writeGrey(root.filePath(QStringLiteral("cat/a.pgm")), 8, 10);
        std::ofstream(str(root.filePath(QStringLiteral("cat/notes.txt")))) << "not an image\n";
        writeFlatColour(root.filePath(QStringLiteral("dog/red.ppm")), 8, 255, 0, 0);
        std::ofstream(str(root.filePath(QStringLiteral("notes.txt")))) << "not a class\n";
    }

    void readsGreyInSortedOrder() {
        std::vector<std::string> warnings;
        const ImageSet set = loadImageFolder(str(m_tempDir->path()), 4, 1, warnings);
        QCOMPARE(set.classNames, (std::vector<std::string>{"cat", "dog"}));
        QCOMPARE(set.labels, (std::vector<int>{0, 0, 1}));
        QCOMPARE(set.channels, 1);
        QCOMPARE(set.height, 4);
        QCOMPARE(set.width, 4);
        QCOMPARE(set.pixels.size(), size_t(3 * 16));
        QCOMPARE(int(set.image(0)[5]), 10);  // a.pgm sorts before b.pgm
        QCOMPARE(int(set.image(1)[5]), 20);
        QVERIFY(std::abs(int(set.image(2)[0]) - 76) <= 1);  // red in luma: 0.299 * 255
    }

    void convertsColourToRgbPlanes() {
        std::vector<std::string> warnings;
        const ImageSet set = loadImageFolder(str(m_tempDir->path()), 8, 3, warnings);
        QCOMPARE(set.channels, 3);
        QCOMPARE(set.imageBytes(), 3 * 64);
        const uint8_t* red = set.image(2);
        QCOMPARE(int(red[0]), 255);  // plane R
        QCOMPARE(int(red[64]), 0);   // plane G
        QCOMPARE(int(red[128]), 0);  // plane B: BGR was converted
        QCOMPARE(int(red[63]), 255);
        QCOMPARE(int(set.image(0)[130]), 10);  // grey becomes equal planes
    }

    void resizesWithAreaAveraging() {
        // INTER_AREA averages: a 4x4 checker of 0 and 200 shrinks to one pixel of 100.
        std::vector<uint8_t> checker;
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 4; ++x)
                checker.push_back((x + y) % 2 ? 200 : 0);
        writeNetpbm(m_tempDir->filePath(QStringLiteral("cat/c.pgm")), 4, 4, false, checker);
        std::vector<std::string> warnings;
        const ImageSet set = loadImageFolder(str(m_tempDir->path()), 1, 1, warnings);
        QCOMPARE(set.size(), 4);
        QCOMPARE(int(set.image(2)[0]), 100);
    }

    void unreadableImageFailsUnlessSkipped() {
        const QString broken = m_tempDir->filePath(QStringLiteral("cat/broken.png"));
        std::ofstream(str(broken)) << "definitely not a PNG \x01\x02\x03";
        std::ofstream(str(m_tempDir->filePath(QStringLiteral("dog/empty.jpg"))));
        std::vector<std::string> warnings;
        expectInputError([&] { loadImageFolder(str(m_tempDir->path()), 4, 1, warnings); },
                         {broken, QStringLiteral("not a readable image"),
                          QStringLiteral("unreadable_images = skip")});
        QVERIFY(warnings.empty());

        const ImageSet set =
            loadImageFolder(str(m_tempDir->path()), 4, 1, warnings, UnreadableImages::Skip);
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.labels, (std::vector<int>{0, 0, 1}));
        QCOMPARE(int(set.image(1)[5]), 20);  // the images after a skipped one keep their pixels
        QCOMPARE(warnings.size(), size_t(1));
        const QString warning = QString::fromStdString(warnings.front());
        QVERIFY2(
            warning.contains(QStringLiteral("skipped 2 unreadable images in ") + m_tempDir->path()),
            qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("e.g. ") + broken), qPrintable(warning));
    }

    void badFolders() {
        std::vector<std::string> warnings;
        const QString missing = m_tempDir->filePath(QStringLiteral("absent"));
        expectInputError([&] { loadImageFolder(str(missing), 32, 1, warnings); },
                         {missing, QStringLiteral("does not exist")});
        const QString flat = m_tempDir->filePath(QStringLiteral("cat"));
        expectInputError([&] { loadImageFolder(str(flat), 32, 1, warnings); },
                         {flat, QStringLiteral("no class sub-folders")});
        QDir root(m_tempDir->path());
        QVERIFY(root.mkpath(QStringLiteral("junk/only")));
        std::ofstream(str(root.filePath(QStringLiteral("junk/only/x.png")))) << "garbage";
        const QString junk = root.filePath(QStringLiteral("junk"));
        expectInputError(
            [&] { loadImageFolder(str(junk), 32, 1, warnings, UnreadableImages::Skip); },
            {junk, QStringLiteral("no readable images")});
        QVERIFY(root.mkpath(QStringLiteral("text/only")));
        std::ofstream(str(root.filePath(QStringLiteral("text/only/readme.txt")))) << "words";
        const QString text = root.filePath(QStringLiteral("text"));
        expectInputError([&] { loadImageFolder(str(text), 32, 1, warnings); },
                         {text, QStringLiteral("holds no image files")});
    }

    void datasetLoaderPicksFolderFormat() {
        Config config;
        config.set("dataset", str(m_tempDir->path()));
        std::vector<std::string> warnings;
        ImageSet set = loadDataset(config, warnings);  // auto: no IDX files, so a folder
        QCOMPARE(set.height, 32);                      // image_size 0 = the folder default
        QCOMPARE(set.size(), 3);
        QVERIFY(warnings.empty());
        config.set("image_size", "6");
        config.set("channels", "3");
        config.set("dataset_format", "folder");
        set = loadDataset(config, warnings);
        QCOMPARE(set.height, 6);
        QCOMPARE(set.channels, 3);
        config.set("dataset_format", "idx");
        expectInputError([&] { loadDataset(config, warnings); }, {QStringLiteral("no IDX files")});
    }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

QTEST_APPLESS_MAIN(TestImageFolder)
#include "tst_image_folder.moc"
