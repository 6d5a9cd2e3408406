#include "grindstone/projection/StepLayout.h"

#include "runtime/MatrixTensor.h"

namespace grindstone {
namespace {

Matrix rowsOf(const Matrix& m, int64_t first, int64_t count) {
    Matrix out(count, m.cols);
    std::copy_n(m.row(first), count * m.cols, out.values.begin());
    return out;
}

}  // namespace

Matrix layoutStepPoints(EmbeddingProjector& projector, const StepPoints& points,
                        const ProjectionProgress& progress) {
    const auto& e = points.embeddings;
    if (projector.options().method != ProjectionMethod::Pca || points.evaluationRows == e.rows ||
        points.evaluationRows < 2)
        return projector.project(e, progress);

    const Matrix evaluation = rowsOf(e, 0, points.evaluationRows);
    const Matrix evaluationLayout = projector.project(evaluation, progress);
    // The aligned PCA layout is an affine function of the embeddings: recover it by least
    // squares on the evaluation rows (exact up to rounding) and apply it to the probe rows.
    torch::NoGradGuard noGrad;
    const auto x = matrixView(evaluation).to(torch::kFloat64);
    const auto design = torch::cat({x, torch::ones({x.size(0), 1}, torch::kFloat64)}, 1);
    const auto target = matrixView(evaluationLayout).to(torch::kFloat64);
    const auto map = std::get<0>(torch::linalg_lstsq(design, target, c10::nullopt, "gelsd"));
    const auto probe = matrixView(rowsOf(e, points.evaluationRows, e.rows - points.evaluationRows))
                           .to(torch::kFloat64);
    const auto placed =
        torch::cat({probe, torch::ones({probe.size(0), 1}, torch::kFloat64)}, 1).matmul(map);

    Matrix layout(e.rows, evaluationLayout.cols);
    std::copy(evaluationLayout.values.begin(), evaluationLayout.values.end(),
              layout.values.begin());
    const auto placedFloat = placed.to(torch::kFloat32).contiguous();
    std::copy_n(placedFloat.data_ptr<float>(), placedFloat.numel(),
                layout.values.begin() + evaluationLayout.values.size());
    return layout;
}

}  // namespace grindstone
