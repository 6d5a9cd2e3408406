// Generated-sample quality figures on hand-made 2-D embeddings with known answers: hardness and
// margin violation, label consistency, "not a negative", distance to the data (outliers) and
// diversity (collapse), plus the errors on inputs that do not fit.
#include <QtTest>
#include <cmath>

#include "TestSupport.h"
#include "grindstone/quality/SampleQuality.h"

using namespace grindstone;

namespace {

constexpr double kPi = 3.14159265358979323846;

/// Three classes (10, 20, 30), twelve points each on a circle of radius 0.5 around (0,0),
/// (10,0) and (0,10): every real point's 3rd nearest neighbour is 0.5 away.
RealReference reference() {
    RealReference ref;
    ref.embeddings = Matrix(36, 2);
    const float centres[3][2] = {{0, 0}, {10, 0}, {0, 10}};
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 12; ++i) {
            const int r = c * 12 + i;
            ref.embeddings.at(r, 0) = centres[c][0] + 0.5f * float(std::cos(i * kPi / 6));
            ref.embeddings.at(r, 1) = centres[c][1] + 0.5f * float(std::sin(i * kPi / 6));
            ref.labels.push_back(10 * (c + 1));
            ref.datasetIndices.push_back(1000 + r);
        }
    return ref;
}

Matrix rows(std::initializer_list<std::pair<float, float>> points) {
    Matrix m(static_cast<int64_t>(points.size()), 2);
    int64_t i = 0;
    for (const auto& [x, y] : points) {
        m.at(i, 0) = x;
        m.at(i, 1) = y;
        ++i;
    }
    return m;
}

/// Four triplets: anchors of class 10, negatives of class 20. G2's negatives: row 0 sits among
/// the anchor's class, row 2 far from every class; G1's anchors all collapse onto one point.
StageSamples probe() {
    StageSamples p;
    p.step = 300;
    p.margin = 1.25;
    p.anchorLabels = {10, 10, 10, 10};
    p.negativeLabels = {20, 20, 20, 20};
    p.anchorIndices = {1, 2, 3, 4};
    p.positiveIndices = {5, 6, 7, 8};
    p.negativeIndices = {9, 10, 11, 12};
    p.stages["real_anchor"] = rows({{0, 0}, {0.1f, 0}, {0.2f, 0}, {0.3f, 0}});
    p.stages["real_positive"] = rows({{0, 0.3f}, {0.1f, 0.3f}, {0.2f, 0.3f}, {0.3f, 0.3f}});
    p.stages["real_negative"] = rows({{10, 0}, {10, 0.1f}, {10, 0.2f}, {10, 0.3f}});
    p.stages["g1_anchor"] = rows({{0.2f, 0.2f}, {0.2f, 0.2f}, {0.2f, 0.2f}, {0.2f, 0.2f}});
    p.stages["g1_positive"] = p.stages["real_positive"];
    p.stages["g2_anchor"] = p.stages["real_anchor"];
    p.stages["g2_positive"] = p.stages["real_positive"];
    p.stages["g2_negative"] = rows({{0, 0.2f}, {10, 0.1f}, {50, 50}, {10, 0.3f}});
    return p;
}

const SampleQuality& sample(const ProbeQuality& q, const std::string& stage, int64_t row) {
    for (const auto& s : q.samples)
        if (s.stageFile == stage && s.row == row) return s;
    throw std::runtime_error("no sample " + stage);
}

const StageQuality& stage(const ProbeQuality& q, const std::string& name) {
    for (const auto& s : q.stages)
        if (s.stageFile == name) return s;
    throw std::runtime_error("no stage " + name);
}

QualitySettings settings() {
    QualitySettings s;
    s.neighbours = 3;
    s.metricMargin = 1.6;
    return s;
}

}  // namespace

