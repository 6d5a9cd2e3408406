// The search's pieces: the space file and its refusals, the quasi-random points and the
// settings they give, the Parzen estimator's proposals, the halving schedule, the ranking, and the
// sensitivity analysis on objectives made to depend on one knob.
#include <QtTest>

#include <cmath>
#include <set>

#include "TestSupport.h"
#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/tune/ParzenSampler.h"
#include "grindstone/tune/SearchSpace.h"
#include "grindstone/tune/Sensitivity.h"
#include "grindstone/tune/SuccessiveHalving.h"

using namespace grindstone;
using grindstone::test::expectInputError;

class TestTune : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spaceFileIsParsed() {
        const SearchSpace s = parseSearchSpace(
            "{\"lr_generator\": {\"log\": [1e-4, 1e-2]}, \"triplets\": {\"linear\": [20, 60]}, "
            "\"stretch\": {\"choices\": [\"sequential\", \"symmetric\"]}}",
            "space.json");
        QCOMPARE(s.dimensions.size(), size_t(3));
        const auto& lr = s.dimensions[0];
        QCOMPARE(lr.option, std::string("lr_generator"));
        QVERIFY(lr.scale == SearchDimension::Scale::Log);
        QCOMPARE(lr.low, 1e-4);
        QVERIFY(!lr.integer);
        QVERIFY(s.dimensions[1].integer);
        QCOMPARE(s.dimensions[2].choices, (std::vector<std::string>{"sequential", "symmetric"}));
    }

    void badSpaceFilesNameTheProblem_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "{lr"
                                  << "not JSON";
        QTest::newRow("not an object") << "[1]"
                                       << "a JSON object";
        QTest::newRow("empty") << "{}"
                               << "no option";
        QTest::newRow("unknown option") << "{\"lr\": {\"log\": [1, 2]}}"
                                        << "'lr' is not an option";
        QTest::newRow("unknown kind") << "{\"beta\": {\"cubic\": [1, 2]}}"
                                      << "unknown range kind";
        QTest::newRow("two kinds") << "{\"beta\": {\"log\": [1, 2], \"linear\": [1, 2]}}"
                                   << "exactly one of";
        QTest::newRow("log through zero") << "{\"metric_margin\": {\"log\": [0, 2]}}"
                                          << "above 0";
        QTest::newRow("reversed") << "{\"beta\": {\"log\": [10, 1]}}"
                                  << "below the high end";
        QTest::newRow("outside the option") << "{\"lr_metric\": {\"log\": [1e-4, 10]}}"
                                            << "leaves the allowed values";
        QTest::newRow("range on a choice") << "{\"stretch\": {\"linear\": [0, 1]}}"
                                           << "is not a number";
        QTest::newRow("choice the option lacks")
            << "{\"stretch\": {\"choices\": [\"symmetric\", \"diagonal\"]}}"
            << "diagonal";
        QTest::newRow("no choices") << "{\"stretch\": {\"choices\": []}}"
                                    << "non-empty list";
        QTest::newRow("range of text") << "{\"beta\": {\"log\": [\"1\", 2]}}"
                                       << "two numbers";
    }
    void badSpaceFilesNameTheProblem() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        expectInputError([&] { parseSearchSpace(json.toStdString(), "my-space.json"); },
                         {QStringLiteral("my-space.json"), message});
    }

    void settingsSpreadAsTheScalesSay() {
        const SearchSpace s = parseSearchSpace(
            "{\"lr_metric\": {\"log\": [1e-4, 1e-2]}, \"triplets\": {\"linear\": [20, 60]}, "
            "\"stretch\": {\"choices\": [\"sequential\", \"symmetric\"]}}",
            "s");
        auto at = settingAt(s, {0.5, 0.5, 0.49});
        QCOMPARE(at.at("lr_metric"), std::string("0.001"));  // the geometric middle
        QCOMPARE(at.at("triplets"), std::string("40"));
        QCOMPARE(at.at("stretch"), std::string("sequential"));
        at = settingAt(s, {0.0, 0.26, 0.5});
        QCOMPARE(at.at("lr_metric"), std::string("0.0001"));
        QCOMPARE(at.at("triplets"), std::string("30"));  // 30.4, rounded: an integer option
        QCOMPARE(at.at("stretch"), std::string("symmetric"));
        expectInputError([&] { settingAt(s, {0.5}); }, {QStringLiteral("one coordinate")});
        // The generating methods' default space can reach the sphere, with generated samples
        // on it: a search from unnormalised settings is not stuck in their geometry.
        for (const char* method : {"hdml", "two-stage"}) {
            std::set<std::string> options;
            for (const SearchDimension& dim : defaultSearchSpace(method).dimensions)
                options.insert(dim.option);
            QVERIFY(options.count("normalize") && options.count("generated_on_sphere"));
        }
        // Every default space gives settings the options accept.
        for (const char* method : {"triplet", "hdml", "two-stage"}) {
            const SearchSpace d = defaultSearchSpace(method);
            for (uint64_t i = 0; i < 20; ++i)
                for (const auto& [key, value] :
                     settingAt(d, haltonPoint(i, d.dimensions.size(), 3)))
                    canonicalOptionValue(key, value);
        }
    }

    void startingSettingsAreTheConfigsThenTheDefaultsInsideTheSpace() {
        const SearchSpace s = parseSearchSpace(
            "{\"lr_metric\": {\"log\": [1e-4, 1e-2]}, "
            "\"stretch\": {\"choices\": [\"symmetric\", \"sequential\"]}}",
            "space.json");
        Config base;
        base.set("lr_metric", "0.004");
        base.set("stretch", "sequential");
        auto first = startingSettings(s, base);
        QCOMPARE(first.size(), size_t(2));
        QCOMPARE(first[0].at("lr_metric"), std::string("0.004"));
        QCOMPARE(first[0].at("stretch"), std::string("sequential"));
        QCOMPARE(first[1].at("lr_metric"), Config().text("lr_metric"));
        QCOMPARE(first[1].at("stretch"), Config().text("stretch"));
        // The config's rate lies outside the range: only the defaults remain.
        base.set("lr_metric", "7e-05");
        first = startingSettings(s, base);
        QCOMPARE(first.size(), size_t(1));
        QCOMPARE(first[0].at("lr_metric"), Config().text("lr_metric"));
        // The config at the defaults: tried once.
        QCOMPARE(startingSettings(s, Config()).size(), size_t(1));
        // A space without the defaults: nothing to start from.
        const SearchSpace far =
            parseSearchSpace("{\"lr_metric\": {\"log\": [1e-2, 1e-1]}}", "far.json");
        QVERIFY(startingSettings(far, Config()).empty());
    }

    void haltonPointsCoverTheCubeAndFollowTheSeed() {
        std::set<std::vector<double>> seen;
        int lowHalf[3] = {0, 0, 0};
        for (uint64_t i = 0; i < 64; ++i) {
            const auto p = haltonPoint(i, 3, 7);
            QCOMPARE(p.size(), size_t(3));
            for (size_t d = 0; d < 3; ++d) {
                QVERIFY(p[d] >= 0 && p[d] < 1);
                if (p[d] < 0.5) ++lowHalf[d];
            }
            seen.insert(p);
        }
        QCOMPARE(seen.size(), size_t(64));
        // Low discrepancy: each half of each axis gets close to half the points (random
        // draws would stray by about 4 here).
        for (int d = 0; d < 3; ++d)
            QVERIFY2(std::abs(lowHalf[d] - 32) <= 2, qPrintable(QString::number(lowHalf[d])));
        QCOMPARE(haltonPoint(5, 3, 7), haltonPoint(5, 3, 7));
        QVERIFY(haltonPoint(5, 3, 7) != haltonPoint(5, 3, 8));
    }

    void unitPointsInvertSettings() {
        const SearchSpace s = parseSearchSpace(
            "{\"lr_metric\": {\"log\": [1e-4, 1e-2]}, \"metric_margin\": {\"linear\": [0.2, 3]}, "
            "\"stretch\": {\"choices\": [\"sequential\", \"symmetric\"]}}",
            "s");
        for (uint64_t i = 0; i < 10; ++i) {
            const auto setting = settingAt(s, haltonPoint(i, 3, 5));
            QCOMPARE(settingAt(s, unitPointOf(s, setting)), setting);
        }
        const auto middle = unitPointOf(
            s, {{"lr_metric", "0.001"}, {"metric_margin", "1.6"}, {"stretch", "symmetric"}});
        QCOMPARE(middle.size(), size_t(3));
        QVERIFY(std::abs(middle[0] - 0.5) < 1e-12);  // the geometric middle of the log range
        QVERIFY(std::abs(middle[1] - 0.5) < 1e-12);
        QCOMPARE(middle[2], 0.75);  // the middle of the second choice's share
        expectInputError(
            [&] {
                unitPointOf(s, {{"lr_metric", "0.001"}, {"stretch", "symmetric"}});
            },
            {QStringLiteral("metric_margin"), QStringLiteral("no value")});
        expectInputError(
            [&] {
                unitPointOf(
                    s, {{"lr_metric", "0.5"}, {"metric_margin", "1"}, {"stretch", "symmetric"}});
            },
            {QStringLiteral("lr_metric"), QStringLiteral("'0.5' is not in the space")});
        expectInputError(
            [&] {
                unitPointOf(s, {{"lr_metric", "0.001"}, {"metric_margin", "1"}, {"stretch", "x"}});
            },
            {QStringLiteral("stretch")});
    }

    void parzenProposalsGoWhereTheGoodSettingsWere() {
        // Two knobs: the objective peaks at the range's 0.7 and on the second of three choices.
        const SearchSpace s = parseSearchSpace(
            "{\"metric_margin\": {\"linear\": [0, 10]}, "
            "\"critic_norm\": {\"choices\": [\"batch\", \"layer\", \"none\"]}}",
            "s");
        const auto objective = [](const std::vector<double>& u) {
            const bool second = u[1] >= 1.0 / 3 && u[1] < 2.0 / 3;
            return -std::abs(u[0] - 0.7) + (second ? 0.3 : 0.0);
        };
        std::vector<SearchObservation> observed;
        for (uint64_t i = 0; i < 20; ++i) {
            const auto u = unitPointOf(s, settingAt(s, haltonPoint(i, 2, 1)));
            observed.push_back({u, objective(u)});
        }
        int near = 0, second = 0, uniformNear = 0;
        const int proposals = 60;
        for (int n = 0; n < proposals; ++n) {
            const auto u = proposeParzenPoint(s, observed, 1, static_cast<uint64_t>(100 + n));
            QCOMPARE(u.size(), size_t(2));
            QVERIFY(u[0] >= 0 && u[0] < 1 && u[1] >= 0 && u[1] < 1);
            near += std::abs(u[0] - 0.7) < 0.15;
            second += u[1] >= 1.0 / 3 && u[1] < 2.0 / 3;
            uniformNear += std::abs(haltonPoint(static_cast<uint64_t>(n), 2, 1)[0] - 0.7) < 0.15;
        }
        // Spread evenly, 30 % would land that near and a third on the second choice.
        QVERIFY2(near >= 2 * uniformNear, qPrintable(QStringLiteral("%1 of %2 near, %3 even")
                                                         .arg(near)
                                                         .arg(proposals)
                                                         .arg(uniformNear)));
        QVERIFY2(second >= proposals * 2 / 3, qPrintable(QString::number(second)));
        // The same observations and stream give the same point, another stream another.
        QCOMPARE(proposeParzenPoint(s, observed, 1, 7), proposeParzenPoint(s, observed, 1, 7));
        QVERIFY(proposeParzenPoint(s, observed, 1, 7) != proposeParzenPoint(s, observed, 1, 8));
        expectInputError([&] { proposeParzenPoint(s, {observed.front()}, 1, 1); },
                         {QStringLiteral("at least two")});
    }

    void parzenRanksDivergedSettingsLast() {
        // The lower half of the range diverged (NaN); above it, higher is better.
        const SearchSpace s = parseSearchSpace("{\"metric_margin\": {\"linear\": [0, 1]}}", "s");
        std::vector<SearchObservation> observed;
        for (uint64_t i = 0; i < 16; ++i) {
            const double u = haltonPoint(i, 1, 2)[0];
            observed.push_back({{u}, u < 0.5 ? NAN : u});
        }
        int upper = 0;
        for (uint64_t n = 0; n < 40; ++n)
            upper += proposeParzenPoint(s, observed, 2, n)[0] >= 0.5;
        QVERIFY2(upper >= 36, qPrintable(QString::number(upper)));
    }

    void parzenStartsAfterAThirdOfTheTrialsAndEnoughPerKnob() {
        QCOMPARE(parzenStartupTrials(40, 9), size_t(14));
        QCOMPARE(parzenStartupTrials(40, 20), size_t(22));
        QCOMPARE(parzenStartupTrials(4, 3), size_t(4));  // too few trials: none proposed
        QCOMPARE(parzenStartupTrials(100, 2), size_t(34));
    }

    void halvingRungs() {
        // 27 trials, 600 steps, eta 3, rungs of 50 steps or more: 27 x 67, 9 x 200, 3 x 600.
        auto rungs = grindstone::halvingRungs(27, 600, 3, 50);
        QCOMPARE(rungs.size(), size_t(3));
        QCOMPARE(rungs[0].steps, int64_t(67));
        QCOMPARE(rungs[0].trials, size_t(27));
        QCOMPARE(rungs[1].steps, int64_t(200));
        QCOMPARE(rungs[1].trials, size_t(9));
        QCOMPARE(rungs[2].steps, int64_t(600));
        QCOMPARE(rungs[2].trials, size_t(3));
        // Too few trials to halve twice: the last rung keeps one.
        rungs = grindstone::halvingRungs(4, 600, 3, 50);
        QCOMPARE(rungs.size(), size_t(2));
        QCOMPARE(rungs[0].steps, int64_t(200));
        QCOMPARE(rungs[1].trials, size_t(1));
        // A budget too short to halve: every trial to the end.
        rungs = grindstone::halvingRungs(10, 60, 3, 50);
        QCOMPARE(rungs.size(), size_t(1));
        QCOMPARE(rungs[0].steps, int64_t(60));
        QCOMPARE(rungs[0].trials, size_t(10));
        expectInputError([] { grindstone::halvingRungs(0, 60, 3, 5); }, {QStringLiteral("trial")});
        expectInputError([] { grindstone::halvingRungs(3, 60, 1, 5); }, {QStringLiteral("eta")});
        expectInputError([] { grindstone::halvingRungs(3, 60, 3, 61); },
                         {QStringLiteral("smallest rung")});
    }

    void bestTrialsRankNaNLastAndTiesByIndex() {
        const std::vector<double> objective = {0.5, NAN, 0.7, 0.5, 0.9};
        QCOMPARE(bestTrials(objective, 3), (std::vector<size_t>{4, 2, 0}));
        QCOMPARE(bestTrials(objective, 5), (std::vector<size_t>{4, 2, 0, 3, 1}));
        QCOMPARE(bestTrials(objective, 9).size(), size_t(5));
    }

    void sensitivityFindsTheKnobThatMatters() {
        const SearchSpace s = parseSearchSpace(
            "{\"lr_metric\": {\"log\": [1e-4, 1e-2]}, \"beta\": {\"log\": [1e3, 1e5]}, "
            "\"stretch\": {\"choices\": [\"sequential\", \"symmetric\"]}}",
            "s");
        std::vector<std::map<std::string, std::string>> settings;
        std::vector<double> objective;
        for (uint64_t i = 0; i < 32; ++i) {
            const auto unit = haltonPoint(i, 3, 1);
            settings.push_back(settingAt(s, unit));
            // Falls with the learning rate's logarithm; beta and the stretch do nothing.
            objective.push_back(0.8 - 0.2 * unit[0]);
        }
        objective.push_back(NAN);  // a diverged trial is left out
        settings.push_back(settings.front());
        const SensitivityReport r = analyseSensitivity(s, settings, objective);
        QCOMPARE(r.trials, 32);
        QCOMPARE(r.knobs.front().option, std::string("lr_metric"));
        QVERIFY(r.knobs.front().varianceShare > 0.85);
        QVERIFY(r.knobs.front().rankCorrelation < -0.99);
        for (size_t k = 1; k < r.knobs.size(); ++k)
            QVERIFY2(r.knobs[k].varianceShare < 0.15, r.knobs[k].option.c_str());
        // Partial dependence: four quartile bins, means falling.
        const auto& bins = r.knobs.front().bins;
        QCOMPARE(bins.size(), size_t(4));
        for (size_t b = 1; b < bins.size(); ++b)
            QVERIFY(bins[b].mean < bins[b - 1].mean);
        const auto stretch = std::find_if(r.knobs.begin(), r.knobs.end(),
                                          [](const auto& k) { return k.option == "stretch"; });
        QCOMPARE(stretch->bins.size(), size_t(2));
        QCOMPARE(stretch->bins[0].trials + stretch->bins[1].trials, 32);
        QCOMPARE(r.interactions.size(), size_t(3));
        for (const auto& i : r.interactions)
            QVERIFY(i.varianceShare < 0.15);
        // Too few trials to say anything.
        QVERIFY(analyseSensitivity(s, {settings.begin(), settings.begin() + 3},
                                   {objective.begin(), objective.begin() + 3})
                    .knobs.empty());
    }
};

QTEST_APPLESS_MAIN(TestTune)
#include "tst_tune.moc"
