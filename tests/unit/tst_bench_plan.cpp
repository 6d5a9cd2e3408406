// The bench's plan: which runs, named how, with which options, and how a continued bench
// recognises (or refuses) its plan.
#include <QtTest>

#include "TestSupport.h"
#include "grindstone/bench/BenchPlan.h"

using namespace grindstone;

namespace {

BenchRequest smallRequest() {
    BenchRequest r;
    r.methods = {"triplet", "two-stage"};
    r.miners = {"random", "semihard"};
    r.seeds = 2;
    r.firstSeed = 4;
    r.ablations = true;
    r.base.set("steps", "50");
    return r;
}

/// QStringList from ASCII literals (the build forbids the implicit conversion).
QStringList strings(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

}  // namespace

class TestBenchPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crossesMethodsMinersSeedsThenAblations() {
        const BenchPlan plan = makeBenchPlan(smallRequest());
        // Per seed: 2 methods x 2 miners + 4 ablations (first miner only).
        QCOMPARE(plan.entries.size(), size_t(2 * (2 * 2 + 4)));
        QStringList names;
        for (const auto& e : plan.entries)
            names << QString::fromStdString(e.name);
        QCOMPARE(
            names.mid(0, 8),
            strings({"triplet_random_seed4", "triplet_semihard_seed4", "two-stage_random_seed4",
                     "two-stage_semihard_seed4", "two-stage-stage1-only_random_seed4",
                     "two-stage-stage2-only_random_seed4", "two-stage-fixed-margin_random_seed4",
                     "two-stage-no-recon-cycle_random_seed4"}));
        QCOMPARE(names.at(8), QStringLiteral("triplet_random_seed5"));
        QCOMPARE(names.last(), QStringLiteral("two-stage-no-recon-cycle_random_seed5"));
    }

    void eachRunCarriesItsOwnOptions() {
        const BenchPlan plan = makeBenchPlan(smallRequest());
        const BenchEntry& semihard = plan.entries.at(3);
        QCOMPARE(semihard.config.text("method"), std::string("two-stage"));
        QCOMPARE(semihard.config.text("miner"), std::string("semihard"));
        QCOMPARE(semihard.config.integer("seed"), 4LL);
        QCOMPARE(semihard.config.integer("steps"), 50LL);  // from the base
        QCOMPARE(semihard.config.text("stages"), std::string("both"));

        const BenchEntry& stage1 = plan.entries.at(4);
        QCOMPARE(stage1.variant, std::string("two-stage-stage1-only"));
        QCOMPARE(stage1.config.text("method"), std::string("two-stage"));
        QCOMPARE(stage1.config.text("stages"), std::string("stage1"));
        QCOMPARE(plan.entries.at(5).config.text("stages"), std::string("stage2"));
        QCOMPARE(plan.entries.at(6).config.text("art_margin"), std::string("fixed"));
        QCOMPARE(plan.entries.at(7).config.text("recon_cycle"), std::string("false"));
        QCOMPARE(plan.entries.at(7).config.text("stages"), std::string("both"));
    }

    void methodOptionsApplyToTheirMethodAndItsAblations() {
        BenchRequest r = smallRequest();
        r.methodOptions["triplet"]["lr_metric"] = "3e-3";
        r.methodOptions["two-stage"]["lr_generator"] = "0.0003";
        const BenchPlan plan = makeBenchPlan(r);
        const BenchEntry& triplet = plan.entries.at(0);
        QCOMPARE(triplet.config.text("method"), std::string("triplet"));
        QCOMPARE(triplet.config.real("lr_metric"), 3e-3);
        QCOMPARE(triplet.config.real("lr_generator"), Config().real("lr_generator"));
        for (size_t i = 2; i < 8; ++i) {  // two-stage x 2 miners, then its 4 ablations
            QCOMPARE(plan.entries.at(i).config.real("lr_generator"), 3e-4);
            QCOMPARE(plan.entries.at(i).config.real("lr_metric"), Config().real("lr_metric"));
        }
        QCOMPARE(plan.entries.at(4).config.text("stages"), std::string("stage1"));
    }

    void ablationsAloneTakeTwoStagesOptions() {
        BenchRequest r = smallRequest();
        r.methods = {"triplet"};
        r.methodOptions = {{"two-stage", {{"lr_generator", "3e-4"}}}};
        const BenchPlan plan = makeBenchPlan(r);  // triplet x 2 miners + 4 ablations per seed
        QCOMPARE(plan.entries.size(), size_t(2 * (2 + 4)));
        QCOMPARE(plan.entries.at(2).variant, std::string("two-stage-stage1-only"));
        QCOMPARE(plan.entries.at(2).config.real("lr_generator"), 3e-4);
        QCOMPARE(plan.entries.at(0).config.real("lr_generator"), Config().real("lr_generator"));
        r.ablations = false;
        test::expectInputError([&] { makeBenchPlan(r); },
                               strings({"does not run method 'two-stage'"}));
    }