class TestSampleQuality : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hardnessOfEachStagesTriplet() {
        const auto q = assessProbe(probe(), reference(), settings());
        QCOMPARE(q.step, int64_t(300));
        QCOMPARE(q.artMargin, 1.25);
        // Real triplet 0: D2(a,p) = 0.09, D2(a,n) = 100.
        QVERIFY(std::abs(sample(q, "real_anchor", 0).hardness - (0.09 - 100.0)) < 1e-4);
        QVERIFY(!sample(q, "real_negative", 0).violatesMargin);
        // G2's triplet 0 uses G2's own negative (0, 0.2): D2(a,n) = 0.04.
        QVERIFY(std::abs(sample(q, "g2_negative", 0).hardness - 0.05) < 1e-5);
        QVERIFY(sample(q, "g2_negative", 0).violatesMargin);
        // Stage 1 has no negative of its own: its triplet uses the real one.
        const double d2ap = 0.2 * 0.2 + 0.1 * 0.1;  // G1's anchor (0.2,0.2) to (0,0.3)
        QVERIFY(std::abs(sample(q, "g1_anchor", 0).hardness - (d2ap - (9.8 * 9.8 + 0.04))) < 1e-4);
        // A triplet's three rows share its hardness.
        QCOMPARE(sample(q, "g2_anchor", 1).hardness, sample(q, "g2_negative", 1).hardness);
    }

    void negativeAmongTheAnchorsClassIsFlagged() {
        const auto q = assessProbe(probe(), reference(), settings());
        const auto& amongAnchors = sample(q, "g2_negative", 0);
        QCOMPARE(amongAnchors.anchorClassShare, 1.0);
        QVERIFY(amongAnchors.notANegative);
        QVERIFY(!amongAnchors.labelConsistent);  // the classifier sees class 10, not 20
        QCOMPARE(amongAnchors.predictedLabel, 10);
        const auto& genuine = sample(q, "g2_negative", 1);
        QCOMPARE(genuine.anchorClassShare, 0.0);
        QVERIFY(!genuine.notANegative);
        QVERIFY(genuine.labelConsistent);
        QCOMPARE(genuine.neighbours.size(), size_t(3));
        QCOMPARE(genuine.neighbours.front().label, 20);
        QVERIFY(genuine.neighbours.front().datasetIndex >= 1012);  // class 20's rows
        QVERIFY(genuine.neighbours.front().distance <= genuine.neighbours.back().distance);
        // Anchors are never "not a negative", whatever their neighbours.
        QVERIFY(!sample(q, "real_anchor", 0).notANegative);
        QCOMPARE(stage(q, "g2_negative").notNegatives, int64_t(1));
        QCOMPARE(q.classifierAccuracy, 1.0);
    }

    void farSampleIsAnOutlierNearOnesAreNot() {
        const auto q = assessProbe(probe(), reference(), settings());
        QVERIFY(std::abs(q.realKthDistanceMedian - 0.5) < 1e-5);
        QVERIFY(sample(q, "g2_negative", 2).outlier);
        QVERIFY(sample(q, "g2_negative", 2).kthDistanceRatio > 50);
        QVERIFY(!sample(q, "g2_negative", 1).outlier);
        QVERIFY(!sample(q, "real_negative", 3).outlier);
        QCOMPARE(stage(q, "g2_negative").outliers, int64_t(1));
        QCOMPARE(stage(q, "real_anchor").outliers, int64_t(0));
    }

    void collapsedStageIsFlaggedSpreadOneIsNot() {
        const auto q = assessProbe(probe(), reference(), settings());
        QCOMPARE(stage(q, "g1_anchor").spread, 0.0);
        QVERIFY(stage(q, "g1_anchor").collapsed);
        QVERIFY(std::abs(stage(q, "g1_positive").diversityRatio - 1.0) < 1e-6);
        QVERIFY(!stage(q, "g1_positive").collapsed);
        QVERIFY(!stage(q, "g2_negative").collapsed);  // spread wider than its sources
    }

    void stagesComeInPipelineOrder() {
        const auto q = assessProbe(probe(), reference(), settings());
        std::vector<std::string> order;
        for (const auto& s : q.stages)
            order.push_back(s.stageFile);
        const std::vector<std::string> expected = {"real_anchor", "real_positive", "real_negative",
                                                   "g1_anchor",   "g1_positive",   "g2_anchor",
                                                   "g2_positive", "g2_negative"};
        QVERIFY(order == expected);
        QCOMPARE(q.samples.size(), size_t(8 * 4));
        QCOMPARE(stage(q, "g2_negative").violatingShare, 0.25);
    }

    void inputsThatDoNotFitAreRefused() {
        using grindstone::test::expectInputError;
        auto single = reference();
        for (auto& l : single.labels)
            l = 10;
        expectInputError([&] { assessProbe(probe(), single, settings()); },
                         {QStringLiteral("single class")});
        auto wide = probe();
        wide.stages["g2_negative"] = Matrix(4, 3);
        expectInputError([&] { assessProbe(wide, reference(), settings()); },
                         {QStringLiteral("g2_negative"), QStringLiteral("3 columns")});
        auto shortStage = probe();
        shortStage.stages["g1_anchor"] = Matrix(2, 2);
        expectInputError([&] { assessProbe(shortStage, reference(), settings()); },
                         {QStringLiteral("g1_anchor"), QStringLiteral("2 rows")});
        auto noReal = probe();
        noReal.stages.erase("real_negative");
        expectInputError([&] { assessProbe(noReal, reference(), settings()); },
                         {QStringLiteral("real_negative")});
        auto tooFew = settings();
        tooFew.neighbours = 40;
        expectInputError([&] { assessProbe(probe(), reference(), tooFew); },
                         {QStringLiteral("36 rows")});
    }
};

QTEST_APPLESS_MAIN(TestSampleQuality)
#include "tst_sample_quality.moc"
