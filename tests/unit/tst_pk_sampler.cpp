#include <QtTest>

#include <algorithm>
#include <map>
#include <set>

#include "grindstone/Error.h"
#include "grindstone/data/PKSampler.h"

using namespace grindstone;

namespace {

/// Dataset indices 1000 + i with labels that are neither dense nor sorted, as a split gives.
struct Fixture {
    std::vector<int64_t> indices;
    std::vector<int> labels;
    std::map<int64_t, int> labelOf;
};

Fixture makeFixture(const std::vector<int>& classSizes) {
    Fixture fixture;
    std::vector<std::pair<int64_t, int>> items;
    for (size_t c = 0; c < classSizes.size(); ++c)
        for (int i = 0; i < classSizes[c]; ++i)
            items.push_back({int64_t(1000 + items.size()), int(3 * c + 5)});
    std::reverse(items.begin(), items.end());
    for (const auto& [index, label] : items) {
        fixture.indices.push_back(index);
        fixture.labels.push_back(label);
        fixture.labelOf[index] = label;
    }
    return fixture;
}

std::vector<std::vector<int64_t>> drawBatches(PKSampler& sampler, int count) {
    std::vector<std::vector<int64_t>> batches;
    for (int i = 0; i < count; ++i)
        batches.push_back(sampler.next());
    return batches;
}

}  // namespace

