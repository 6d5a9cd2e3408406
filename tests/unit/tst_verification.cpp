// Verification figures (ROC, AUC, EER, TAR at FAR, threshold transfer) against values worked
// out by hand, and the pairs they are computed on.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "TestSupport.h"
#include "grindstone/Error.h"
#include "grindstone/evaluation/Verification.h"

using namespace grindstone;

namespace {

PairDistances pairs(std::vector<float> positive, std::vector<float> negative) {
    PairDistances p;
    p.positive = std::move(positive);
    p.negative = std::move(negative);
    p.positiveAvailable = static_cast<int64_t>(p.positive.size());
    p.negativeAvailable = static_cast<int64_t>(p.negative.size());
    return p;
}

}  // namespace

class TestVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tinyRocByHand() {
        // Sorted distances: 1 (same), 2 (different), 3 (same), 4 (different).
        const auto c = verificationCurve(pairs({3, 1}, {4, 2}), {});
        QCOMPARE(c.roc.size(), size_t(4));
        const double far[] = {0, 0.5, 0.5, 1}, tar[] = {0.5, 0.5, 1, 1}, t[] = {1, 2, 3, 4};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(c.roc[i].falseAcceptRate, far[i]);
            QCOMPARE(c.roc[i].trueAcceptRate, tar[i]);
            QCOMPARE(c.roc[i].threshold, t[i]);
        }
        // AUC = P(same-class distance < different-class distance) = 3 of 4 pairs of pairs.
        QCOMPARE(c.auc, 0.75);
        QCOMPARE(c.positivePairs, int64_t(2));
        QCOMPARE(c.negativePairs, int64_t(2));
    }

    void tiesCountHalfInTheAuc() {
        const auto c = verificationCurve(pairs({1, 2}, {2, 3}), {});
        // 4 comparisons: 1<2, 1<3, 2<3 win; 2=2 counts half.
        QCOMPARE(c.auc, 3.5 / 4);
    }

    void equalErrorRateIsInterpolated() {
        // Same: 1, 2, 3; different: 2.5, 4. At 2: FAR 0, FRR 1/3; at 2.5: FAR 1/2, FRR 1/3.
        // FAR - FRR goes from -1/3 to +1/6: zero at 2/3 of the way, where FAR = FRR = 1/3,
        // distance 2 + (2/3)(0.5).
        const auto c = verificationCurve(pairs({1, 2, 3}, {2.5f, 4}), {});
        QVERIFY(std::abs(c.equalErrorRate - 1.0 / 3) < 1e-12);
        QVERIFY(std::abs(c.equalErrorThreshold - (2 + 1.0 / 3)) < 1e-6);
    }

    void perfectSeparationHasNoError() {
        const auto c = verificationCurve(pairs({0.1f, 0.2f}, {5, 6, 7}), {0.5});
        QCOMPARE(c.auc, 1.0);
        QCOMPARE(c.equalErrorRate, 0.0);
        QCOMPARE(c.tarAtFar.at(0.5), 1.0);
    }

    void tarAtFarKeepsOnlyWhatThePairsCanMeasure() {
        // 1,000 different-class pairs at k + 0.55; 200 same-class pairs at 0.1, 0.2, ..., 20.
        std::vector<float> negative, positive;
        for (int k = 0; k < 1000; ++k)
            negative.push_back(static_cast<float>(k) + 0.55f);
        for (int k = 1; k <= 200; ++k)
            positive.push_back(0.1f * static_cast<float>(k));
        const auto c = verificationCurve(pairs(positive, negative), standardFalseAcceptRates());
        // FAR <= 1e-3 allows one false accept: every distance below 1.55, 15 same-class pairs.
        QCOMPARE(c.tarAtFar.at(1e-3), 15.0 / 200);
        // FAR <= 1e-2 allows ten: below 10.55, 105 same-class pairs.
        QCOMPARE(c.tarAtFar.at(1e-2), 105.0 / 200);
        // 1e-4 of 1,000 pairs is a tenth of a pair: not measurable, not reported.
        QVERIFY(!c.tarAtFar.count(1e-4));
    }

    void thresholdForATargetFalseAcceptRate() {
        QCOMPARE(thresholdForFalseAcceptRate({4, 1, 3, 2}, 0.25), 1.5);
        QCOMPARE(thresholdForFalseAcceptRate({4, 1, 3, 2}, 0.3), 1.5);  // still one allowed
        QCOMPARE(thresholdForFalseAcceptRate({4, 1, 3, 2}, 1.0), 4.0);  // accept all
        // None allowed: just below the nearest, so it accepts nothing.
        const double none = thresholdForFalseAcceptRate({4, 1, 3, 2}, 0.0);
        QVERIFY(none < 1.0 && none > 0.99);
        // Ties at the boundary are rejected: two allowed, but accepting 2 would take three.
        QCOMPARE(thresholdForFalseAcceptRate({1, 2, 2, 3}, 0.5), 1.5);
        const auto at = operatingPoint(pairs({}, {1, 2, 2, 3}), 1.5);
        QCOMPARE(at.falseAcceptRate, 0.25);
    }

    void thresholdRefusesBadInput() {
        QVERIFY_THROWS_EXCEPTION(InputError, thresholdForFalseAcceptRate({}, 0.1));
        QVERIFY_THROWS_EXCEPTION(InputError, thresholdForFalseAcceptRate({1}, 1.5));
        QVERIFY_THROWS_EXCEPTION(InputError, thresholdForFalseAcceptRate({1}, std::nan("")));
        QVERIFY_THROWS_EXCEPTION(InputError, thresholdForFalseAcceptRate({1, std::nanf("")}, 0.1));
    }

    void operatingPointCountsBothErrors() {
        const auto p = operatingPoint(pairs({1, 3}, {2, 4}), 2.5);
        QCOMPARE(p.threshold, 2.5);
        QCOMPARE(p.falseAcceptRate, 0.5);  // 2 accepted, 4 not
        QCOMPARE(p.falseRejectRate, 0.5);  // 3 rejected, 1 not
    }

    void queryGalleryPairsOfAHandMadeSet() {
        // Queries: (0,0) class 0, (10,0) class 1. Gallery: (3,4) class 0, (10,1) class 1,
        // (0,2) class 1. Only query x gallery pairs: positives (0,0)-(3,4) = 5 and
        // (10,0)-(10,1), (10,0)-(0,2); negatives the other three.
        const Matrix m = test::matrixOfRows({{0, 0}, {3, 4}, {10, 0}, {10, 1}, {0, 2}});
        const std::vector<int> labels = {0, 0, 1, 1, 1};
        const std::vector<bool> inGallery = {false, true, false, true, true};
        const auto p = verificationPairs(m, labels, 100, 100, 1, inGallery);
        QCOMPARE(p.positiveAvailable, int64_t{3});
        QCOMPARE(p.negativeAvailable, int64_t{3});
        std::vector<float> pos = p.positive, neg = p.negative;
        std::sort(pos.begin(), pos.end());
        std::sort(neg.begin(), neg.end());
        const std::vector<float> expectedPos = {1, 5, std::sqrt(104.0f)};
        const std::vector<float> expectedNeg = {2, std::sqrt(49.0f + 16.0f), std::sqrt(101.0f)};
        QCOMPARE(pos.size(), expectedPos.size());
        QCOMPARE(neg.size(), expectedNeg.size());
        for (size_t i = 0; i < pos.size(); ++i) {
            QVERIFY(std::abs(pos[i] - expectedPos[i]) < 1e-5f);
            QVERIFY(std::abs(neg[i] - expectedNeg[i]) < 1e-5f);
        }
        // Sampled: as many pairs as asked, each of them a query x gallery distance.
        const auto sampled = verificationPairs(m, labels, 2, 2, 1, inGallery);
        QCOMPARE(sampled.positive.size(), size_t(2));
        QCOMPARE(sampled.negative.size(), size_t(2));
        for (float d : sampled.negative)
            QVERIFY(std::find_if(expectedNeg.begin(), expectedNeg.end(), [&](float e) {
                        return std::abs(e - d) < 1e-5f;
                    }) != expectedNeg.end());
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 verificationPairs(m, labels, 10, 10, 1, {true, false}));
    }

    void pairsOfAHandMadeSet() {
        // Class 0: (0,0), (3,4); class 1: (10,0), (10,1).
        const Matrix m = test::matrixOfRows({{0, 0}, {3, 4}, {10, 0}, {10, 1}});
        const auto p = verificationPairs(m, {0, 0, 1, 1}, 100, 100, 1);
        std::vector<float> pos = p.positive, neg = p.negative;
        std::sort(pos.begin(), pos.end());
        std::sort(neg.begin(), neg.end());
        QCOMPARE(pos, (std::vector<float>{1, 5}));
        const std::vector<float> expected = {std::sqrt(58.0f), std::sqrt(65.0f), 10,
                                             std::sqrt(101.0f)};
        QCOMPARE(neg.size(), expected.size());
        for (size_t i = 0; i < neg.size(); ++i)
            QVERIFY(std::abs(neg[i] - expected[i]) < 1e-5f);
        QCOMPARE(p.positiveAvailable, int64_t(2));
        QCOMPARE(p.negativeAvailable, int64_t(4));
    }

    void samplesAreFixedBySeedAndOfTheRightKind() {
        // 3 classes of 20 points on a line: a pair's distance says its kind (same-class points
        // lie within 1 of each other, classes 100 apart).
        std::vector<std::vector<float>> values;
        std::vector<int> labels;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 20; ++i) {
                values.push_back({100.0f * static_cast<float>(c) + 0.05f * static_cast<float>(i)});
                labels.push_back(c);
            }
        const Matrix m = test::matrixOfRows(values);
        const auto a = verificationPairs(m, labels, 50, 70, 7);
        const auto b = verificationPairs(m, labels, 50, 70, 7);
        QCOMPARE(a.positive, b.positive);
        QCOMPARE(a.negative, b.negative);
        QCOMPARE(a.positive.size(), size_t(50));
        QCOMPARE(a.negative.size(), size_t(70));
        QCOMPARE(a.positiveAvailable, int64_t(3 * 190));
        QCOMPARE(a.negativeAvailable, int64_t(60 * 59 / 2 - 3 * 190));
        for (float d : a.positive)
            QVERIFY(d > 0 && d < 1);
        for (float d : a.negative)
            QVERIFY(d > 99);
        QVERIFY(verificationPairs(m, labels, 50, 70, 8).negative != a.negative);
    }

    void pairsRefuseSetsWithoutBothKinds() {
        const Matrix m = test::matrixOfRows({{0}, {1}, {2}});
        QVERIFY_THROWS_EXCEPTION(InputError, verificationPairs(m, {0, 1, 2}, 10, 10, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, verificationPairs(m, {4, 4, 4}, 10, 10, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, verificationPairs(m, {0, 0}, 10, 10, 1));
        QVERIFY_THROWS_EXCEPTION(InputError, verificationCurve(pairs({}, {1}), {}));
    }

    void thinnedCurveKeepsEndsAndTheLowFalseAcceptRates() {
        std::vector<RocPoint> roc;
        for (int i = 1; i <= 100000; ++i)
            roc.push_back({static_cast<double>(i), i / 100000.0, std::sqrt(i / 100000.0)});
        const auto thin = thinnedRoc(roc, 400);
        QVERIFY(thin.size() <= 400);
        QVERIFY(thin.size() > 300);
        QCOMPARE(thin.front().falseAcceptRate, roc.front().falseAcceptRate);
        QCOMPARE(thin.back().falseAcceptRate, 1.0);
        for (size_t i = 1; i < thin.size(); ++i)
            QVERIFY(thin[i].falseAcceptRate > thin[i - 1].falseAcceptRate);
        // Log spacing: points in every decade of FAR down to 1e-5, not just the linear grid.
        for (double decade : {1e-4, 1e-3, 1e-2})
            QVERIFY(std::count_if(thin.begin(), thin.end(), [&](const RocPoint& p) {
                        return p.falseAcceptRate >= decade && p.falseAcceptRate < 10 * decade;
                    }) >= 10);
        QCOMPARE(thinnedRoc(roc, 200000).size(), roc.size());
    }

    void describedInWords() {
        VerificationReport report;
        report.test = verificationCurve(pairs({1, 3}, {2, 4}), {0.5});
        report.test.negativeAvailable = 10;
        auto lines = describeVerification(report);
        QVERIFY(lines.at(0).find("2 same-class pairs, 2 of 10 different-class pairs") !=
                std::string::npos);
        QVERIFY(lines.at(1).find("AUC 0.7500") != std::string::npos);
        QVERIFY(lines.at(1).find("TAR@FAR 0.5 100.00 %") != std::string::npos);
        QVERIFY(lines.back().find("validation_classes") != std::string::npos);
        report.chosen = ThresholdTransfer{0.5, 40, {2.5, 0.5, 0.5}, {2.5, 0.25, 0.75}};
        lines = describeVerification(report);
        QVERIFY(lines.at(2).find("FAR 0.5, chosen on the validation classes (40 images): "
                                 "distance 2.5") != std::string::npos);
        QVERIFY(lines.at(3).find("25.000 % of different-class pairs (FAR) and rejects 75.00 %") !=
                std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestVerification)
#include "tst_verification.moc"
