// The helper every CLI test runs programs through: a crash, a hang or a program that does not
// start must never read as a clean exit (Qt reports exit code 0 for all three).
#include <QtTest>

#include "TestSupport.h"

using grindstone::test::runProgram;

class TestTestSupport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodeAndOutputComeThrough() {
        const auto r =
            runProgram(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QStringLiteral("out\n"));
        QCOMPARE(r.err, QStringLiteral("err\n"));
    }

    void aCrashIsNotAnExitCode() {
        const auto r = runProgram(QStringLiteral("/bin/sh"),
                                  {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains(QStringLiteral("crashed")), qPrintable(r.err));
    }

    void aHangIsKilledAndReported() {
        const auto r = runProgram(QStringLiteral("/bin/sleep"), {QStringLiteral("30")},
                                  QProcessEnvironment::systemEnvironment(), 300);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains(QStringLiteral("did not finish")), qPrintable(r.err));
    }

    void aMissingProgramIsReported() {
        const auto r = runProgram(QStringLiteral("/no/such/program"), {});
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(r.err.contains(QStringLiteral("could not start")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_test_support.moc"
