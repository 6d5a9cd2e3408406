#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace grindstone::gui {

QStringList uiLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString requestedLanguage(const QStringList& arguments) {
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--")) break;  // what follows is positional
        if (arg == option) return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arg.startsWith(option + QLatin1Char('='))) return arg.mid(option.size() + 1);
    }
    return {};
}

QString systemLanguage() {
    // uiLanguages() lists the user's preferences in order ("ja-JP", "en-US", ...).
    for (const QString& preferred : QLocale::system().uiLanguages()) {
        const QString language = preferred.section(QLatin1Char('-'), 0, 0).toLower();
        if (uiLanguages().contains(language)) return language;
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication* app, const QString& language) {
    const QLocale locale(language);
    if (QLocale::system().language() != locale.language()) QLocale::setDefault(locale);
    // English is the source language: its translation, where there is one, holds only plural
    // forms ("1 test image").
    const bool english = language == QLatin1String("en");
    bool complete = true;
    for (const QString& name :
         {QStringLiteral("grindstone_widgets_"), QStringLiteral("grindstone_gui_")}) {
        const QString file = QStringLiteral(":/i18n/") + name + language + QStringLiteral(".qm");
        if (english && !QFile::exists(file)) continue;
        auto* translator = new QTranslator(app);
        if (translator->load(file))
            QCoreApplication::installTranslator(translator);
        else
            complete = false;
    }
    // Qt's own texts (the file dialog, the line edits' context menus, QMessageBox's buttons).
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return complete;
}

}  // namespace grindstone::gui
