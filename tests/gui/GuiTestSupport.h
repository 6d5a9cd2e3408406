#pragma once

// Shared by the GUI and render suites: a test main with a fixed look, and helpers that drive
// the window the way a person does (typing into fields, clicking buttons).
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFont>
#include <QLineEdit>
#include <QLocale>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QtTest>

#include <filesystem>
#include <string>

#include "TestSupport.h"

namespace grindstone::test {

/// Copies the folder `from` (recursively) to `to`, which must not exist yet. Tests copy
/// committed fixture runs before opening them: opening a run may write into it (QA tags).
inline bool copyFolder(const QString& from, const QString& to) {
    if (!QDir().mkpath(to)) return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) return false;
    }
    return true;
}

/// This test program's own scratch folder, removed when the program ends, and made the user's
/// home folder the first time it is asked for: programs of two builds or two users running at
/// once never share a file, and paths the window shows under "~" read the same in every run.
/// It is named after the process id, zero-padded: digits all take one width, so a full path in
/// a field takes the same room in every run and the window's layout does not vary with it.
inline QString scratchHome() {
    struct Folder {
        QString path = QDir::tempPath() +
                       QStringLiteral("/grindstone-test-%1")
                           .arg(QCoreApplication::applicationPid(), 8, 10, QLatin1Char('0'));
        Folder() {
            QDir(path).removeRecursively();  // left by a process that had this id and crashed
            QDir().mkpath(path);
            qputenv("HOME", QFile::encodeName(path));
        }
        ~Folder() { QDir(path).removeRecursively(); }
    };
    static const Folder folder;
    return folder.path;
}

/// Replaces a line edit's text by typing, as a user does (select all, type).
inline void typeInto(QWidget* editor, const QString& text) {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    QVERIFY2(edit, "not a line edit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Prepares the application the same way for every GUI test: offscreen when there is no
/// display, Fusion style and a fixed font (render baselines match on any desktop), and Qt
/// Test's own settings and data folders (a test never reads or writes the user's).
inline void setUpGuiTestApplication() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GrindstoneTests"));
    QApplication::setApplicationName(QStringLiteral("grindstone-tests"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(9);
    font.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(font);
}

/// A German desktop for as long as it lives: QLocale's default (decimal commas, day.month
/// dates), put back as it was when it goes, whatever the checks in between found.
class GermanLocale {
public:
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(m_before); }
    GermanLocale(const GermanLocale&) = delete;
    GermanLocale& operator=(const GermanLocale&) = delete;

private:
    const QLocale m_before;
};

inline void chooseOffscreenWithoutDisplay() {
    // The same font size in pixels under Xvfb (whose reported DPI varies) and offscreen.
    qputenv("QT_FONT_DPI", "96");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

}  // namespace grindstone::test

/// QTEST_MAIN with the GUI tests' application set-up.
#define GRINDSTONE_GUI_TEST_MAIN(TestClass)                                \
    int main(int argc, char** argv) {                                      \
        grindstone::test::chooseOffscreenWithoutDisplay();                 \
        QApplication app(argc, argv);                                      \
        grindstone::test::setUpGuiTestApplication();                       \
        TestClass test;                                                    \
        QTEST_SET_MAIN_SOURCE_PATH return QTest::qExec(&test, argc, argv); \
    }
