#include "widgets/common/CoreMessageText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace grindstone::widgets {

namespace {

/// One template as a pattern: its literal text must match exactly, each placeholder takes
/// any text; placeholders are numbered in the order they appear in the English template.
struct CompiledTemplate {
    const char* source = nullptr;
    QRegularExpression pattern;
    int literalLength = 0;  ///< of the fixed text: the longer, the more specific the match
};

const std::vector<CompiledTemplate>& compiledTemplates() {
    static const std::vector<CompiledTemplate> compiled = [] {
        std::vector<CompiledTemplate> out;
        static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        for (int i = 0; i < kCoreMessageTemplateCount; ++i) {
            const QString text = QString::fromUtf8(kCoreMessageTemplates[i]);
            QString pattern = QStringLiteral("^");
            qsizetype at = 0;
            int literal = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                pattern += QRegularExpression::escape(text.mid(at, m.capturedStart() - at)) +
                           QStringLiteral("(.*?)");
                literal += static_cast<int>(m.capturedStart() - at);
                at = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
            literal += static_cast<int>(text.size() - at);
            QRegularExpression expression(pattern, QRegularExpression::DotMatchesEverythingOption);
            // Compiled here, once: the training and projection threads match concurrently.
            expression.optimize();
            out.push_back({kCoreMessageTemplates[i], std::move(expression), literal});
        }
        return out;
    }();
    return compiled;
}

/// `translated` with %1, %2, ... replaced by the pieces in one pass: a piece holding "%1"
/// (a file name, say) is never substituted again.
QString filled(const QString& translated, const QStringList& pieces) {
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(translated); it.hasNext();) {
        const auto m = it.next();
        const int index = m.captured(1).toInt() - 1;
        out += translated.mid(at, m.capturedStart() - at);
        out += index >= 0 && index < pieces.size() ? pieces[index] : m.captured(0);
        at = m.capturedEnd();
    }
    return out + translated.mid(at);
}

QString translatedMessage(const QString& message, int depth) {
    const CompiledTemplate* best = nullptr;
    QRegularExpressionMatch bestMatch;
    for (const auto& candidate : compiledTemplates()) {
        if (best && candidate.literalLength <= best->literalLength) continue;
        auto m = candidate.pattern.match(message);
        if (m.hasMatch()) {
            best = &candidate;
            bestMatch = m;
        }
    }
    if (!best) {
        // "WHERE: MESSAGE" (a file, a line, a config): the message after a ": " may be one.
        if (depth < 3)
            for (qsizetype colon = message.indexOf(QStringLiteral(": ")); colon > 0;
                 colon = message.indexOf(QStringLiteral(": "), colon + 2)) {
                const QString rest = message.mid(colon + 2);
                const QString translated = translatedMessage(rest, depth + 1);
                if (translated != rest) return message.left(colon + 2) + translated;
            }
        return message;
    }
    const QString translated = QCoreApplication::translate("CoreMessages", best->source);
    QStringList pieces;
    for (int i = 1; i <= bestMatch.lastCapturedIndex(); ++i)
        pieces << (depth < 3 ? translatedMessage(bestMatch.captured(i), depth + 1)
                             : bestMatch.captured(i));
    return filled(translated, pieces);
}

}  // namespace

QString coreMessageText(const QString& message) {
    return translatedMessage(message, 0);
}

QString coreMessageText(const std::string& message) {
    return coreMessageText(QString::fromStdString(message));
}

QString coreMessageText(const char* message) {
    return coreMessageText(QString::fromUtf8(message));
}

}  // namespace grindstone::widgets
