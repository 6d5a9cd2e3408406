#include <QtTest>

#include "TestSupport.h"

#include "grindstone/Error.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/data/DatasetLoader.h"

using namespace grindstone;

using grindstone::test::expectInputError;

namespace {

std::vector<int> range(int first, int last) {
    std::vector<int> values;
    for (int v = first; v <= last; ++v)
        values.push_back(v);
    return values;
}

/// Labels only (splits never look at pixels): `perClass[c]` images of class c.
ImageSet labelledSet(const std::vector<int>& perClass) {
    ImageSet set;
    for (size_t c = 0; c < perClass.size(); ++c) {
        set.classNames.push_back("class" + std::to_string(c));
        for (int i = 0; i < perClass[c]; ++i)
            set.labels.push_back(int(c));
    }
    return set;
}

}  // namespace

class TestClassSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesLists() {
        const std::vector<int> classes = range(0, 9);
        QCOMPARE(parseClassList("0-4,7", classes, "x"), (std::vector<int>{0, 1, 2, 3, 4, 7}));
        QCOMPARE(parseClassList(" 9 , 3-3,2-3 ", classes, "x"), (std::vector<int>{2, 3, 9}));
        QCOMPARE(parseClassList("", classes, "x"), std::vector<int>{});
        QCOMPARE(parseClassList("  ", classes, "x"), std::vector<int>{});
    }

    void halves() {
        QCOMPARE(parseClassList("first-half", range(0, 9), "x"), range(0, 4));
        QCOMPARE(parseClassList("second-half", range(0, 9), "x"), range(5, 9));
        QCOMPARE(parseClassList("first-half", range(0, 61), "x"), range(0, 30));
        QCOMPARE(parseClassList("second-half", range(0, 61), "x"), range(31, 61));
        // Odd counts: the first half takes the extra class.
        QCOMPARE(parseClassList("first-half", range(0, 6), "x"), range(0, 3));
        QCOMPARE(parseClassList("second-half", range(0, 6), "x"), range(4, 6));
        // Halves are of the classes given, not of the label range.
        QCOMPARE(parseClassList("first-half", {1, 4, 6, 8}, "x"), (std::vector<int>{1, 4}));
    }

    void rejectsBadLists_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word") << "abc"
                              << "'abc'";
        QTest::newRow("typo of a keyword") << "first_half"
                                           << "first-half, second-half, official, or a list";
        QTest::newRow("open range") << "1-"
                                    << "where a class number belongs";
        QTest::newRow("negative") << "-3"
                                  << "where a class number belongs";
        QTest::newRow("backwards") << "4-2"
                                   << "backwards range '4-2'";
        QTest::newRow("empty entry") << "0,,1"
                                     << "empty entry";
        QTest::newRow("trailing comma") << "0,1,"
                                        << "empty entry";
        QTest::newRow("fraction") << "1.5"
                                  << "'1.5'";
        QTest::newRow("unknown class") << "8-12"
                                       << "class 10, which does not exist";
        QTest::newRow("huge") << "99999999999"
                              << "where a class number belongs";
    }
    void rejectsBadLists() {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        expectInputError([&] { parseClassList(spec.toStdString(), range(0, 9), "test_classes"); },
                         {QStringLiteral("option 'test_classes'"), expected});
    }

    void defaultSplit() {
        std::vector<std::string> warnings;
        const ClassSplit split = makeClassSplit(labelledSet(std::vector<int>(10, 3)), "first-half",
                                                "second-half", "", warnings);
        QCOMPARE(split.trainClasses, range(0, 4));
        QCOMPARE(split.testClasses, range(5, 9));
        QVERIFY(split.validationClasses.empty());
        QVERIFY(warnings.empty());
    }

    void validationIsCarvedOutOfTraining() {
        std::vector<std::string> warnings;
        const ImageSet set = labelledSet(std::vector<int>(10, 3));
        const ClassSplit split = makeClassSplit(set, "first-half", "second-half", "3-4", warnings);
        QCOMPARE(split.trainClasses, range(0, 2));
        QCOMPARE(split.validationClasses, range(3, 4));
        QCOMPARE(split.testClasses, range(5, 9));
        expectInputError([&] { makeClassSplit(set, "first-half", "second-half", "4-5", warnings); },
                         {QStringLiteral("option 'validation_classes'"), QStringLiteral("5"),
                          QStringLiteral("not training classes")});
        expectInputError([&] { makeClassSplit(set, "0-2", "second-half", "1-2", warnings); },
                         {QStringLiteral("option 'validation_classes'"),
                          QStringLiteral("leaves 1 training classes")});
        expectInputError([&] { makeClassSplit(set, "first-half", "second-half", "4", warnings); },
                         {QStringLiteral("option 'validation_classes'"),
                          QStringLiteral("1 usable validation classes")});
    }

    void tinyClassesAreExcludedWithWarning() {
        std::vector<std::string> warnings;
        // class 2 has one image, class 7 none at all (so it does not exist for the halves).
        const ImageSet set = labelledSet({3, 3, 1, 3, 3, 3, 3, 0, 3, 3});
        const ClassSplit split = makeClassSplit(set, "0-4", "5-6,8-9", "", warnings);
        QCOMPARE(split.trainClasses, (std::vector<int>{0, 1, 3, 4}));
        QCOMPARE(split.testClasses, (std::vector<int>{5, 6, 8, 9}));
        QCOMPARE(warnings.size(), size_t(1));
        const QString warning = QString::fromStdString(warnings.front());
        QVERIFY2(warning.contains(QStringLiteral("fewer than 2 images: 2 (class2)")),
                 qPrintable(warning));
        expectInputError([&] { makeClassSplit(set, "0-7", "8-9", "", warnings); },
                         {QStringLiteral("option 'train_classes'"),
                          QStringLiteral("class 7, which does not exist")});
    }

    void overlapIsAnError() {
        std::vector<std::string> warnings;
        expectInputError(
            [&] {
                makeClassSplit(labelledSet(std::vector<int>(10, 3)), "0-5", "5-9", "", warnings);
            },
            {QStringLiteral("'train_classes'"), QStringLiteral("'test_classes'"),
             QStringLiteral("overlap"), QStringLiteral("class(es) 5 ")});
    }

    void tooFewClasses() {
        std::vector<std::string> warnings;
        const ImageSet set = labelledSet({3, 1, 3, 3, 3});
        expectInputError([&] { makeClassSplit(set, "0-1", "2-4", "", warnings); },
                         {QStringLiteral("option 'train_classes'"),
                          QStringLiteral("1 usable training classes")});
        expectInputError(
            [&] { makeClassSplit(set, "0-2", "4", "", warnings); },
            {QStringLiteral("option 'test_classes'"), QStringLiteral("1 usable test classes")});
    }

    void indicesOfClassesAscending() {
        ImageSet set;
        set.labels = {2, 0, 1, 2, 0, 3};
        set.classNames = {"a", "b", "c", "d"};
        QCOMPARE(indicesOfClasses(set, {0, 2}), (std::vector<int64_t>{0, 1, 3, 4}));
        QCOMPARE(indicesOfClasses(set, {}), std::vector<int64_t>{});
        QCOMPARE(indicesOfClasses(set, {3, 17}), std::vector<int64_t>{5});
    }

    void glyphsProtocolSplit() {
        const std::string folder = GRINDSTONE_GLYPHS_DIR;
        GRINDSTONE_REQUIRE_GLYPHS();
        const ImageSet set = loadIdxFolder(folder);
        std::vector<std::string> warnings;
        const ClassSplit split = makeClassSplit(set, "first-half", "second-half", "", warnings);
        QCOMPARE(split.trainClasses, range(0, 30));
        QCOMPARE(split.testClasses, range(31, 61));
        // 31 characters on each side, one image of each per font family.
        const int families = test::glyphFamilies();
        QVERIFY2(families > 0, "the glyph README does not report its font families");
        QCOMPARE(indicesOfClasses(set, split.trainClasses).size(), size_t(31 * families));
        QCOMPARE(indicesOfClasses(set, split.testClasses).size(), size_t(31 * families));
        QVERIFY(warnings.empty());
    }

    void fashionMnistHalves() {
        const std::string folder = "/usr/share/datasets/fashion-mnist";
        GRINDSTONE_REQUIRE_FASHION_MNIST(folder);
        std::vector<std::string> warnings;
        const ClassSplit split =
            makeClassSplit(loadIdxFolder(folder), "first-half", "second-half", "", warnings);
        QCOMPARE(split.trainClasses, range(0, 4));
        QCOMPARE(split.testClasses, range(5, 9));
    }
};

QTEST_APPLESS_MAIN(TestClassSplit)
#include "tst_class_split.moc"
