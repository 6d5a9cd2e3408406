// Triplet and ART losses, the stretch in both modes, both tau modes and HDML's tensor
// interpolation, on tensors whose results are worked out by hand.
#include <QtTest>

#include <cmath>

#include "generation/HdmlStrategy.h"
#include "generation/Schedules.h"
#include "generation/Stretch.h"
#include "generation/TripletLoss.h"
#include "generation/TwoStageStrategy.h"

using namespace grindstone;

namespace {

torch::Tensor rows(std::initializer_list<std::initializer_list<float>> values) {
    std::vector<torch::Tensor> out;
    for (const auto& r : values)
        out.push_back(torch::tensor(std::vector<float>(r)));
    return torch::stack(out);
}

double value(const torch::Tensor& t) {
    return t.item<double>();
}

TripletEmbeddings smallTriplets() {
    TripletEmbeddings t;
    // Anchor-positive distances 1 and 3 (tau adaptive = 0.8 * mean 2 = 1.6).
    t.anchors = rows({{0, 0}, {0, 0}});
    t.positives = rows({{1, 0}, {0, 3}});
    t.negatives = rows({{4, 0}, {0, -1}});
    t.anchorLabels = torch::tensor(std::vector<int64_t>{0, 1});
    t.negativeLabels = torch::tensor(std::vector<int64_t>{1, 0});
    return t;
}

}  // namespace

