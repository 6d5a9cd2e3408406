// The benchmark layouts (CUB-200-2011, Cars196, Stanford Online Products, In-Shop Clothes) and
// CSV lists, each
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
#include "grindstone/training/Trainer.h"

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

    // In-Shop: 3 training items of 2 images; test items 80, 81 (2 queries, 2 gallery images
    // each) and 82 (one query, no gallery image: nothing to find).
    void inShopSplitsQueriesFromTheGallery() {
        writeInShop({"img/WOMEN/Dresses/id_00000002/01.jpg id_00000002 train",
                     "img/WOMEN/Dresses/id_00000002/02.jpg id_00000002 train",
                     "img/WOMEN/Tees/id_00000007/01.jpg id_00000007 train",
                     "img/WOMEN/Tees/id_00000007/02.jpg id_00000007 train",
                     "img/MEN/Denim/id_00000005/01.jpg id_00000005 train",
                     "img/MEN/Denim/id_00000005/02.jpg id_00000005 train",
                     "img/MEN/Denim/id_00000080/01.jpg id_00000080 query",
                     "img/MEN/Denim/id_00000080/02.jpg id_00000080 gallery",
                     "img/MEN/Denim/id_00000080/03.jpg id_00000080 query",
                     "img/MEN/Denim/id_00000080/04.jpg id_00000080 gallery",
                     "img/MEN/Tees/id_00000081/01.jpg id_00000081 gallery",
                     "img/MEN/Tees/id_00000081/02.jpg id_00000081 query",
                     "img/MEN/Tees/id_00000081/03.jpg id_00000081 gallery",
                     "img/MEN/Tees/id_00000081/04.jpg id_00000081 query",
                     "img/MEN/Tees/id_00000082/01.jpg id_00000082 query"});
        const ImageSet set = loadAuto(m_dir->path());
        QCOMPARE(set.classNames,
                 (std::vector<std::string>{"id_00000002", "id_00000005", "id_00000007",
                                           "id_00000080", "id_00000081", "id_00000082"}));
        QCOMPARE(set.classSplit,
                 (std::vector<std::string>{"train", "train", "train", "test", "test", "test"}));
        QCOMPARE(set.labels, (std::vector<int>{0, 0, 2, 2, 1, 1, 3, 3, 3, 3, 4, 4, 4, 4, 5}));
        QCOMPARE(set.inGallery,
                 (std::vector<bool>{false, false, false, false, false, false, false, true, false,
                                    true, true, false, true, false, false}));
        QCOMPARE(redOf(set, 7), 80);

        // The trainer evaluates the test items' queries against their gallery: 4 queries have
        // something to find (leave-one-out would count all 8 images of items 80 and 81; item
        // 82, a single image, is left out of the split).
        Config config;
        config.set("dataset", str(m_dir->path()));
        config.set("channels", "3");
        config.set("image_size", "4");
        config.set("train_classes", "official");
        config.set("test_classes", "official");
        config.set("method", "triplet");
        config.set("steps", "1");
        config.set("eval_every", "0");
        config.set("snapshot_every", "0");
        config.set("threads", "1");
        std::vector<std::string> warnings;
        Trainer trainer(config, set, warnings);
        const EvaluationReport report = trainer.evaluate(true);
        QCOMPARE(report.images, int64_t{8});
        QCOMPARE(report.galleryImages, int64_t{4});
        // Verification pairs one query with one gallery image: 2 x 2 same-item pairs for each
        // of the two items (any two of their 4 images would make 12), 16 - 8 others.
        QVERIFY(report.verification.has_value());
        QCOMPARE(report.verification->test.positiveAvailable, int64_t{8});
        QCOMPARE(report.verification->test.negativeAvailable, int64_t{8});
        QCOMPARE(report.metrics.queries, int64_t{4});
    }

    void inShopFlaws_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString header = QStringLiteral("image_name item_id evaluation_status\n");
        QTest::newRow("no count") << QStringLiteral("image_name item_id evaluation_status\n")
                                  << QStringLiteral(
                                         "list_eval_partition.txt:1: expected the image count");
        QTest::newRow("no header")
            << QStringLiteral("1\nimg/a.jpg id_00000001 train\n")
            << QStringLiteral("list_eval_partition.txt:2: expected the header");
        QTest::newRow("two fields")
            << QStringLiteral("1\n") + header + QStringLiteral("img/a.jpg id_00000001\n")
            << QStringLiteral("list_eval_partition.txt:3: expected 3 fields");
        QTest::newRow("bad item") << QStringLiteral("1\n") + header +
                                         QStringLiteral("img/a.jpg item7 train\n")
                                  << QStringLiteral(
                                         ":3: item 'item7' is not of the form id_NNNNNNNN");
        QTest::newRow("bad status")
            << QStringLiteral("1\n") + header + QStringLiteral("img/a.jpg id_00000001 val\n")
            << QStringLiteral(":3: evaluation status 'val' is not train, query or gallery");
        QTest::newRow("item in both")
            << QStringLiteral("2\n") + header +
                   QStringLiteral("img/a.jpg id_00000001 train\nimg/b.jpg id_00000001 query\n")
            << QStringLiteral(":4: item id_00000001 is also listed for train");
        QTest::newRow("count differs")
            << QStringLiteral("3\n") + header + QStringLiteral("img/a.jpg id_00000001 train\n")
            << QStringLiteral(":1: declares 3 images, the list holds 1");
        QTest::newRow("empty") << QStringLiteral("1\n") + header << QStringLiteral("lists nothing");
    }

    void inShopFlaws() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        writeText(m_dir->filePath(QStringLiteral("list_eval_partition.txt")), str(text));
        expectInputError([&] { loadAuto(m_dir->path(), "inshop"); }, {expected});
    }

    // The download unpacks the list into Eval/ and the images into Img/img/.
    void inShopFindsTheDownloadsFolders() {
        const QString list = QStringLiteral(
            "2\nimage_name item_id evaluation_status\n"
            "img/A/id_00000001/a.jpg id_00000001 query\n"
            "img/A/id_00000001/b.jpg id_00000001 gallery\n");
        writeText(m_dir->filePath(QStringLiteral("Eval/list_eval_partition.txt")), str(list));
        for (int i = 0; i < 2; ++i)
            writeNumberedImage(
                m_dir->filePath(QStringLiteral("Img/img/A/id_00000001/%1.jpg")
                                    .arg(i == 0 ? QLatin1Char('a') : QLatin1Char('b'))),
                i);
        const ImageList read = readInShopList(str(m_dir->path()));
        QCOMPARE(read.entries.size(), size_t(2));
        QCOMPARE(QString::fromStdString(read.entries[1].path),
                 m_dir->filePath(QStringLiteral("Img/img/A/id_00000001/b.jpg")));
        QCOMPARE(read.entries[1].origin,
                 str(m_dir->filePath(QStringLiteral("Eval/list_eval_partition.txt"))) + ":4");
        const ImageSet set = loadAuto(m_dir->path());  // found by auto in Eval/
        QCOMPARE(redOf(set, 1), 20);
    }

    // Replicas of the published lists' sizes (ids, classes and image counts as released; the
    // images are not needed to read a list): each reader gives the split the papers report.
    void officialCountsOfCubCarsAndInShop() {
        // CUB-200-2011: 11,788 images of 200 classes; 1-100 hold 5,994, 101-200 5,794.
        std::string classes, images, labels;
        int image = 0;
        for (int c = 1; c <= 200; ++c) {
            classes += std::to_string(c) + " " + std::to_string(c) + ".Bird\n";
            const int count = c <= 100 ? (c <= 94 ? 60 : 59) : (c <= 194 ? 58 : 57);
            for (int i = 0; i < count; ++i) {
                ++image;
                images += std::to_string(image) + " b/" + std::to_string(image) + ".jpg\n";
                labels += std::to_string(image) + " " + std::to_string(c) + "\n";
            }
        }
        writeText(m_dir->filePath(QStringLiteral("cub/classes.txt")), classes);
        writeText(m_dir->filePath(QStringLiteral("cub/images.txt")), images);
        writeText(m_dir->filePath(QStringLiteral("cub/image_class_labels.txt")), labels);
        expectSplitCounts(readCubList(str(m_dir->filePath(QStringLiteral("cub")))), 100, 5994, 100,
                          5794);

        // Cars196: 16,185 images of 196 classes; 1-98 hold 8,054, 99-196 8,131.
        std::vector<std::string> paths;
        std::vector<uint8_t> carClasses;
        std::vector<std::string> names;
        for (int c = 1; c <= 196; ++c) {
            names.push_back("Car " + std::to_string(c));
            const int count = c <= 98 ? (c <= 18 ? 83 : 82) : (c <= 193 ? 83 : 82);
            for (int i = 0; i < count; ++i) {
                paths.push_back("car_ims/" + std::to_string(paths.size() + 1) + ".jpg");
                carClasses.push_back(static_cast<uint8_t>(c));
            }
        }
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("cars"))));
        writeCarsAnnotations(m_dir->filePath(QStringLiteral("cars/cars_annos.mat")), paths,
                             carClasses, names);
        expectSplitCounts(readCarsList(str(m_dir->filePath(QStringLiteral("cars")))), 98, 8054, 98,
                          8131);

        // In-Shop: 3,997 training items with 25,882 images; 3,985 test items with 14,218
        // queries and 12,612 gallery images.
        std::string partition = "52712\nimage_name item_id evaluation_status\n";
        const auto line = [&](int item, int n, const char* status) {
            char id[16];
            std::snprintf(id, sizeof id, "id_%08d", item);
            partition += std::string("img/") + id + "/" + std::to_string(n) + ".jpg " + id + " " +
                         status + "\n";
        };
        for (int item = 1; item <= 3997; ++item)
            for (int n = 0; n < (item <= 1900 ? 7 : 6); ++n)  // 1,900 x 7 + 2,097 x 6
                line(item, n, "train");
        for (int item = 4001; item <= 7985; ++item) {
            const int t = item - 4001;
            for (int n = 0; n < (t < 2263 ? 4 : 3); ++n)  // 2,263 x 4 + 1,722 x 3
                line(item, n, "query");
            for (int n = 0; n < (t < 657 ? 4 : 3); ++n)  // 657 x 4 + 3,328 x 3
                line(item, 10 + n, "gallery");
        }
        writeText(m_dir->filePath(QStringLiteral("inshop/list_eval_partition.txt")), partition);
        const ImageList inShop = readInShopList(str(m_dir->filePath(QStringLiteral("inshop"))));
        expectSplitCounts(inShop, 3997, 25882, 3985, 26830);
        QVERIFY(inShop.queryGallery);
        const auto gallery = std::count_if(inShop.entries.begin(), inShop.entries.end(),
                                           [](const ImageListEntry& e) { return e.inGallery; });
        QCOMPARE(gallery, 12612);
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
    /// Classes and images on each side of a list's official split.
    static void expectSplitCounts(const ImageList& list, int trainClasses, int trainImages,
                                  int testClasses, int testImages) {
        const auto classes = [&](const char* side) {
            return std::count(list.classSplit.begin(), list.classSplit.end(), side);
        };
        const auto images = [&](const char* side) {
            return std::count_if(list.entries.begin(), list.entries.end(),
                                 [&](const ImageListEntry& e) {
                                     return list.classSplit[static_cast<size_t>(e.label)] == side;
                                 });
        };
        QCOMPARE(classes("train"), trainClasses);
        QCOMPARE(images("train"), trainImages);
        QCOMPARE(classes("test"), testClasses);
        QCOMPARE(images("test"), testImages);
    }

    /// list_eval_partition.txt with the count and header, and an image for every line.
    void writeInShop(const std::vector<std::string>& lines) {
        std::string text =
            std::to_string(lines.size()) + "\nimage_name item_id evaluation_status\n";
        int i = 0;
        for (const std::string& line : lines) {
            text += line + "\n";
            writeNumberedImage(
                m_dir->filePath(QString::fromStdString(line.substr(0, line.find(' ')))), i++);
        }
        writeText(m_dir->filePath(QStringLiteral("list_eval_partition.txt")), text);
    }

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
