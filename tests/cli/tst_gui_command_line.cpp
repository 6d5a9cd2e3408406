// The desktop program's --help and --version work where no window can open: no X server,
// no Wayland, no QT_QPA_PLATFORM (a build server, an ssh session); the arguments the window
// checks (--view, --compare) are refused with a message and exit code 2.
#include <QDir>
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

Result run(const QStringList& args, const QProcessEnvironment& env) {
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

Result runWithoutDisplay(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QString());
    for (const char* name : {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
        env.remove(QLatin1String(name));
    return run(args, env);
}

/// With a window system (Qt's offscreen one): arguments the window itself checks.
Result runOffscreen(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return run(args, env);
}

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
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_gui_command_line.moc"
