// The benchmark layouts (CUB-200-2011, Cars196, Stanford Online Products) and CSV lists, each
// built small in a temporary folder as its authors ship it: labels, official splits, what
// `dataset_format = auto` recognises, and an error naming the file and line for every flaw.
#include <QtTest>

#include "TestSupport.h"

#include <matio.h>

#include <fstream>
#include <sstream>

#include "grindstone/Error.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/ImageList.h"
#include "grindstone/options/Config.h"

using namespace grindstone;

using grindstone::test::expectInputError;
using grindstone::test::writeFlatColour;

namespace {

std::string str(const QString& text) {
    return text.toStdString();
}

void writeText(const QString& path, const std::string& text) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    std::ofstream(str(path), std::ios::binary) << text;
}

/// Image i of a layout is a flat colour whose red channel is 10 * (i + 1): the decoded pixels
/// say which file landed where.
void writeNumberedImage(const QString& path, int i) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    writeFlatColour(path, 6, uint8_t(10 * (i + 1)), 0, 200);
}

/// The red value of image `index` of a 3-channel set (its first pixel).
int redOf(const ImageSet& set, int64_t index) {
    return set.image(index)[0];
}

ImageSet loadAuto(const QString& dataset, const std::string& format = "auto",
                  const std::string& unreadable = "fail") {
    Config config;
    config.set("dataset", str(dataset));
    config.set("dataset_format", format);
    config.set("channels", "3");
    config.set("image_size", "4");
    config.set("unreadable_images", unreadable);
    std::vector<std::string> warnings;
    return loadDataset(config, warnings);
}

/// A MATLAB char array as MATLAB writes one: 16-bit characters.
matvar_t* matlabText(const std::string& text) {
    const std::vector<uint16_t> characters(text.begin(), text.end());
    size_t dims[2] = {1, text.size()};
    return Mat_VarCreate(nullptr, MAT_C_CHAR, MAT_T_UINT16, 2, dims,
                         const_cast<uint16_t*>(characters.data()), 0);
}

/// Writes cars_annos.mat as Cars196 ships it (compressed MAT 5): `annotations` (1 x N struct
/// array with relative_im_path, class and test) and `class_names` (1 x C cell array of names).
void writeCarsAnnotations(const QString& file, const std::vector<std::string>& paths,
                          const std::vector<uint8_t>& classes,
                          const std::vector<std::string>& classNames) {
    mat_t* mat = Mat_CreateVer(str(file).c_str(), nullptr, MAT_FT_MAT5);
    QVERIFY(mat != nullptr);
    const char* fieldNames[] = {"relative_im_path", "class", "test"};
    size_t dims[2] = {1, paths.size()};
    matvar_t* annotations = Mat_VarCreateStruct("annotations", 2, dims, fieldNames, 3);
    for (size_t i = 0; i < paths.size(); ++i) {
        Mat_VarSetStructFieldByName(annotations, "relative_im_path", i, matlabText(paths[i]));
        size_t scalar[2] = {1, 1};
        uint8_t classId = classes[i];
        auto test = static_cast<uint8_t>(i % 2);
        Mat_VarSetStructFieldByName(
            annotations, "class", i,
            Mat_VarCreate(nullptr, MAT_C_UINT8, MAT_T_UINT8, 2, scalar, &classId, 0));
        Mat_VarSetStructFieldByName(
            annotations, "test", i,
            Mat_VarCreate(nullptr, MAT_C_UINT8, MAT_T_UINT8, 2, scalar, &test, 0));
    }
    QCOMPARE(Mat_VarWrite(mat, annotations, MAT_COMPRESSION_ZLIB), 0);
    Mat_VarFree(annotations);

    size_t cellDims[2] = {1, classNames.size()};
    matvar_t* names = Mat_VarCreate("class_names", MAT_C_CELL, MAT_T_CELL, 2, cellDims, nullptr, 0);
    for (size_t i = 0; i < classNames.size(); ++i)
        Mat_VarSetCell(names, int(i), matlabText(classNames[i]));
    QCOMPARE(Mat_VarWrite(mat, names, MAT_COMPRESSION_ZLIB), 0);
    Mat_VarFree(names);
    Mat_Close(mat);
}

}  // namespace

class TestDatasetLayouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // CUB-200-2011: 4 classes, 2 images each, listed out of class order in images.txt.
    void cubReadsLabelsAndOfficialSplit() {
        writeCub();
        const ImageSet set = loadAuto(m_dir->path());
        QCOMPARE(set.classNames, (std::vector<std::string>{"001.Albatross", "002.Auklet",
                                                           "003.Blackbird", "004.Bunting"}));
        QCOMPARE(set.classSplit, (std::vector<std::string>{"train", "train", "test", "test"}));
        // images.txt order (by image id): ids 1..8 have classes 3,1,1,2,2,4,3,4.
        QCOMPARE(set.labels, (std::vector<int>{2, 0, 0, 1, 1, 3, 2, 3}));
        QCOMPARE(set.channels, 3);
        QCOMPARE(set.height, 4);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(redOf(set, i), 10 * (i + 1));
        QCOMPARE(int(set.image(0)[2 * 16]), 200);  // the blue plane: RGB order, not BGR

        std::vector<std::string> warnings;
        const ClassSplit split = makeClassSplit(set, "official", "official", "", warnings);
        QCOMPARE(split.trainClasses, (std::vector<int>{0, 1}));
        QCOMPARE(split.testClasses, (std::vector<int>{2, 3}));
        QCOMPARE(loadAuto(m_dir->path(), "cub").size(), 8);
    }

    void cubFlawsNameTheFileAndLine() {
        writeCub();
        const QString labels = m_dir->filePath(QStringLiteral("image_class_labels.txt"));
        writeText(labels, "1 3\n2 1\n3 9\n4 2\n5 2\n6 4\n7 3\n8 4\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {labels + QStringLiteral(":3"), QStringLiteral("class 9 is not in")});
        writeText(labels, "1 3\n2 1\n3 1\n4 2\n5 2\n6 4\n7 3\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {m_dir->filePath(QStringLiteral("images.txt:8")),
                          QStringLiteral("image 8 has no class")});
        writeText(labels, "1 3\n2 1\n2 1\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {labels + QStringLiteral(":3"), QStringLiteral("listed twice")});
        writeText(labels, "1 3 7\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {labels + QStringLiteral(":1"), QStringLiteral("expected 2 fields")});
        writeText(labels, "x 3\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {labels + QStringLiteral(":1"), QStringLiteral("'x' is not a valid id")});

        QVERIFY(QFile::remove(labels));
        expectInputError([&] { loadAuto(m_dir->path(), "cub"); },
                         {labels, QStringLiteral("is missing")});
    }

    void cubMissingImageFailsOrIsSkipped() {
        writeCub();
        const QString image = m_dir->filePath(QStringLiteral("images/002.Auklet/b.ppm"));
        QVERIFY(QFile::remove(image));
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {m_dir->filePath(QStringLiteral("images.txt:5")), image,
                          QStringLiteral("missing or not a readable image")});
        const ImageSet set = loadAuto(m_dir->path(), "auto", "skip");
        QCOMPARE(set.size(), 7);
        QCOMPARE(set.labels, (std::vector<int>{2, 0, 0, 1, 3, 2, 3}));
        QCOMPARE(redOf(set, 4), 60);  // image 6 moved up into the gap, pixels and label alike
    }

    void carsReadsTheMatFile() {
        const std::vector<std::string> paths = {"car_ims/000001.jpg", "car_ims/000002.jpg",
                                                "car_ims/000003.jpg", "car_ims/000004.jpg",
                                                "car_ims/000005.jpg", "car_ims/000006.jpg"};
        for (size_t i = 0; i < paths.size(); ++i)
            writeNumberedImage(m_dir->filePath(QString::fromStdString(paths[i])), int(i));
        writeCarsAnnotations(m_dir->filePath(QStringLiteral("cars_annos.mat")), paths,
                             {4, 1, 2, 3, 1, 4},
                             {"AM General Hummer", "Acura RL", "Audi R8", "BMW M3"});
        const ImageSet set = loadAuto(m_dir->path());
        QCOMPARE(set.classNames,
                 (std::vector<std::string>{"AM General Hummer", "Acura RL", "Audi R8", "BMW M3"}));
        QCOMPARE(set.labels, (std::vector<int>{3, 0, 1, 2, 0, 3}));
        QCOMPARE(set.classSplit, (std::vector<std::string>{"train", "train", "test", "test"}));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(redOf(set, i), 10 * (i + 1));
    }

    void carsFlaws() {
        const QString mat = m_dir->filePath(QStringLiteral("cars_annos.mat"));
        writeCarsAnnotations(mat, {"car_ims/a.jpg", "car_ims/b.jpg", "car_ims/c.jpg"}, {1, 2, 7},
                             {"Acura RL", "Audi R8"});
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {mat, QStringLiteral("annotations(3).class is 7"),
                          QStringLiteral("beyond the 2 class_names")});
        writeText(mat, "this is not a MATLAB file, only text\n");
        expectInputError([&] { loadAuto(m_dir->path(), "cars"); },
                         {mat, QStringLiteral("not a MATLAB file")});
        QVERIFY(QFile::remove(mat));
        expectInputError([&] { loadAuto(m_dir->path(), "cars"); },
                         {mat, QStringLiteral("is missing")});
    }

    void sopSplitIsTheListFile() {
        writeSop(
            "1 2 1 bicycle_final/a.ppm\n2 2 1 bicycle_final/b.ppm\n"
            "3 1 1 bicycle_final/c.ppm\n4 1 1 bicycle_final/d.ppm\n",
            "5 11 2 cabinet_final/e.ppm\n6 11 2 cabinet_final/f.ppm\n"
            "7 10 2 cabinet_final/g.ppm\n8 10 2 cabinet_final/h.ppm\n");
        const ImageSet set = loadAuto(m_dir->path());
        QCOMPARE(set.classNames, (std::vector<std::string>{"1", "2", "10", "11"}));
        QCOMPARE(set.classSplit, (std::vector<std::string>{"train", "train", "test", "test"}));
        QCOMPARE(set.labels, (std::vector<int>{1, 1, 0, 0, 3, 3, 2, 2}));
        QCOMPARE(redOf(set, 5), 60);
    }

    void sopFlaws() {
        writeSop("1 2 1 bicycle_final/a.ppm\n2 2 1 bicycle_final/b.ppm\n",
                 "3 4 2 cabinet_final/c.ppm\n4 2 2 cabinet_final/d.ppm\n");
        const QString test = m_dir->filePath(QStringLiteral("Ebay_test.txt"));
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {test + QStringLiteral(":3"),
                          QStringLiteral("class 2 is also in the "
                                         "train list"),
                          m_dir->filePath(QStringLiteral("Ebay_train.txt:2"))});
        writeText(test, "3 4 2 cabinet_final/c.ppm\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {test + QStringLiteral(":1"), QStringLiteral("expected the header")});
        writeText(test, "image_id class_id super_class_id path\n3 4 cabinet_final/c.ppm\n");
        expectInputError([&] { loadAuto(m_dir->path()); },
                         {test + QStringLiteral(":2"), QStringLiteral("expected 4 fields")});
        QVERIFY(QFile::remove(test));
        expectInputError([&] { loadAuto(m_dir->path()); }, {test, QStringLiteral("is missing")});
    }

    void csvWithHeaderQuotesAndSplit() {
        for (int i = 0; i < 6; ++i)
            writeNumberedImage(m_dir->filePath(QStringLiteral("parts/%1.ppm").arg(i)), i);
        const QString absolute = m_dir->filePath(QStringLiteral("parts/5.ppm"));
        const QString csv = m_dir->filePath(QStringLiteral("list.csv"));
        writeText(csv,
                  "path,label,split\r\n"
                  "parts/0.ppm,10,test\r\n"
                  "\"parts/1.ppm\",2,train\r\n"
                  "parts/2.ppm , 10 ,test\r\n"
                  "\r\n"
                  "parts/3.ppm,2,train\r\n"
                  "parts/4.ppm,7,test\r\n" +
                      str(absolute) + ",7,test\r\n");
        const ImageSet set = loadAuto(csv);
        QCOMPARE(set.classNames, (std::vector<std::string>{"2", "7", "10"}));  // by number
        QCOMPARE(set.classSplit, (std::vector<std::string>{"train", "test", "test"}));
        QCOMPARE(set.labels, (std::vector<int>{2, 0, 2, 0, 1, 1}));
        QCOMPARE(redOf(set, 5), 60);

        // Without a split column nothing is official, and names sort as text.
        writeText(csv, "\"parts/0.ppm\",\"gear, left\"\nparts/1.ppm,bolt\n");
        const ImageSet plain = loadAuto(csv, "csv");
        QCOMPARE(plain.classNames, (std::vector<std::string>{"bolt", "gear, left"}));
        QVERIFY(plain.classSplit.empty());
    }

    void csvFlaws_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one field")
            << QStringLiteral("parts/0.ppm\n") << QStringLiteral("list.csv:1: expected path,label");
        QTest::newRow("four fields")
            << QStringLiteral("a.ppm,1,train\nb.ppm,1,train,x\n")
            << QStringLiteral("list.csv:2: expected path,label or path,label,split, found 4");
        QTest::newRow("empty label")
            << QStringLiteral("a.ppm,\n") << QStringLiteral("list.csv:1: the label is empty");
        QTest::newRow("empty path")
            << QStringLiteral(",1\n") << QStringLiteral("list.csv:1: the path is empty");
        QTest::newRow("unknown split")
            << QStringLiteral("a.ppm,1,val\n") << QStringLiteral("split 'val' is not train, test");
        QTest::newRow("class in both splits")
            << QStringLiteral("a.ppm,1,train\nb.ppm,1,test\n")
            << QStringLiteral("list.csv:2: label '1' has split 'test' here but 'train' at");
        QTest::newRow("split on some rows")
            << QStringLiteral("a.ppm,1,train\nb.ppm,2\n")
            << QStringLiteral("list.csv:2: label '2' has no split while others do");
        QTest::newRow("unclosed quote")
            << QStringLiteral("\"a.ppm,1\n") << QStringLiteral("list.csv:1: a quoted field is not");
        QTest::newRow("no rows") << QStringLiteral("path,label\n")
                                 << QStringLiteral("lists no images");
        QTest::newRow("missing image")
            << QStringLiteral("a.ppm,1\nabsent.ppm,1\n") << QStringLiteral("list.csv:2: '");
    }

    void csvFlaws() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        writeNumberedImage(m_dir->filePath(QStringLiteral("a.ppm")), 0);
        const QString csv = m_dir->filePath(QStringLiteral("list.csv"));
        writeText(csv, str(text));
        expectInputError([&] { loadAuto(csv); }, {expected});
    }

    void officialSplitNeedsADatasetThatHasOne() {
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("a"))));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("b"))));
        for (int i = 0; i < 4; ++i)
            writeNumberedImage(
                m_dir->filePath(QStringLiteral("%1/%2.ppm")
                                    .arg(i < 2 ? QStringLiteral("a") : QStringLiteral("b"))
                                    .arg(i)),
                i);
        const ImageSet set = loadAuto(m_dir->path());
        QVERIFY(set.classSplit.empty());
        std::vector<std::string> warnings;
        expectInputError(
            [&] { makeClassSplit(set, "official", "second-half", "", warnings); },
            {QStringLiteral("option 'train_classes'"), QStringLiteral("has no official split")});
        expectInputError([&] { makeClassSplit(set, "0", "1", "official", warnings); },
                         {QStringLiteral("option 'validation_classes'")});
    }

    // A 12 x 6 image in three vertical bands (red, blue, green): stretched, all three stay;
    // cropped, the centre square is the blue band alone.
    void imageFitStretchesOrCropsTheCentre() {
        std::vector<uint8_t> bands;
        for (int y = 0; y < 6; ++y)
            for (int x = 0; x < 12; ++x)
                bands.insert(bands.end(), x < 3   ? std::initializer_list<uint8_t>{255, 0, 0}
                                          : x < 9 ? std::initializer_list<uint8_t>{0, 0, 255}
                                                  : std::initializer_list<uint8_t>{0, 255, 0});
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("wide"))));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("other"))));
        test::writeNetpbm(m_dir->filePath(QStringLiteral("wide/bands.ppm")), 12, 6, true, bands);
        writeNumberedImage(m_dir->filePath(QStringLiteral("other/a.ppm")), 0);
        const ImageList list = readClassFolderList(str(m_dir->path()));
        std::vector<std::string> notes;
        DecodeSettings decode;
        decode.size = 4;
        const ImageSet stretched = decodeImageList(list, decode, notes);
        decode.fit = ImageFit::Crop;
        const ImageSet cropped = decodeImageList(list, decode, notes);
        const int64_t wide = stretched.labels[0] == 1 ? 0 : 1;  // "other" sorts first
        const uint8_t* s = stretched.image(wide);
        const uint8_t* c = cropped.image(wide);
        QCOMPARE(int(s[0]), 255);       // red plane, left edge: the red band
        QCOMPARE(int(s[16 + 3]), 255);  // green plane, right edge: the green band
        for (int p = 0; p < 16; ++p) {
            QCOMPARE(int(c[p]), 0);         // no red
            QCOMPARE(int(c[16 + p]), 0);    // no green
            QCOMPARE(int(c[32 + p]), 255);  // all blue
        }
    }

    void diskStorageHoldsTheSamePixels() {
        writeCub();
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("images/002.Auklet/a.ppm"))));
        const ImageList list = readCubList(str(m_dir->path()));
        std::vector<std::string> notes;
        DecodeSettings decode;
        decode.size = 5;
        decode.unreadable = UnreadableImages::Skip;
        decode.storage = PixelStorage::Memory;
        const ImageSet inMemory = decodeImageList(list, decode, notes);
        decode.storage = PixelStorage::Disk;
        const QString folder = m_dir->filePath(QStringLiteral("decoded"));
        decode.diskFolder = str(folder);
        const ImageSet onDisk = decodeImageList(list, decode, notes);

        QVERIFY(!inMemory.pixelFile);
        QVERIFY(onDisk.pixelFile);
        QVERIFY(onDisk.pixels.empty());
        QCOMPARE(onDisk.size(), 7);  // the missing image left out: the file shrank with it
        QCOMPARE(onDisk.labels, inMemory.labels);
        QCOMPARE(onDisk.pixelBytes(), uint64_t(7 * 3 * 5 * 5));
        QCOMPARE(onDisk.pixelBytes(), inMemory.pixelBytes());
        QVERIFY(std::equal(onDisk.pixelData(), onDisk.pixelData() + onDisk.pixelBytes(),
                           inMemory.pixelData()));
        QCOMPARE(redOf(onDisk, 6), 80);
        // Unlinked at once: nothing is left behind in the folder, even after a crash.
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
        const ImageSet copy = onDisk;  // copies share the mapping
        QCOMPARE(copy.pixelData(), onDisk.pixelData());

        const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
        writeText(blocker, "not a folder\n");
        decode.diskFolder = str(blocker + QStringLiteral("/decoded"));
        expectInputError([&] { decodeImageList(list, decode, notes); },
                         {blocker, QStringLiteral("decoded images")});
    }

    void decodedImagesOptionPicksTheStorage() {
        writeCub();
        Config config;
        config.set("dataset", str(m_dir->path()));
        config.set("channels", "3");
        config.set("image_size", "8");
        std::vector<std::string> warnings;
        config.set("decoded_images", "disk");
        QVERIFY(loadDataset(config, warnings).pixelFile);
        config.set("decoded_images", "auto");  // 8 images of 8 x 8: far below a quarter of memory
        QVERIFY(!loadDataset(config, warnings).pixelFile);
        QVERIFY_THROWS_EXCEPTION(InputError, config.set("decoded_images", "ssd"));
    }

    void unknownFileIsNotADataset() {
        const QString file = m_dir->filePath(QStringLiteral("notes.txt"));
        writeText(file, "hello\n");
        expectInputError([&] { loadAuto(file); }, {file, QStringLiteral("is not a folder")});
    }

