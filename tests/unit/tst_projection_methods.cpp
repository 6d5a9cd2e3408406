// t-SNE, UMAP and the projector as the 3D view uses them: separated clusters stay separated,
// a seed fixes the result bit for bit, a warm start stays near the previous layout, PCA frames
// stay aligned, bad input is refused and a long projection can be cancelled.
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "TestSupport.h"
#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"
#include "grindstone/projection/Projection.h"

using namespace grindstone;

namespace {

constexpr int kClusters = 4;

struct Clusters {
    Matrix points;
    std::vector<int> labels;
};

/// `perCluster` points around each of 4 centres 10 apart in 16-D, unit spread.
Clusters gaussianClusters(int64_t perCluster, uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    Clusters c{Matrix(perCluster * kClusters, 16), {}};
    for (int64_t i = 0; i < c.points.rows; ++i) {
        const int label = static_cast<int>(i % kClusters);
        c.labels.push_back(label);
        for (int64_t d = 0; d < 16; ++d)
            c.points.at(i, d) = normal(rng) + (d == label ? 10.0f : 0.0f);
    }
    return c;
}

ProjectionOptions optionsFor(ProjectionMethod method, int dims) {
    ProjectionOptions o;
    o.method = method;
    o.dims = dims;
    o.seed = 42;
    return o;
}

/// Root-mean-square distance of the layout's points from their mean: its size.
double spread(const Matrix& layout) {
    std::vector<double> mean(static_cast<size_t>(layout.cols), 0.0);
    for (int64_t i = 0; i < layout.rows; ++i)
        for (int64_t d = 0; d < layout.cols; ++d)
            mean[static_cast<size_t>(d)] += layout.at(i, d) / static_cast<double>(layout.rows);
    double sum = 0;
    for (int64_t i = 0; i < layout.rows; ++i)
        for (int64_t d = 0; d < layout.cols; ++d)
            sum += std::pow(layout.at(i, d) - mean[static_cast<size_t>(d)], 2);
    return std::sqrt(sum / static_cast<double>(layout.rows));
}

double rmsDisplacement(const Matrix& a, const Matrix& b) {
    double sum = 0;
    for (size_t i = 0; i < a.values.size(); ++i)
        sum += std::pow(static_cast<double>(a.values[i]) - b.values[i], 2);
    return std::sqrt(sum * static_cast<double>(a.cols) / static_cast<double>(a.values.size()));
}

}  // namespace

