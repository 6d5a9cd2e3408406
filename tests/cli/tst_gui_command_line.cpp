// The desktop program's --help and --version work where no window can open: no X server,
// no Wayland, no QT_QPA_PLATFORM (a build server, an ssh session); the arguments the window
// checks (--view, --compare) are refused with a message and exit code 2. --lang and the system
// locale choose the language (help texts and messages in Japanese); the positional argument
// (a run folder or its run.json, as a file manager passes it) opens the run read-only.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

/// Sets the system's language as the locale variables give it (LANGUAGE, LC_ALL, LANG...).
void setLocale(QProcessEnvironment& env, const QString& locale) {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), locale);
}

Result run(const QStringList& args, QProcessEnvironment env) {
    // Settings go to a folder of the test's own: a window that closes saves them.
    static const QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GRINDSTONE_GUI), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), process.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// In English by default, whatever the tester's locale: the messages checked are English.
Result runWithoutDisplay(const QStringList& args,
                         const QString& locale = QStringLiteral("C.UTF-8")) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    setLocale(env, locale);
    env.insert(QStringLiteral("DISPLAY"), QString());
    for (const char* name : {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
        env.remove(QLatin1String(name));
    return run(args, env);
}

/// With a window system (Qt's offscreen one): arguments the window itself checks.
Result runOffscreen(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    setLocale(env, QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return run(args, env);
}

const QString kFixtureRun = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui/fixture-run");

}  // namespace

class TestGuiCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpPrintsEveryOption_data() {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }

    void helpPrintsEveryOption() {
        QFETCH(QString, flag);
        const Result r = runWithoutDisplay({flag});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        for (const char* option : {"--open", "--workspace", "--preset", "--set", "--start",
                                   "--screenshot", "--view", "--compare", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)),
                     qPrintable(QStringLiteral("no %1 in:\n").arg(QLatin1String(option)) + r.out));
    }

    void versionPrintsTheVersion() {
        const Result r = runWithoutDisplay({QStringLiteral("--version")});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("grindstone " GRINDSTONE_VERSION));
    }

    void helpAfterOtherOptionsStillPrints() {
        const Result r = runWithoutDisplay(
            {QStringLiteral("--open"), QStringLiteral("/nonexistent"), QStringLiteral("--help")});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("--open")));
    }

    void unknownViewOrComparedRunIsRefusedWithTheChoices() {
        QTemporaryDir workspace;
        Result r = runOffscreen({QStringLiteral("--workspace"), workspace.path(),
                                 QStringLiteral("--view"), QStringLiteral("nowhere")});
        QCOMPARE(r.exitCode, 2);
        // The message lists the views, the Compare pages among them.
        QVERIFY2(r.err.contains(QStringLiteral("--view nowhere: no such view")) &&
                     r.err.contains(QStringLiteral("verification")),
                 qPrintable(r.err));
        r = runOffscreen({QStringLiteral("--workspace"), workspace.path(),
                          QStringLiteral("--compare"), QStringLiteral("/nonexistent/run")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--compare: '/nonexistent/run' is not a run of "
                                               "the workspace")),
                 qPrintable(r.err));
        QVERIFY(
            QDir(workspace.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void unknownLanguageIsRefusedWithTheChoices() {
        QTemporaryDir workspace;
        const Result r = runOffscreen({QStringLiteral("--workspace"), workspace.path(),
                                       QStringLiteral("--lang"), QStringLiteral("xx")});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("grindstone: --lang xx: no such language (en, ja)")),
                 qPrintable(r.err));
    }

    void langChoosesTheLanguageOfTheHelp_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("japanese");
        const QString help = QStringLiteral("--help");
        QTest::newRow("--lang ja")
            << QStringLiteral("C.UTF-8")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), help} << true;
        QTest::newRow("--lang=ja")
            << QStringLiteral("C.UTF-8") << QStringList{QStringLiteral("--lang=ja"), help} << true;
        QTest::newRow("Japanese system")
            << QStringLiteral("ja_JP.UTF-8") << QStringList{help} << true;
        QTest::newRow("--lang en on a Japanese system")
            << QStringLiteral("ja_JP.UTF-8")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), help} << false;
        QTest::newRow("English system")
            << QStringLiteral("en_GB.UTF-8") << QStringList{help} << false;
    }

    void langChoosesTheLanguageOfTheHelp() {
        QFETCH(QString, locale);
        QFETCH(QStringList, args);
        QFETCH(bool, japanese);
        const Result r = runWithoutDisplay(args, locale);
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        const QString english = QStringLiteral("Open a run folder read-only.");
        const QString translated = QStringLiteral("実行フォルダを読み取り専用で開く。");
        QVERIFY2(r.out.contains(japanese ? translated : english), qPrintable(r.out));
        QVERIFY2(!r.out.contains(japanese ? english : translated), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("--lang")));  // option names stay as they are
    }

    void positionalRunOpensItReadOnly_data() {
        QTest::addColumn<QString>("given");  // relative to the copied run's folder
        QTest::newRow("run.json") << QStringLiteral("/run.json");
        QTest::newRow("folder") << QString();
    }

    void positionalRunOpensItReadOnly() {
        QFETCH(QString, given);
        QTemporaryDir workspace;
        const QString folder = workspace.path() + QStringLiteral("/20250301-120000-fixture");
        QVERIFY(QDir().mkpath(folder));
        for (const QString& file : QDir(kFixtureRun).entryList(QDir::Files))
            QVERIFY(QFile::copy(kFixtureRun + QLatin1Char('/') + file,
                                folder + QLatin1Char('/') + file));
        const QString picture = workspace.path() + QStringLiteral("/window.png");
        const Result r = runOffscreen({QStringLiteral("--workspace"), workspace.path(),
                                       folder + given, QStringLiteral("--screenshot"), picture});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(picture).size() > 0);

        // The same folder without its run files is refused: the argument reached openRun.
        for (const QString& file : QDir(folder).entryList(QDir::Files))
            QVERIFY(QFile::remove(folder + QLatin1Char('/') + file));
        const Result refused =
            runOffscreen({QStringLiteral("--workspace"), workspace.path(), folder});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot open run '%1'").arg(folder)),
                 qPrintable(refused.err));
    }

    void positionalRunThatIsNoRunIsRefused() {
        QTemporaryDir workspace;
        const QString other = workspace.path() + QStringLiteral("/config.json");
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Result r = runOffscreen({QStringLiteral("--workspace"), workspace.path(), other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(
                QStringLiteral("'%1' is neither a run folder nor a run's run.json").arg(other)),
            qPrintable(r.err));
        r = runOffscreen({QStringLiteral("--workspace"), workspace.path(),
                          workspace.path() + QStringLiteral("/missing/run.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = runOffscreen({QStringLiteral("--workspace"), workspace.path(), QStringLiteral("--open"),
                          workspace.path(), workspace.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("give one of them")), qPrintable(r.err));
        // In Japanese, too.
        r = runOffscreen({QStringLiteral("--lang"), QStringLiteral("ja"), other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("は実行フォルダでも実行の run.json でもありません")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_gui_command_line.moc"
