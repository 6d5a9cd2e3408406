// The texts of core's option table the settings form shows (groups, help, units, type names)
// reach Qt's translation tools through widgets/experiment/OptionTableStrings.cpp, a list of
// QT_TRANSLATE_NOOP("OptionTable", ...) lines made from the table by this program:
//   tst_option_table_strings --write widgets/experiment/OptionTableStrings.cpp
// Run as a test, it fails when the checked-in list and the table part ways, naming the texts;
// and the form's translated texts read in English exactly as core's.
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTranslator>
#include <QtTest>

#include <cstring>
#include <string>
#include <vector>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/options/OptionTable.h"
#include "widgets/experiment/OptionText.h"

namespace {

const QString kListPath = QStringLiteral("widgets/experiment/OptionTableStrings.cpp");

/// Every English text of the table the form shows, once each, in table order.
std::vector<std::string> tableTexts() {
    using grindstone::OptionType;
    std::vector<std::string> texts;
    const auto add = [&texts](const std::string& text) {
        if (text.empty()) return;
        for (const auto& seen : texts)
            if (seen == text) return;
        texts.push_back(text);
    };
    for (const auto& spec : grindstone::optionTable())
        add(spec.group);
    for (const auto& spec : grindstone::optionTable())
        add(spec.unit);
    for (OptionType type : {OptionType::Int, OptionType::Real, OptionType::Bool, OptionType::Choice,
                            OptionType::Text})
        add(grindstone::optionTypeName(type));
    for (const auto& spec : grindstone::optionTable())
        add(spec.doc);
    return texts;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string listLine(const std::string& text) {
    return "    QT_TRANSLATE_NOOP(\"OptionTable\", " + quoted(text) + "),\n";
}

QByteArray generatedList() {
    std::string out =
        "// Generated from core's option table by tests/i18n/tst_option_table_strings.cpp: do "
        "not edit.\n"
        "// The option table is core's (no Qt); these lines give lupdate its texts, which\n"
        "// OptionText.cpp looks up under the \"OptionTable\" context.\n"
        "#include <QtGlobal>\n"
        "\n"
        "namespace grindstone::widgets {\n"
        "\n"
        "// clang-format off\n"
        "[[maybe_unused]] const char* const kOptionTableStrings[] = {\n";
    for (const auto& text : tableTexts())
        out += listLine(text);
    out +=
        "};\n"
        "// clang-format on\n"
        "\n"
        "}  // namespace grindstone::widgets\n";
    return QByteArray::fromStdString(out);
}

QString sourcePath() {
    return QStringLiteral(GRINDSTONE_SOURCE_DIR "/") + kListPath;
}

QSet<QByteArray> lineSet(const QByteArray& text) {
    QSet<QByteArray> lines;
    for (const QByteArray& line : text.split('\n'))
        if (line.contains("QT_TRANSLATE_NOOP")) lines.insert(line.trimmed());
    return lines;
}

}  // namespace

class TestOptionTableStrings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listMatchesTheTable() {
        QFile file(sourcePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(sourcePath()));
        const QByteArray checkedIn = file.readAll();
        const QByteArray expected = generatedList();
        if (checkedIn == expected) return;
        const QSet<QByteArray> have = lineSet(checkedIn), want = lineSet(expected);
        QString report = QStringLiteral("%1 differs from the option table.\n").arg(kListPath);
        for (const QByteArray& line : want)
            if (!have.contains(line))
                report += QStringLiteral("  missing: %1\n").arg(QString::fromUtf8(line));
        for (const QByteArray& line : have)
            if (!want.contains(line))
                report += QStringLiteral("  extra:   %1\n").arg(QString::fromUtf8(line));
        report += QStringLiteral(
                      "Regenerate it from the source folder with\n"
                      "  build/ci/tests/tst_option_table_strings --write %1\n"
                      "then run lupdate (the update_translations target) and translate the new "
                      "texts.")
                      .arg(kListPath);
        QFAIL(qPrintable(report));
    }

    // Without a translation the form says exactly what core says.
    void englishTextsAreTheTables() {
        using namespace grindstone;
        for (const auto& spec : optionTable()) {
            QCOMPARE(widgets::optionAllowedText(spec),
                     QString::fromStdString(describeAllowed(spec)));
            QCOMPARE(widgets::optionDocText(spec), QString::fromStdString(spec.doc));
            QCOMPARE(widgets::optionGroupText(spec), QString::fromStdString(spec.group));
            QCOMPARE(widgets::optionUnitText(spec), QString::fromStdString(spec.unit));
            QCOMPARE(widgets::optionTypeText(spec.type),
                     QString::fromLatin1(optionTypeName(spec.type)));
        }
    }

    void refusalsReadAsCoresAndAreTranslated() {
        using namespace grindstone;
        // Every option a value can be refused for: the form's English sentence is core's.
        const std::string bad = "not-a-value";
        int refused = 0;
        for (const auto& spec : optionTable()) {
            if (spec.type == OptionType::Text) continue;  // any text is a valid text
            try {
                canonicalOptionValue(spec.name, bad);
                QFAIL(qPrintable(QString::fromStdString(spec.name + " took " + bad)));
            } catch (const InputError& e) {
                QCOMPARE(widgets::optionRejectedText(spec, QString::fromStdString(bad)),
                         QString::fromUtf8(e.what()));
                ++refused;
            }
        }
        QVERIFY(refused > 10);
        // In Japanese: another sentence, keeping the option, the value and the range as typed.
        QTranslator japanese;
        QVERIFY(japanese.load(QStringLiteral(":/i18n/grindstone_widgets_ja.qm")));
        QCoreApplication::installTranslator(&japanese);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&japanese); });
        const QString text =
            widgets::optionRejectedText(*findOption("steps"), QStringLiteral("-5"));
        QVERIFY2(text.contains(QStringLiteral("steps")) && text.contains(QStringLiteral("'-5'")) &&
                     text.contains(QStringLiteral("[1, 10000000]")) &&
                     !text.contains(QStringLiteral("is not valid")),
                 qPrintable(text));
    }
};

int main(int argc, char** argv) {
    // `--write FILE`: the generator. Anything else: the test.
    if (argc == 3 && std::strcmp(argv[1], "--write") == 0) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return 1;
        return out.write(generatedList()) >= 0 ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    TestOptionTableStrings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_option_table_strings.moc"