class TestPKSampler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void batchesArePTimesK() {
        const Fixture data = makeFixture({10, 10, 7, 12, 10, 9});
        PKSampler sampler(data.indices, data.labels, 4, 3, 1);
        QCOMPARE(sampler.classesPerBatch(), 4);
        QCOMPARE(sampler.perClass(), 3);
        for (int b = 0; b < 50; ++b) {
            const std::vector<int64_t> batch = sampler.next();
            QCOMPARE(batch.size(), size_t(12));
            std::set<int> classes;
            for (size_t group = 0; group < 4; ++group) {
                const int label = data.labelOf.at(batch[group * 3]);
                for (size_t i = 1; i < 3; ++i)
                    QCOMPARE(data.labelOf.at(batch[group * 3 + i]), label);
                classes.insert(label);
            }
            QCOMPARE(classes.size(), size_t(4));
            // Classes hold at least K images here, so no image appears twice in a batch.
            QCOMPARE(std::set<int64_t>(batch.begin(), batch.end()).size(), batch.size());
        }
    }

    void pIsCappedAtClassCount() {
        const Fixture data = makeFixture({4, 4, 4});
        PKSampler sampler(data.indices, data.labels, 8, 2, 1);
        QCOMPARE(sampler.classesPerBatch(), 3);
        QCOMPARE(sampler.next().size(), size_t(6));
    }

    void deterministicForSeed() {
        const Fixture data = makeFixture({10, 10, 7, 12, 10, 9});
        PKSampler a(data.indices, data.labels, 3, 4, 42);
        PKSampler b(data.indices, data.labels, 3, 4, 42);
        PKSampler c(data.indices, data.labels, 3, 4, 43);
        const auto batchesA = drawBatches(a, 30);
        QCOMPARE(drawBatches(b, 30), batchesA);
        QVERIFY(drawBatches(c, 30) != batchesA);
    }

    void stateRoundTripReplaysBatches() {
        const Fixture data = makeFixture({10, 10, 7, 12, 10, 9, 2});
        PKSampler original(data.indices, data.labels, 4, 3, 7);
        drawBatches(original, 13);  // mid-pass for classes and queues
        const std::string state = original.saveState();
        const auto expected = drawBatches(original, 20);

        PKSampler restored(data.indices, data.labels, 4, 3, 999);  // another seed: state wins
        restored.restoreState(state);
        QCOMPARE(drawBatches(restored, 20), expected);
        QCOMPARE(restored.saveState(), original.saveState());

        original.restoreState(state);  // rewinding the same sampler works too
        QCOMPARE(drawBatches(original, 20), expected);
    }

    void badStateIsRejectedAndHarmless() {
        const Fixture data = makeFixture({5, 5, 5});
        PKSampler sampler(data.indices, data.labels, 2, 2, 3);
        const std::string before = sampler.saveState();
        QVERIFY_THROWS_EXCEPTION(InputError, sampler.restoreState("garbage"));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 sampler.restoreState(before.substr(0, before.size() / 2)));
        const Fixture other = makeFixture({5, 5, 6});
        PKSampler otherSampler(other.indices, other.labels, 2, 2, 3);
        QVERIFY_THROWS_EXCEPTION(InputError, sampler.restoreState(otherSampler.saveState()));
        PKSampler otherShape(data.indices, data.labels, 3, 2, 3);
        QVERIFY_THROWS_EXCEPTION(InputError, sampler.restoreState(otherShape.saveState()));
        QCOMPARE(sampler.saveState(), before);
    }

    void everyImageBeforeAnyRepeat() {
        const std::vector<int> sizes = {10, 7, 12, 9, 5};
        const Fixture data = makeFixture(sizes);
        PKSampler sampler(data.indices, data.labels, 3, 4, 11);
        std::map<int, std::vector<int64_t>> drawnPerClass;
        std::vector<int> classSequence;
        for (int b = 0; b < 200; ++b) {
            const std::vector<int64_t> batch = sampler.next();
            for (size_t i = 0; i < batch.size(); ++i) {
                drawnPerClass[data.labelOf.at(batch[i])].push_back(batch[i]);
                if (i % 4 == 0) classSequence.push_back(data.labelOf.at(batch[i]));
            }
        }
        // Per class, every consecutive block of (class size) draws is one full pass.
        for (const auto& [label, drawn] : drawnPerClass) {
            const size_t size = size_t(std::count(data.labels.begin(), data.labels.end(), label));
            QVERIFY(drawn.size() >= 2 * size);
            for (size_t start = 0; start + size <= drawn.size(); start += size) {
                const std::set<int64_t> pass(drawn.begin() + start, drawn.begin() + start + size);
                QCOMPARE(pass.size(), size);
            }
        }
        // Classes too: each block of C picks names every class once.
        for (size_t start = 0; start + sizes.size() <= classSequence.size();
             start += sizes.size()) {
            const std::set<int> pass(classSequence.begin() + start,
                                     classSequence.begin() + start + sizes.size());
            QCOMPARE(pass.size(), sizes.size());
        }
    }

    void classesSmallerThanKAreLeftOut() {
        const Fixture data = makeFixture({2, 8, 3, 8, 4, 8});  // labels 5, 8, 11, 14, 17, 20
        PKSampler sampler(data.indices, data.labels, 3, 5, 5);
        QCOMPARE(sampler.classesLeftOut(), 3);
        QCOMPARE(sampler.classesPerBatch(), 3);
        for (int b = 0; b < 12; ++b) {
            const std::vector<int64_t> batch = sampler.next();
            QCOMPARE(batch.size(), size_t(15));
            QCOMPARE(std::set<int64_t>(batch.begin(), batch.end()).size(), size_t(15));
            std::set<int> labels;
            for (int64_t index : batch)
                labels.insert(data.labelOf.at(index));
            QCOMPARE(labels, (std::set<int>{8, 14, 20}));
        }
    }

    void smallClassesRepeatToFillKWhenFewerThanTwoHaveK() {
        const Fixture data = makeFixture({2, 8, 3});
        PKSampler sampler(data.indices, data.labels, 3, 5, 5);
        QCOMPARE(sampler.classesLeftOut(), 0);
        for (int b = 0; b < 10; ++b) {
            const std::vector<int64_t> batch = sampler.next();
            QCOMPARE(batch.size(), size_t(15));
            std::map<int, int> perClass;
            for (int64_t index : batch)
                ++perClass[data.labelOf.at(index)];
            for (const auto& [label, count] : perClass)
                QCOMPARE(count, 5);
            QCOMPARE(perClass.size(), size_t(3));
        }
    }

    void rejectsBadConstruction() {
        const Fixture one = makeFixture({6});
        QVERIFY_THROWS_EXCEPTION(InputError, PKSampler(one.indices, one.labels, 2, 2, 1));
        const Fixture none = makeFixture({});
        QVERIFY_THROWS_EXCEPTION(InputError, PKSampler(none.indices, none.labels, 2, 2, 1));
        const Fixture two = makeFixture({3, 3});
        QVERIFY_THROWS_EXCEPTION(InputError, PKSampler(two.indices, two.labels, 2, 0, 1));
        std::vector<int> shortLabels(two.labels.begin(), two.labels.end() - 1);
        QVERIFY_THROWS_EXCEPTION(InputError, PKSampler(two.indices, shortLabels, 2, 2, 1));
    }
};

QTEST_APPLESS_MAIN(TestPKSampler)
#include "tst_pk_sampler.moc"
