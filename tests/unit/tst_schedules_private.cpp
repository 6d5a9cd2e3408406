// The method's scalar schedules: stretch factor, p_t, ART margin, HDML interpolation and the
// running means that drive them, against values worked out by hand.
#include <QtTest>

#include <cmath>
#include <limits>

#include "generation/Schedules.h"
#include "grindstone/Error.h"

using namespace grindstone;

class TestSchedules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stretchFactorPiecewise_data() {
        QTest::addColumn<double>("distance");
        QTest::addColumn<double>("expected");
        // tau = 2, s = 0.3: below tau 1 + 0.3 (2 - d); above exp(2 - d).
        QTest::newRow("d=0") << 0.0 << 1.6;
        QTest::newRow("d=1") << 1.0 << 1.3;
        QTest::newRow("d=tau") << 2.0 << 1.0;
        QTest::newRow("d=3") << 3.0 << std::exp(-1.0);
        QTest::newRow("d=5") << 5.0 << std::exp(-3.0);
    }
    void stretchFactorPiecewise() {
        QFETCH(double, distance);
        QFETCH(double, expected);
        QVERIFY(std::abs(stretchFactor(distance, 2.0, 0.3) - expected) < 1e-12);
    }

    void stretchFactorIsContinuousAndDecreasing() {
        const double tau = 1.7;
        QVERIFY(std::abs(stretchFactor(tau - 1e-9, tau, 0.3) - stretchFactor(tau, tau, 0.3)) <
                1e-8);
        double previous = stretchFactor(0, tau, 0.3);
        for (double d = 0.1; d < 6; d += 0.1) {
            const double f = stretchFactor(d, tau, 0.3);
            QVERIFY(f < previous);
            previous = f;
        }
    }

    void mixingWeight_() {
        // p_t = exp(-beta / Jbar)
        QVERIFY(std::abs(mixingWeight(2.0, 4.0) - std::exp(-0.5)) < 1e-12);
        QCOMPARE(mixingWeight(1.0, std::numeric_limits<double>::infinity()), 1.0);  // no history
        QCOMPARE(mixingWeight(1.0, 0.0), 0.0);    // perfect generator: all synthetic
        QVERIFY(mixingWeight(1e5, 1e7) > 0.99);   // large loss: rely on real triplets
        QVERIFY(mixingWeight(1e5, 1e3) < 1e-40);  // small loss: synthetic take over
    }

    void adaptiveMarginRisesAsLossFalls() {
        // m_t = 1 + (2 - 1)(1 - exp(-beta / J)); beta = 1e5.
        QCOMPARE(adaptiveMargin(1, 2, 1e5, std::numeric_limits<double>::infinity()), 1.0);
        QVERIFY(std::abs(adaptiveMargin(1, 2, 1e5, 1e5) - (2 - std::exp(-1.0))) < 1e-12);
        double previous = 0.0;
        for (double loss : {1e9, 1e7, 1e6, 1e5, 1e4, 1e3}) {
            const double m = adaptiveMargin(1, 2, 1e5, loss);
            QVERIFY(m >= 1.0 && m <= 2.0);
            QVERIFY(m > previous);
            previous = m;
        }
        QVERIFY(std::abs(previous - 2.0) < 1e-12);
    }

    void hdmlInterpolation_() {
        // d+ = 1, d- = 4, alpha / Jbar = ln 2 -> exp = 0.5: c = (1 + 3 * 0.5) / 4 = 0.625
        QVERIFY(std::abs(hdmlInterpolation(1, 4, std::log(2.0), 1.0) - 0.625) < 1e-12);
        // Early (huge metric loss): negative untouched.
        QVERIFY(std::abs(hdmlInterpolation(1, 4, 90, 1e12) - 1.0) < 1e-9);
        // Late (tiny loss): pulled to the positive's distance, c = d+ / d-.
        QVERIFY(std::abs(hdmlInterpolation(1, 4, 90, 1e-3) - 0.25) < 1e-12);
        // Already harder than the positive: untouched.
        QCOMPARE(hdmlInterpolation(4, 1, 90, 1.0), 1.0);
    }

    void runningMeanWindow() {
        RunningMean mean(3);
        QVERIFY(std::isinf(mean.mean()));
        for (double v : {1.0, 2.0, 3.0, 10.0})
            mean.push(v);
        QCOMPARE(mean.count(), size_t(3));
        QCOMPARE(mean.mean(), 5.0);  // (2 + 3 + 10) / 3
        RunningMean copy(99);
        copy.restoreState(mean.saveState());
        copy.push(4.0);
        mean.push(4.0);
        QCOMPARE(copy.mean(), mean.mean());  // (3 + 10 + 4) / 3
        QVERIFY_THROWS_EXCEPTION(std::exception, copy.restoreState("3 5 1 2"));
    }

    void scheduleStateRoundTrips() {
        RunningMean a(4), b(4);
        WarmUp warmUp(10);
        for (double v : {1.0, 2.0, 3.0}) {
            a.push(v);
            b.push(10 * v);
            warmUp.advance();
        }
        RunningMean a2, b2;
        WarmUp warmUp2(10);
        restoreSchedules(saveSchedules({&a, &b}, warmUp), {&a2, &b2}, warmUp2);
        QCOMPARE(a2.mean(), 2.0);
        QCOMPARE(b2.mean(), 20.0);
        QCOMPARE(warmUp2.done(), int64_t(3));
        // Written before the warm-up existed: no count, so the warm-up is over.
        WarmUp old(10);
        restoreSchedules(a.saveState() + "\n" + b.saveState() + "\n", {&a2, &b2}, old);
        QCOMPARE(old.done(), int64_t(10));
        WarmUp unterminated(10);  // the same without the last line's end
        restoreSchedules(a.saveState() + "\n" + b.saveState(), {&a2, &b2}, unterminated);
        QCOMPARE(unterminated.done(), int64_t(10));
        QCOMPARE(b2.mean(), 20.0);
    }

    void damagedScheduleStateIsRefusedAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<QByteArray>("message");
        const auto row = [](const char* tag, const char* state, const char* message) {
            QTest::newRow(tag) << QByteArray(state) << QByteArray(message);
        };
        row("empty", "", "too few lines");
        row("one mean", "4 1 2\n", "too few lines");
        row("words", "four one 2\n4 1 2\n3\n", "malformed");
        row("cut short", "4 3 1 2\n4 1 2\n3\n", "truncated");
        row("over the window", "2 3 1 2 3\n4 1 2\n3\n", "3 values for a window of 2");
        row("no window", "0 0\n4 1 2\n3\n", "window of 0");
        row("warm-up words", "4 1 2\n4 1 2\nthree\n", "not a count of steps");
        row("warm-up negative", "4 1 2\n4 1 2\n-3\n", "not a count of steps");
        row("warm-up overflow", "4 1 2\n4 1 2\n99999999999999999999\n", "not a count of steps");
    }

    void damagedScheduleStateIsRefusedAndChangesNothing() {
        QFETCH(QByteArray, state);
        QFETCH(QByteArray, message);
        RunningMean a(4), b(4);
        a.push(1.0);
        b.push(5.0);
        WarmUp warmUp(10);
        warmUp.advance();
        try {
            restoreSchedules(state.toStdString(), {&a, &b}, warmUp);
            QFAIL("a damaged state was taken");
        } catch (const InputError& e) {
            QVERIFY2(QByteArray(e.what()).contains(message), e.what());
        }
        QCOMPARE(a.mean(), 1.0);
        QCOMPARE(b.mean(), 5.0);
        QCOMPARE(warmUp.done(), int64_t(1));
    }
};

QTEST_APPLESS_MAIN(TestSchedules)
#include "tst_schedules_private.moc"