class TestProjectionMethods : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void methodNames() {
        QVERIFY(projectionMethodFromName("pca") == ProjectionMethod::Pca);
        QVERIFY(projectionMethodFromName("tsne") == ProjectionMethod::Tsne);
        QVERIFY(projectionMethodFromName("umap") == ProjectionMethod::Umap);
        test::expectInputError([] { projectionMethodFromName("mds"); },
                               {QStringLiteral("'mds'"), QStringLiteral("pca")});
    }

    void separatesClustersDeterministically_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("dims");
        QTest::newRow("t-SNE 2-D") << static_cast<int>(ProjectionMethod::Tsne) << 2;
        QTest::newRow("t-SNE 3-D") << static_cast<int>(ProjectionMethod::Tsne) << 3;
        QTest::newRow("UMAP 2-D") << static_cast<int>(ProjectionMethod::Umap) << 2;
        QTest::newRow("UMAP 3-D") << static_cast<int>(ProjectionMethod::Umap) << 3;
        QTest::newRow("PCA 3-D") << static_cast<int>(ProjectionMethod::Pca) << 3;
    }
    void separatesClustersDeterministically() {
        QFETCH(int, method);
        QFETCH(int, dims);
        const Clusters data = gaussianClusters(150, 1);
        const ProjectionOptions options = optionsFor(static_cast<ProjectionMethod>(method), dims);
        EmbeddingProjector first(options), second(options);
        const Matrix a = first.project(data.points);
        const Matrix b = second.project(data.points);
        QCOMPARE(a.rows, data.points.rows);
        QCOMPARE(a.cols, static_cast<int64_t>(dims));
        QVERIFY2(a.values == b.values, "same seed, same input: bit-identical layouts");
        const double agreement = knnLabelAgreement(a, data.labels, 10);
        QVERIFY2(agreement >= 0.95, qPrintable(QString::number(agreement)));
    }

    void warmStartStaysNearThePreviousLayout_data() {
        QTest::addColumn<int>("method");
        QTest::newRow("t-SNE") << static_cast<int>(ProjectionMethod::Tsne);
        QTest::newRow("UMAP") << static_cast<int>(ProjectionMethod::Umap);
    }
    void warmStartStaysNearThePreviousLayout() {
        QFETCH(int, method);
        const Clusters data = gaussianClusters(150, 2);
        EmbeddingProjector projector(optionsFor(static_cast<ProjectionMethod>(method), 3));
        const Matrix cold = projector.project(data.points);
        QVERIFY(projector.hasPrevious());
        const Matrix warm = projector.project(data.points);
        const double moved = rmsDisplacement(cold, warm) / spread(cold);
        QVERIFY2(moved < 0.1, qPrintable(QString::number(moved)));
        QVERIFY(knnLabelAgreement(warm, data.labels, 10) >= 0.95);
        projector.reset();
        QVERIFY(!projector.hasPrevious());
    }

    void pcaFramesStayAligned() {
        // The second snapshot is the first turned: aligned PCA shows the same picture.
        const Clusters data = gaussianClusters(50, 3);
        Matrix turned = data.points;
        for (int64_t i = 0; i < turned.rows; ++i) {
            const float x = turned.at(i, 0), y = turned.at(i, 1);
            turned.at(i, 0) = 0.6f * x - 0.8f * y;
            turned.at(i, 1) = 0.8f * x + 0.6f * y;
        }
        EmbeddingProjector projector(optionsFor(ProjectionMethod::Pca, 3));
        const Matrix a = projector.project(data.points);
        const Matrix b = projector.project(turned);
        QVERIFY2(rmsDisplacement(a, b) < 1e-3 * spread(a),
                 qPrintable(QString::number(rmsDisplacement(a, b))));
    }

    void badInputIsRefused() {
        using test::expectInputError;
        EmbeddingProjector pca(optionsFor(ProjectionMethod::Pca, 3));
        expectInputError([&] { pca.project(Matrix()); },
                         {QStringLiteral("at least 2"), QStringLiteral("got 0")});
        expectInputError([&] { pca.project(Matrix(1, 4)); },
                         {QStringLiteral("at least 2"), QStringLiteral("got 1")});
        Matrix bad = gaussianClusters(5, 4).points;
        bad.at(7, 2) = std::numeric_limits<float>::infinity();
        expectInputError([&] { pca.project(bad); },
                         {QStringLiteral("row 7"), QStringLiteral("finite")});
        EmbeddingProjector fourDims(optionsFor(ProjectionMethod::Pca, 4));
        expectInputError([&] { fourDims.project(gaussianClusters(5, 4).points); },
                         {QStringLiteral("dims = 4"), QStringLiteral("2 or 3")});
        EmbeddingProjector tsne(optionsFor(ProjectionMethod::Tsne, 2));
        expectInputError([&] { tsne.project(gaussianClusters(5, 4).points); },
                         {QStringLiteral("perplexity 30"), QStringLiteral("20 points")});
        ProjectionOptions umapOptions = optionsFor(ProjectionMethod::Umap, 2);
        umapOptions.neighbours = 50;
        EmbeddingProjector umap(umapOptions);
        expectInputError([&] { umap.project(gaussianClusters(5, 4).points); },
                         {QStringLiteral("50 neighbours"), QStringLiteral("20 points")});
        QVERIFY(!tsne.hasPrevious());  // a refused projection leaves no layout behind
    }

    void cancelStopsALongProjection_data() {
        QTest::addColumn<int>("method");
        QTest::newRow("t-SNE") << static_cast<int>(ProjectionMethod::Tsne);
        QTest::newRow("UMAP") << static_cast<int>(ProjectionMethod::Umap);
    }
    void cancelStopsALongProjection() {
        QFETCH(int, method);
        const Clusters data = gaussianClusters(500, 5);
        ProjectionOptions options = optionsFor(static_cast<ProjectionMethod>(method), 3);
        options.tsneIterations = 100000;  // far longer than the test would wait
        options.umapEpochs = 100000;
        EmbeddingProjector projector(options);
        double last = 0;
        int calls = 0;
        bool wentBack = false;
        const ProjectionProgress stopAfter20 = [&](double fraction, const std::string&) {
            wentBack = wentBack || fraction < last - 1e-12;
            last = fraction;
            return ++calls < 20;
        };
        QVERIFY_THROWS_EXCEPTION(ProjectionCancelled, projector.project(data.points, stopAfter20));
        QCOMPARE(calls, 20);
        QVERIFY2(!wentBack, "progress never goes back");
        QVERIFY(last < 0.6);
        QVERIFY(!projector.hasPrevious());
    }
};

QTEST_APPLESS_MAIN(TestProjectionMethods)
#include "tst_projection_methods.moc"
