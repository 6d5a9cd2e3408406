#include <QtTest>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"

using namespace grindstone;

class TestOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValid() {
        Config config;
        for (const auto& spec : optionTable()) {
            QVERIFY2(!spec.doc.empty(), spec.name.c_str());
            QVERIFY2(!spec.group.empty(), spec.name.c_str());
            QCOMPARE(canonicalOptionValue(spec.name, spec.defaultValue), spec.defaultValue);
        }
        QCOMPARE(config.text("method"), std::string("two-stage"));
        QCOMPARE(config.integer("embedding_dim"), 128LL);
    }

    void requiredKeysExist() {
        for (const char* key : {"method", "miner", "steps", "seed", "embedding_dim", "dataset"})
            QVERIFY2(findOption(key) != nullptr, key);
    }

    void setValidValues() {
        Config config;
        config.setAssignment("steps=42");
        config.setAssignment("normalize=yes");
        config.setAssignment("lr_metric=0.01");
        config.setAssignment("miner = batch-hard");
        QCOMPARE(config.integer("steps"), 42LL);
        QVERIFY(config.flag("normalize"));
        QCOMPARE(config.real("lr_metric"), 0.01);
        QCOMPARE(config.text("miner"), std::string("batch-hard"));
    }

    void rejectsBadValues_data() {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("unknown key") << "stepz=3"
                                     << "unknown option 'stepz'";
        QTest::newRow("not an int") << "steps=abc"
                                    << "expected an integer";
        QTest::newRow("int out of range") << "steps=0"
                                          << "[1, 10000000]";
        QTest::newRow("real out of range") << "lr_metric=5"
                                           << "option 'lr_metric'";
        QTest::newRow("not finite") << "beta=nan"
                                    << "option 'beta'";
        QTest::newRow("bad choice") << "method=magic"
                                    << "one of: triplet, hdml, two-stage";
        QTest::newRow("bad bool") << "normalize=maybe"
                                  << "true or false";
        QTest::newRow("no equals") << "steps"
                                   << "KEY=VALUE";
    }
    void rejectsBadValues() {
        QFETCH(QString, assignment);
        QFETCH(QString, expectedInMessage);
        Config config;
        const Config before = config;
        try {
            config.setAssignment(assignment.toStdString());
            QFAIL("accepted a bad value");
        } catch (const InputError& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(expectedInMessage), e.what());
        }
        QVERIFY(config == before);
    }

    void jsonRoundTrip() {
        Config config;
        config.set("steps", "77");
        config.set("method", "hdml");
        Config copy;
        copy.mergeJsonText(config.toJson(), "memory");
        QVERIFY(copy == config);
        QCOMPARE(copy.differences(Config()), (std::vector<std::string>{"method", "steps"}));
    }

    void badJsonLeavesConfigIntact() {
        Config config;
        const Config before = config;
        for (const char* text : {"{\"steps\": 5, \"nope\": 1}", "{\"steps\": -1}", "[1,2]",
                                 "{\"steps\": ", "{\"method\": [1]}"}) {
            QVERIFY_THROWS_EXCEPTION(InputError, config.mergeJsonText(text, "bad.json"));
            QVERIFY(config == before);
        }
        try {
            config.mergeJsonText("{\"seed\": \"x\"}", "cfg.json");
        } catch (const InputError& e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY(message.contains(QStringLiteral("cfg.json")));
            QVERIFY(message.contains(QStringLiteral("seed")));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, config.mergeJsonFile("/nonexistent/cfg.json"));
    }

    void numberBeyondRangeIsAClearRefusal() {
        // Found by fuzz_config: the JSON parser's range error escaped as an internal error.
        Config config;
        const Config before = config;
        try {
            config.mergeJsonText("{\"lr_metric\": 8E3012}", "big.json");
            QFAIL("accepted a number beyond double's range");
        } catch (const InputError& e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.contains(QStringLiteral("big.json")) &&
                         message.contains(QStringLiteral("not valid JSON")) &&
                         message.contains(QStringLiteral("8E3012")),
                     qPrintable(message));
        }
        QVERIFY(config == before);
    }
};

QTEST_APPLESS_MAIN(TestOptions)
#include "tst_options.moc"