private:
    void writeCub() {
        writeText(m_dir->filePath(QStringLiteral("classes.txt")),
                  "1 001.Albatross\n2 002.Auklet\n3 003.Blackbird\n4 004.Bunting\n");
        const char* images[] = {"003.Blackbird/a.ppm", "001.Albatross/a.ppm", "001.Albatross/b.ppm",
                                "002.Auklet/a.ppm",    "002.Auklet/b.ppm",    "004.Bunting/a.ppm",
                                "003.Blackbird/b.ppm", "004.Bunting/b.ppm"};
        std::string list;
        for (int i = 0; i < 8; ++i) {
            list += std::to_string(i + 1) + " " + images[i] + "\n";
            writeNumberedImage(
                m_dir->filePath(QStringLiteral("images/") + QString::fromLatin1(images[i])), i);
        }
        writeText(m_dir->filePath(QStringLiteral("images.txt")), list);
        writeText(m_dir->filePath(QStringLiteral("image_class_labels.txt")),
                  "1 3\n2 1\n3 1\n4 2\n5 2\n6 4\n7 3\n8 4\n");
    }

    void writeSop(const std::string& train, const std::string& test) {
        const std::string header = "image_id class_id super_class_id path\n";
        writeText(m_dir->filePath(QStringLiteral("Ebay_train.txt")), header + train);
        writeText(m_dir->filePath(QStringLiteral("Ebay_test.txt")), header + test);
        int i = 0;
        for (const std::string& list : {train, test}) {
            std::istringstream lines(list);
            for (std::string line; std::getline(lines, line); ++i) {
                const std::string path = line.substr(line.rfind(' ') + 1);
                writeNumberedImage(m_dir->filePath(QString::fromStdString(path)), i);
            }
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_APPLESS_MAIN(TestDatasetLayouts)
#include "tst_dataset_layouts.moc"
