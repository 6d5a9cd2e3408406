#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace grindstone::gui {

/// The languages the user interface speaks: English (the source texts) and Japanese.
QStringList uiLanguages();

/// The language `--lang` asked for, read off the raw arguments ("--lang ja" or "--lang=ja"),
/// before QCommandLineParser runs: its help texts are translated, so the translators are
/// installed first. Empty when the option is absent.
QString requestedLanguage(const QStringList& arguments);

/// The language of the system's UI preferences (QLocale::system().uiLanguages()) that the
/// program speaks, else English.
QString systemLanguage();

/// Installs the translators of `language` (one of uiLanguages()) into the application: the
/// widgets' and the window's (embedded, :/i18n/; English has the plural forms only) and Qt's
/// own for its dialogs and context menus (qtbase_<language>.qm of Qt's translations folder,
/// when it is there). Numbers and
/// dates follow the language: QLocale's default becomes it, unless the system locale already
/// speaks it (an English system keeps its own date order). Returns false when an embedded
/// translation is missing (a build that did not link it).
bool installTranslations(QCoreApplication* app, const QString& language);

}  // namespace grindstone::gui
