// Core's English messages in the user's language: a message is matched against the templates
// generated from core/src and the translated template is filled with its pieces, which are
// translated in turn; what no template matches, and every message without a translator,
// comes back as core wrote it.
#include <QScopeGuard>
#include <QTranslator>
#include <QtTest>

#include <string>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "widgets/common/CoreMessageText.h"

using grindstone::widgets::coreMessageText;

namespace {

/// Core's own message for a value the option refuses.
std::string refusal(const std::string& key, const std::string& value) {
    try {
        grindstone::canonicalOptionValue(key, value);
    } catch (const grindstone::InputError& e) {
        return e.what();
    }
    return {};
}

bool hasJapanese(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff) return true;
    return false;
}

}  // namespace

class TestCoreMessageText : public QObject {
    Q_OBJECT
    QTranslator m_japanese;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(grindstone::widgets::kCoreMessageTemplateCount > 100);
        QVERIFY(m_japanese.load(QStringLiteral(":/i18n/grindstone_widgets_ja.qm")));
    }

    void englishComesBackUnchanged() {
        const std::string message = refusal("steps", "-5");
        QVERIFY(!message.empty());
        QCOMPARE(coreMessageText(message), QString::fromStdString(message));
        QCOMPARE(coreMessageText("not a message of core"), QStringLiteral("not a message of core"));
    }

    void japaneseKeepsTheNamesValuesAndNestedMessages() {
        QCoreApplication::installTranslator(&m_japanese);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_japanese); });

        const QString steps = coreMessageText(refusal("steps", "-5"));
        QVERIFY2(hasJapanese(steps) && steps.contains(QStringLiteral("'steps'")) &&
                     steps.contains(QStringLiteral("'-5'")) &&
                     steps.contains(QStringLiteral("[1, 10000000]")) &&
                     !steps.contains(QStringLiteral("is not valid")),
                 qPrintable(steps));

        // A message inside a message: both parts translated, the file name kept, and a piece
        // that reads like a placeholder is not filled again.
        const QString nested = coreMessageText(
            "'/tmp/plan%1.json' is not a readable bench plan: cannot write '/tmp/out'");
        QVERIFY2(hasJapanese(nested) && nested.contains(QStringLiteral("/tmp/plan%1.json")) &&
                     nested.contains(QStringLiteral("/tmp/out")) &&
                     !nested.contains(QStringLiteral("readable")) &&
                     !nested.contains(QStringLiteral("cannot write")),
                 qPrintable(nested));

        // A wrapper no template matches ("WHERE: MESSAGE"): its message part is translated.
        const QString wrapped = coreMessageText("config '/tmp/c.json': " + refusal("seed", "x"));
        QVERIFY2(wrapped.startsWith(QStringLiteral("config '/tmp/c.json': ")) &&
                     hasJapanese(wrapped) && !wrapped.contains(QStringLiteral("is not valid")),
                 qPrintable(wrapped));

        // No template: unchanged.
        QCOMPARE(coreMessageText("something core never says"),
                 QStringLiteral("something core never says"));
    }

    void theMostSpecificTemplateWins() {
        // "option 'dataset': '%1' is not a CSV file" beats any shorter template that would
        // also match, such as one of the form "option '%1': ..." with a wider placeholder.
        QCoreApplication::installTranslator(&m_japanese);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_japanese); });
        const QString text =
            coreMessageText("option 'dataset': '/data/list.txt' is not a CSV file");
        QVERIFY2(hasJapanese(text) && text.contains(QStringLiteral("'/data/list.txt'")) &&
                     text.contains(QStringLiteral("CSV")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCoreMessageText)
#include "tst_core_message_text.moc"