    void methodOptionsArePartOfThePlan() {
        BenchRequest tuned = smallRequest();
        tuned.methodOptions["two-stage"]["lr_generator"] = "3e-4";
        const BenchPlan plan = makeBenchPlan(tuned);
        QVERIFY(benchPlanDifferences(benchPlanJson(plan), "b.json", plan).empty());
        const auto d =
            benchPlanDifferences(benchPlanJson(plan), "b.json", makeBenchPlan(smallRequest()));
        QCOMPARE(d.size(), size_t(1));
        QCOMPARE(d[0], std::string("--method-set: {\"two-stage\":{\"lr_generator\":\"0.0003\"}} in "
                                   "b.json, {} now"));
    }

    void badMethodOptionsAreRefused_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("method not run") << "hdml"
                                        << "lr_metric"
                                        << "3e-3" << strings({"does not run method 'hdml'"});
        QTest::newRow("per-run key") << "triplet"
                                     << "seed"
                                     << "3" << strings({"triplet:seed", "bench sets it"});
        QTest::newRow("bad value") << "triplet"
                                   << "lr_metric"
                                   << "fast" << strings({"lr_metric", "fast"});
    }
    void badMethodOptionsAreRefused() {
        QFETCH(QString, method);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QStringList, parts);
        BenchRequest r = smallRequest();
        // Built whole: GCC 12 -O3 warns (-Wrestrict, a false positive) on assigning a short
        // literal into the nested map.
        r.methodOptions = {{method.toStdString(), {{key.toStdString(), value.toStdString()}}}};
        test::expectInputError([&] { makeBenchPlan(r); }, parts);
    }

    void withoutAblationsOnlyTheCross() {
        BenchRequest r = smallRequest();
        r.ablations = false;
        QCOMPARE(makeBenchPlan(r).entries.size(), size_t(2 * 2 * 2));
    }

    void badRequestsNameWhatIsWrong_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("unknown method") << "method" << strings({"unknown method 'hdm'", "hdml"});
        QTest::newRow("unknown miner") << "miner" << strings({"unknown miner 'hard'"});
        QTest::newRow("repeated method") << "repeat" << strings({"'triplet' twice"});
        QTest::newRow("no methods") << "empty" << strings({"--methods lists no method"});
        QTest::newRow("zero seeds") << "seeds" << strings({"--seeds", "0", "[1, 1000]"});
        QTest::newRow("seed range") << "first" << strings({"--first-seed", "2147483647"});
    }
    void badRequestsNameWhatIsWrong() {
        QFETCH(QString, what);
        QFETCH(QStringList, parts);
        BenchRequest r = smallRequest();
        if (what == QLatin1String("method")) r.methods = {"triplet", "hdm"};
        if (what == QLatin1String("miner")) r.miners = {"hard"};
        if (what == QLatin1String("repeat")) r.methods = {"triplet", "triplet"};
        if (what == QLatin1String("empty")) r.methods = {};
        if (what == QLatin1String("seeds")) r.seeds = 0;
        if (what == QLatin1String("first")) r.firstSeed = 2147483647;
        test::expectInputError([&] { makeBenchPlan(r); }, parts);
    }

    void samePlanHasNoDifferences() {
        const BenchPlan plan = makeBenchPlan(smallRequest());
        QVERIFY(benchPlanDifferences(benchPlanJson(plan), "b.json", plan).empty());
    }

    void changedPlanListsEveryDifference() {
        const BenchPlan stored = makeBenchPlan(smallRequest());
        BenchRequest changed = smallRequest();
        changed.seeds = 3;
        changed.miners = {"random"};
        changed.base.set("steps", "60");
        const auto d =
            benchPlanDifferences(benchPlanJson(stored), "DIR/bench.json", makeBenchPlan(changed));
        QCOMPARE(d.size(), size_t(3));
        QCOMPARE(d[0], std::string("--miners: random,semihard in DIR/bench.json, random now"));
        QCOMPARE(d[1], std::string("--seeds: 2 in DIR/bench.json, 3 now"));
        QCOMPARE(d[2], std::string("option 'steps': 50 in DIR/bench.json, 60 now"));
    }

    void perRunOptionsOfTheBaseAreNotDifferences() {
        // Each run sets method, miner and seed itself: a base config that names others (a
        // config file copied from a run) runs the same plan.
        const BenchPlan stored = makeBenchPlan(smallRequest());
        BenchRequest other = smallRequest();
        other.base.set("method", "hdml");
        other.base.set("seed", "99");
        QVERIFY(
            benchPlanDifferences(benchPlanJson(stored), "b.json", makeBenchPlan(other)).empty());
    }

    void damagedPlanFileIsNamed() {
        const BenchPlan plan = makeBenchPlan(smallRequest());
        const std::string text = benchPlanJson(plan);
        test::expectInputError(
            [&] { benchPlanDifferences(text.substr(0, text.size() / 2), "DIR/bench.json", plan); },
            strings({"DIR/bench.json", "not a readable bench plan"}));
    }

    void recallKsFollowTheConfig() {
        Config c;
        QCOMPARE(recallKs(c), (std::vector<int>{1, 2, 4, 8}));
        c.set("recall_k", "1,10");
        QCOMPARE(recallKs(c), (std::vector<int>{1, 10}));
    }
};

QTEST_GUILESS_MAIN(TestBenchPlan)
#include "tst_bench_plan.moc"
