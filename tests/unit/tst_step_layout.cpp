// Laying out a stored step: PCA is fitted on the evaluation rows and carries the probe rows by
// the same map, so a generated point equal to a real one lands on it and a far outlier does not
// move the real points; t-SNE lays out every row.
#include <QtTest>
#include <cmath>

#include "grindstone/projection/StepLayout.h"

using namespace grindstone;

namespace {

StepPoints points(bool withOutlier) {
    StepPoints p;
    const int64_t evaluation = 40, dim = 5;
    p.embeddings = Matrix(evaluation, dim);
    for (int64_t r = 0; r < evaluation; ++r)
        for (int64_t c = 0; c < dim; ++c)
            p.embeddings.at(r, c) = float(std::sin(1.7 * r + 0.9 * c) * (c + 1) + (r % 4) * 3);
    p.evaluationRows = evaluation;
    // Probe rows: copies of evaluation rows 0..3, then (optionally) a point 1000x farther out.
    for (int64_t r = 0; r < 4; ++r)
        p.embeddings.values.insert(p.embeddings.values.end(), p.embeddings.row(r),
                                   p.embeddings.row(r) + dim);
    p.embeddings.rows += 4;
    if (withOutlier) {
        for (int64_t c = 0; c < dim; ++c)
            p.embeddings.values.push_back(5000.0f * (c % 2 ? 1 : -1));
        p.embeddings.rows += 1;
    }
    return p;
}

}  // namespace

class TestStepLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pcaCarriesProbeRowsWithTheEvaluationMap() {
        ProjectionOptions options;
        options.method = ProjectionMethod::Pca;
        EmbeddingProjector withOutlier(options), without(options);
        const Matrix a = layoutStepPoints(withOutlier, points(true));
        const Matrix b = layoutStepPoints(without, points(false));
        QCOMPARE(a.rows, int64_t(45));
        QCOMPARE(a.cols, int64_t(3));
        for (int64_t r = 0; r < 4; ++r)
            for (int64_t c = 0; c < 3; ++c) {
                QVERIFY(std::abs(a.at(40 + r, c) - a.at(r, c)) < 1e-3);  // copy on its source
            }
        for (int64_t r = 0; r < 40; ++r)
            for (int64_t c = 0; c < 3; ++c)
                QCOMPARE(a.at(r, c), b.at(r, c));  // outlier ignored
        double far = 0;
        for (int64_t c = 0; c < 3; ++c)
            far += std::pow(a.at(44, c), 2);
        QVERIFY(std::sqrt(far) > 1000);  // and drawn where it is: far away
    }

    void tsneLaysOutEveryRow() {
        ProjectionOptions options;
        options.method = ProjectionMethod::Tsne;
        options.perplexity = 5;
        options.tsneIterations = 250;
        EmbeddingProjector projector(options);
        const Matrix layout = layoutStepPoints(projector, points(false));
        QCOMPARE(layout.rows, int64_t(44));
        for (float v : layout.values)
            QVERIFY(std::isfinite(v));
    }
};

QTEST_APPLESS_MAIN(TestStepLayout)
#include "tst_step_layout.moc"
