// The linear pieces of the projections on cases checkable by hand: PCA of points on a known
// plane, Procrustes undoing a rotation and reflection, trustworthiness and k-NN agreement.
#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

#include "TestSupport.h"
#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"

using namespace grindstone;

namespace {

constexpr int kDim = 5;
// Orthonormal axes of the plane in 5-D; u's largest coordinate (0.8) is positive.
const std::vector<double> kU = {0.0, 0.8, 0.6, 0.0, 0.0};
const std::vector<double> kV = {0.6, 0.0, 0.0, -0.8, 0.0};
const std::vector<double> kCentre = {1.0, -2.0, 3.0, 0.5, 7.0};

/// centre + s u + t v for s in {-2..2}, t in {-1, 0, 1}: variances 30/14 along u, 10/14 along v.
Matrix pointsOnPlane() {
    Matrix m(15, kDim);
    int64_t row = 0;
    for (int s = -2; s <= 2; ++s)
        for (int t = -1; t <= 1; ++t, ++row)
            for (int c = 0; c < kDim; ++c)
                m.at(row, c) = static_cast<float>(kCentre[c] + s * kU[c] + t * kV[c]);
    return m;
}

Matrix randomPoints(int64_t rows, int64_t cols, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    Matrix m(rows, cols);
    for (float& v : m.values)
        v = normal(rng);
    return m;
}

double maxDifference(const Matrix& a, const Matrix& b) {
    double worst = 0;
    for (size_t i = 0; i < a.values.size(); ++i)
        worst = std::max(worst, std::fabs(static_cast<double>(a.values[i]) - b.values[i]));
    return worst;
}

}  // namespace

class TestProjectionMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pcaFindsThePlaneAxesAndVariances() {
        const PcaResult pca = principalComponents(pointsOnPlane(), 3);
        QCOMPARE(pca.axes.rows, 3);
        QCOMPARE(pca.axes.cols, kDim);
        for (int c = 0; c < kDim; ++c) {
            QVERIFY(std::fabs(pca.mean[c] - kCentre[c]) < 1e-5);
            QVERIFY2(std::fabs(pca.axes.at(0, c) - kU[c]) < 1e-5, "first axis is u");
            // v's largest-magnitude coordinate is -0.8: the convention flips it to -v.
            QVERIFY2(std::fabs(pca.axes.at(1, c) + kV[c]) < 1e-5, "second axis is -v");
        }
        QVERIFY(std::fabs(pca.variances[0] - 30.0 / 14.0) < 1e-5);
        QVERIFY(std::fabs(pca.variances[1] - 10.0 / 14.0) < 1e-5);
        QVERIFY(std::fabs(pca.variances[2]) < 1e-5);
        // Coordinates along the axes are s and -t.
        int64_t row = 0;
        for (int s = -2; s <= 2; ++s)
            for (int t = -1; t <= 1; ++t, ++row) {
                QVERIFY(std::fabs(pca.projected.at(row, 0) - s) < 1e-5);
                QVERIFY(std::fabs(pca.projected.at(row, 1) + t) < 1e-5);
                QVERIFY(std::fabs(pca.projected.at(row, 2)) < 1e-5);
            }
    }

    void pcaIsDeterministicAndClampsComponents() {
        const Matrix data = randomPoints(200, 4, 3);
        const PcaResult a = principalComponents(data, 9);
        const PcaResult b = principalComponents(data, 9);
        QCOMPARE(a.axes.rows, 4);  // clamped to the dimension
        QVERIFY(a.projected.values == b.projected.values);
        for (int64_t r = 0; r < a.axes.rows; ++r) {
            int largest = 0;
            for (int c = 1; c < 4; ++c)
                if (std::fabs(a.axes.at(r, c)) > std::fabs(a.axes.at(r, largest))) largest = c;
            QVERIFY2(a.axes.at(r, largest) > 0, "largest coordinate of each axis is positive");
        }
    }

    void alignmentUndoesRotationReflectionAndShift() {
        const Matrix reference = randomPoints(100, 3, 5);
        // A rotation about z by 0.7 rad, a reflection of x, then a shift.
        const double c = std::cos(0.7), s = std::sin(0.7);
        Matrix moved(100, 3);
        for (int64_t i = 0; i < 100; ++i) {
            const double x = reference.at(i, 0), y = reference.at(i, 1), z = reference.at(i, 2);
            moved.at(i, 0) = static_cast<float>(-(c * x - s * y) + 3.0);
            moved.at(i, 1) = static_cast<float>(s * x + c * y - 1.0);
            moved.at(i, 2) = static_cast<float>(z + 0.5);
        }
        const Matrix aligned = alignToReference(moved, reference);
        QVERIFY2(maxDifference(aligned, reference) < 1e-5,
                 qPrintable(QString::number(maxDifference(aligned, reference))));
        // Aligning a layout onto itself changes nothing.
        QVERIFY(maxDifference(alignToReference(reference, reference), reference) < 1e-5);
    }

    void alignmentDoesNotScale() {
        const Matrix reference = randomPoints(50, 2, 8);
        Matrix doubled = reference;
        for (float& v : doubled.values)
            v *= 2;
        // Already turned the best way: only moved onto the reference's centre, still twice
        // as large (doubled's centre is twice the reference's).
        Matrix expected = doubled;
        for (int64_t c = 0; c < 2; ++c) {
            double mean = 0;
            for (int64_t i = 0; i < 50; ++i)
                mean += reference.at(i, c) / 50.0;
            for (int64_t i = 0; i < 50; ++i)
                expected.at(i, c) -= static_cast<float>(mean);
        }
        QVERIFY(maxDifference(alignToReference(doubled, reference), expected) < 1e-5);
    }

    void trustworthinessOfFaithfulAndScrambledLayouts() {
        const Matrix data = randomPoints(300, 2, 11);
        QVERIFY(std::fabs(trustworthiness(data, data, 10) - 1.0) < 1e-12);
        Matrix scaled = data;  // distances scaled: the same neighbours
        for (float& v : scaled.values)
            v *= 3;
        QVERIFY(std::fabs(trustworthiness(data, scaled, 10) - 1.0) < 1e-12);
        const Matrix random = randomPoints(300, 2, 12);
        const double t = trustworthiness(data, random, 10);
        QVERIFY2(t < 0.6 && t > 0.3, qPrintable(QString::number(t)));  // chance is ~0.5
    }

    void knnLabelAgreementOfSeparatedAndMixedLabels() {
        Matrix layout(40, 2);
        std::vector<int> labels(40);
        for (int64_t i = 0; i < 40; ++i) {
            labels[static_cast<size_t>(i)] = i < 20 ? 0 : 1;
            layout.at(i, 0) = static_cast<float>((i < 20 ? 0 : 100) + i % 20);
        }
        QCOMPARE(knnLabelAgreement(layout, labels, 5), 1.0);
        std::vector<int> alternating(40);
        for (int64_t i = 0; i < 40; ++i)
            alternating[static_cast<size_t>(i)] = static_cast<int>(i % 2);
        QVERIFY(knnLabelAgreement(layout, alternating, 2) < 0.1);  // neighbours at +-1 differ
    }

    void badInputIsRefused() {
        using test::expectInputError;
        expectInputError([] { principalComponents(Matrix(1, 3), 2); },
                         {QStringLiteral("PCA"), QStringLiteral("at least 2")});
        Matrix withNan = randomPoints(5, 2, 1);
        withNan.at(3, 1) = std::nanf("");
        expectInputError([&] { principalComponents(withNan, 2); },
                         {QStringLiteral("row 3"), QStringLiteral("finite")});
        expectInputError([] { alignToReference(Matrix(3, 2), Matrix(4, 2)); },
                         {QStringLiteral("3 x 2"), QStringLiteral("4 x 2")});
        const Matrix data = randomPoints(20, 3, 2);
        expectInputError([&] { trustworthiness(data, data, 10); }, {QStringLiteral("k = 10")});
        expectInputError([&] { knnLabelAgreement(data, std::vector<int>(3), 2); },
                         {QStringLiteral("3 labels")});
    }
};

QTEST_APPLESS_MAIN(TestProjectionMath)
#include "tst_projection_math.moc"
