// Paths as the window shows them: the home folder as "~", only at a folder boundary.
#include <QtTest>

#include "widgets/common/DisplayPath.h"

using grindstone::widgets::displayPath;

class TestDisplayPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void homeBecomesTilde_data() {
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("shown");
        const auto row = [](const char* tag, const char* home, const char* path,
                            const char* shown) {
            QTest::newRow(tag) << QString::fromUtf8(home) << QString::fromUtf8(path)
                               << QString::fromUtf8(shown);
        };
        row("under home", "/users/ann", "/users/ann/runs/a", "~/runs/a");
        row("home itself", "/users/ann", "/users/ann", "~");
        row("trailing slash", "/users/ann/", "/users/ann/runs/", "~/runs");
        row("a neighbour of home", "/users/ann", "/users/anna/runs", "/users/anna/runs");
        row("elsewhere", "/users/ann", "/data/glyphs", "/data/glyphs");
        row("relative", "/users/ann", "runs/a", "runs/a");
        row("root as home", "/", "/data/glyphs", "/data/glyphs");
    }

    void homeBecomesTilde() {
        QFETCH(QString, home);
        QFETCH(QString, path);
        QFETCH(QString, shown);
        const QByteArray saved = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home));
        const QString actual = displayPath(path);
        qputenv("HOME", saved);
        QCOMPARE(actual, shown);
    }
};

QTEST_GUILESS_MAIN(TestDisplayPath)
#include "tst_display_path.moc"
