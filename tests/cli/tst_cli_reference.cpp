// What the Debian package installs from grindstone-cli itself: its version, the grindstone-cli(1)
// manual page and the bash completion script, each made from the command and option tables.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

namespace {

using Result = grindstone::test::ProcessResult;

Result runCli(const QStringList& args) {
    return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI), args);
}

QString roffEscaped(QString text) {
    return text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

/// The command names `grindstone-cli help` lists (lines indented by exactly two spaces).
QStringList commandsOfUsage() {
    const Result usage = runCli({QStringLiteral("help")});
    QStringList names;
    static const QRegularExpression head(QStringLiteral("^  ([a-z][a-z-]*)"));
    for (const QString& line : usage.out.split(QLatin1Char('\n'))) {
        const auto match = head.match(line);
        if (match.hasMatch() && !names.contains(match.captured(1))) names << match.captured(1);
    }
    return names;
}

}  // namespace

class TestCliReference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionIsTheProjectVersion() {
        for (const char* spelling : {"version", "--version"}) {
            const Result r = runCli({QString::fromLatin1(spelling)});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.out, QStringLiteral("grindstone-cli " GRINDSTONE_VERSION "\n"));
        }
    }

    void manualNamesEveryCommandAndOption() {
        const Result manual = runCli({QStringLiteral("manual")});
        QCOMPARE(manual.exitCode, 0);
        QVERIFY(manual.out.startsWith(QStringLiteral(".TH GRINDSTONE\\-CLI 1 ")));
        const QStringList commands = commandsOfUsage();
        QVERIFY2(commands.size() >= 15, qPrintable(commands.join(QLatin1Char(' '))));
        for (const QString& command : commands)
            QVERIFY2(manual.out.contains(QStringLiteral(".TP\n\\fB") + roffEscaped(command) +
                                         QStringLiteral("\\fR")),
                     qPrintable(command));
        const Result options = runCli({QStringLiteral("options"), QStringLiteral("--json")});
        const QJsonArray table = QJsonDocument::fromJson(options.out.toUtf8()).array();
        QVERIFY(table.size() > 50);
        for (const auto& option : table) {
            const QString name = option.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(manual.out.contains(QStringLiteral(".TP\n\\fB") + roffEscaped(name) +
                                         QStringLiteral("\\fR (")),
                     qPrintable(name));
        }
    }

    void manualRendersWithoutWarnings() {
        const Result manual = runCli({QStringLiteral("manual")});
        QProcess groff;
        groff.start(QStringLiteral("groff"), {QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                              QStringLiteral("-ww"), QStringLiteral("-z")});
        QVERIFY2(groff.waitForStarted(), "groff (groff-base) is not installed");
        groff.write(manual.out.toUtf8());
        groff.closeWriteChannel();
        QVERIFY(groff.waitForFinished());
        QCOMPARE(groff.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
    }

    void completionCompletesCommandsFlagsKeysAndValues_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("command") << "grindstone-cli tr"
                                 << "train";
        QTest::newRow("flags") << "grindstone-cli train --"
                               << "--config --set --out --until --nproc";
        QTest::newRow("key") << "grindstone-cli train --set meth"
                             << "method=";
        QTest::newRow("values") << "grindstone-cli train --set method="
                                << "triplet hdml two-stage";
        QTest::newRow("value") << "grindstone-cli resume r --set miner=se"
                               << "semihard";
        QTest::newRow("boolean") << "grindstone-cli train --set freeze_backbone="
                                 << "true false";
        QTest::newRow("choices in the synopsis") << "grindstone-cli project r --method "
                                                 << "pca tsne umap";
        QTest::newRow("method list") << "grindstone-cli bench --methods "
                                     << "triplet hdml two-stage";
        QTest::newRow("method of --method-set") << "grindstone-cli bench --method-set tw"
                                                << "two-stage:";
        QTest::newRow("key after the method") << "grindstone-cli bench --method-set hdml:lr_gen"
                                              << "lr_generator=";
        QTest::newRow("shell") << "grindstone-cli completion "
                               << "bash";
        QTest::newRow("a number: nothing") << "grindstone-cli train --nproc "
                                           << "";
    }
    void completionCompletesCommandsFlagsKeysAndValues() {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const Result script = runCli({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(script.exitCode, 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("grindstone-cli")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.out.toUtf8());
        file.close();
        // What bash hands the function when Tab is pressed at the end of `line`. The reply
        // replaces only the part after the word's last = or : (bash's word breaks).
        const QString driver = QStringLiteral(
            "source \"$1\"; COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); "
            "_grindstone_cli; echo \"${COMPREPLY[*]}\"");
        const Result r = grindstone::test::runProgram(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), driver, QStringLiteral("bash"), file.fileName(), line});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out.trimmed(), expected);
    }

    void completionForAnotherShellIsRefused() {
        const Result r = runCli({QStringLiteral("completion"), QStringLiteral("zsh")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("completion bash")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_cli_reference.moc"
