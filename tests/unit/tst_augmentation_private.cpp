// Training-time augmentation: shapes kept, flips are mirror images, crops stay inside the
// image's values, and the same engine state gives the same batch (resume relies on it).
#include <QtTest>

#include "training/Augmentation.h"

using namespace grindstone;

namespace {

/// N images of 1 x 8 x 8 whose value is the column index (a left-to-right ramp).
torch::Tensor ramps(int64_t n) {
    return torch::arange(8, torch::kFloat32).view({1, 1, 1, 8}).expand({n, 1, 8, 8}).clone();
}

}  // namespace

class TestAugmentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionNames() {
        QVERIFY(!augmentationSettings("none").crop && !augmentationSettings("none").flip);
        QVERIFY(augmentationSettings("flip").flip && !augmentationSettings("flip").crop);
        QVERIFY(augmentationSettings("crop").crop && !augmentationSettings("crop").flip);
        QVERIFY(augmentationSettings("crop-flip").crop && augmentationSettings("crop-flip").flip);
    }

    void noneLeavesTheBatchAlone() {
        std::mt19937_64 rng(1);
        const torch::Tensor batch = ramps(4);
        QVERIFY(augmentImages(batch, {}, rng).is_same(batch));
    }

    void flipsMirrorAboutHalfTheImages() {
        std::mt19937_64 rng(1);
        const torch::Tensor batch = ramps(200);
        const torch::Tensor out = augmentImages(batch, {false, true}, rng);
        QCOMPARE(out.sizes(), batch.sizes());
        const torch::Tensor mirrored = batch.flip({3});
        int flipped = 0;
        for (int64_t i = 0; i < 200; ++i) {
            const bool same = torch::equal(out[i], batch[i]);
            const bool mirror = torch::equal(out[i], mirrored[i]);
            QVERIFY(same != mirror);
            flipped += mirror;
        }
        QVERIFY2(flipped > 70 && flipped < 130, qPrintable(QString::number(flipped)));
    }

    void cropsZoomInsideTheImage() {
        std::mt19937_64 rng(3);
        const torch::Tensor batch = ramps(50);
        const torch::Tensor out = augmentImages(batch, {true, false}, rng);
        QCOMPARE(out.sizes(), batch.sizes());
        // Bilinear resizing of a part of the ramp: values within the ramp's range, still
        // increasing left to right, and at least one crop really zoomed (a row spans less).
        QVERIFY(out.min().item<float>() >= 0.0f && out.max().item<float>() <= 7.0f);
        QVERIFY((out.select(3, 7) >= out.select(3, 0)).all().item<bool>());
        const torch::Tensor spans = out.select(3, 7) - out.select(3, 0);
        QVERIFY(spans.min().item<float>() < 6.0f);
        // Rows of a crop are equal: the ramp does not change down a column.
        QVERIFY(torch::allclose(out.select(2, 0), out.select(2, 7)));
    }

    void sameEngineStateSameBatch() {
        std::mt19937_64 a(7), b(7);
        const torch::Tensor batch = torch::rand({6, 3, 10, 12});
        QVERIFY(torch::equal(augmentImages(batch, {true, true}, a),
                             augmentImages(batch, {true, true}, b)));
        const torch::Tensor next = augmentImages(batch, {true, true}, a);
        QVERIFY(!torch::equal(next, augmentImages(batch, {true, true}, a)));
    }
};

QTEST_APPLESS_MAIN(TestAugmentation)
#include "tst_augmentation_private.moc"