class TestLosses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tripletHingeSumsOverTriplets() {
        const auto a = rows({{0, 0}, {0, 0}});
        const auto p = rows({{1, 0}, {2, 0}});  // D2: 1, 4
        const auto n = rows({{3, 0}, {1, 0}});  // D2: 9, 1
        // max(1 - 9 + 1, 0) + max(4 - 1 + 1, 0) = 0 + 4
        QCOMPARE(value(tripletHinge(a, p, n, 1.0)), 4.0);
        // ART swaps p and n: max(9 - 1 + 1, 0) + max(1 - 4 + 1, 0) = 9 + 0
        QCOMPARE(value(reverseTripletHinge(a, p, n, 1.0)), 9.0);
        // ART is zero only when the negative is closer than the positive by the margin.
        const auto close = rows({{0.5, 0}, {0.5, 0}});  // D2 0.25 vs positives 1, 4
        QCOMPARE(value(reverseTripletHinge(a, p, close, 0.5)), 0.0);
        QCOMPARE(value(reverseTripletHinge(a, p, close, 1.0)), 0.25);  // 0.25 - 1 + 1
    }

    void stretchSymmetricAndSequential() {
        const auto a = rows({{0, 0}});
        const auto p = rows({{1, 0}});  // d = 1, tau = 2, s = 0.3 -> lambda = 1.3
        const auto sym = stretchPairs(a, p, 2.0, 0.3, StretchMode::Symmetric);
        QVERIFY(std::abs(value(sym.factors[0]) - 1.3) < 1e-6);
        // a' = a + 1.3 (a - p) = -1.3 ; p' = p + 1.3 (p - a) = 2.3
        QVERIFY(std::abs(value(sym.anchors[0][0]) + 1.3) < 1e-6);
        QVERIFY(std::abs(value(sym.positives[0][0]) - 2.3) < 1e-6);
        const auto seq = stretchPairs(a, p, 2.0, 0.3, StretchMode::Sequential);
        // p' = p + 1.3 (p - a') = 1 + 1.3 * 2.3 = 3.99
        QVERIFY(std::abs(value(seq.positives[0][0]) - 3.99) < 1e-5);
        // Far pair (d = 3 > tau = 2): lambda = exp(-1), barely stretched.
        const auto far = stretchPairs(a, rows({{3, 0}}), 2.0, 0.3, StretchMode::Symmetric);
        QVERIFY(std::abs(value(far.factors[0]) - std::exp(-1.0)) < 1e-6);
        // Matches the scalar definition.
        const auto d = torch::tensor(std::vector<float>{0.f, 0.5f, 1.9f, 2.f, 4.f});
        const auto f = stretchFactors(d, 2.0, 0.3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(std::abs(value(f[i]) - stretchFactor(value(d[i]), 2.0, 0.3)) < 1e-6);
    }

    void tauModes() {
        torch::manual_seed(0);
        TwoStageSettings fixed;
        fixed.adaptiveTau = false;
        fixed.tauFixed = 20;
        TwoStageStrategy fixedStrategy(fixed, 2, 2, torch::kCPU);
        QCOMPARE(forwardOneBatch(fixedStrategy, smallTriplets()).scalars.at("tau_t"), 20.0);

        TwoStageSettings adaptive;
        adaptive.tauFactor = 0.8;
        adaptive.window = 2;
        TwoStageStrategy adaptiveStrategy(adaptive, 2, 2, torch::kCPU);
        // Mean anchor-positive distance (1 + 3) / 2 = 2 -> tau = 1.6
        auto first = forwardOneBatch(adaptiveStrategy, smallTriplets());
        QVERIFY(std::abs(first.scalars.at("tau_t") - 1.6) < 1e-6);
        // Stretch factors: d=1 -> 1 + 0.3 * 0.6 = 1.18; d=3 -> exp(-1.4)
        QVERIFY(std::abs(first.scalars.at("stretch_max") - 1.18) < 1e-5);
        QVERIFY(std::abs(first.scalars.at("stretch_min") - std::exp(-1.4)) < 1e-5);
        // A batch with mean distance 4 moves the running mean (window 2) to 3 -> tau 2.4.
        auto wide = smallTriplets();
        wide.positives = rows({{4, 0}, {0, 4}});
        QVERIFY(std::abs(forwardOneBatch(adaptiveStrategy, wide).scalars.at("tau_t") - 2.4) < 1e-6);
    }

    void twoStageScheduleStartsOnRealTriplets() {
        torch::manual_seed(0);
        TwoStageSettings s;
        TwoStageStrategy strategy(s, 2, 2, torch::kCPU);
        const auto step = forwardOneBatch(strategy, smallTriplets());
        // No generator-loss history yet: p_t = 1, m_t = m_lo.
        QCOMPARE(step.realWeight, 1.0);
        QCOMPARE(step.scalars.at("m_t"), 1.0);
        QVERIFY(step.hasSynthetic);
        QCOMPARE(step.synthetic.negatives.sizes(), smallTriplets().negatives.sizes());
        // Stage 1 + stage 2 + discriminators each have their own loss.
        QCOMPARE(step.ownLosses.size(), size_t(3));
        // After one step the running mean exists and both schedules follow it.
        const double jbar = step.scalars.at("generator_loss_mean");
        const auto next = forwardOneBatch(strategy, smallTriplets());
        QVERIFY(std::abs(next.realWeight - mixingWeight(s.beta, jbar)) < 1e-12);
        QVERIFY(std::abs(next.scalars.at("m_t") - adaptiveMargin(1, 2, s.beta, jbar)) < 1e-12);
    }

    void ablationsChangeTheSyntheticTriplet() {
        torch::manual_seed(0);
        TwoStageSettings stage1Only;
        stage1Only.stage2 = false;
        TwoStageStrategy s1(stage1Only, 2, 2, torch::kCPU);
        const auto real = smallTriplets();
        const auto step = s1.forward(real);
        // Without stage 2 the negatives stay real.
        QVERIFY(torch::equal(step.synthetic.negatives, real.negatives));
        QCOMPARE(step.scalars.count("m_t"), size_t(0));

        TwoStageSettings noCycle;
        noCycle.reconstructionCycle = false;
        TwoStageStrategy nc(noCycle, 2, 2, torch::kCPU);
        QCOMPARE(nc.forward(real).scalars.count("loss_gs"), size_t(0));
        QCOMPARE(nc.probe(real).stages.count("gs_anchor"), size_t(0));

        TwoStageSettings fixedMargin;
        fixedMargin.adaptiveMargin = false;
        fixedMargin.marginFixed = 1.5;
        TwoStageStrategy fm(fixedMargin, 2, 2, torch::kCPU);
        fm.forward(real);
        QCOMPARE(fm.forward(real).scalars.at("m_t"), 1.5);
    }

    void hdmlTensorInterpolationMatchesScalar() {
        torch::manual_seed(0);
        HdmlSettings s;
        s.alpha = std::log(2.0);
        HdmlStrategy hdml(s, 2, 2, torch::kCPU);
        hdml.recordMetricLoss(1.0, 1.0);  // Jbar = 1 -> exp(-alpha / Jbar) = 0.5
        TripletEmbeddings t = smallTriplets();
        t.positives = rows({{1, 0}, {0, 3}});
        t.negatives = rows({{4, 0}, {0, -1}});  // d+ 1 < d- 4 ; d+ 3 > d- 1 (untouched)
        const auto z = hdml.probe(t).stages.at("interpolated_negative");
        // c = (1 + 3 * 0.5) / 4 = 0.625 -> z = 4 * 0.625 = 2.5
        QVERIFY(std::abs(value(z[0][0]) - 2.5) < 1e-5);
        QVERIFY(std::abs(value(z[1][1]) + 1.0) < 1e-6);
    }
};

QTEST_APPLESS_MAIN(TestLosses)
#include "tst_losses_private.moc"
