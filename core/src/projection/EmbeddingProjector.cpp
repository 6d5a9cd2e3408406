#include <cmath>
#include <string>

#include "evaluation/InputChecks.h"
#include "grindstone/Error.h"
#include "grindstone/projection/LayoutMath.h"
#include "grindstone/projection/Projection.h"
#include "projection/ProjectionSupport.h"
#include "projection/Tsne.h"
#include "projection/Umap.h"

namespace grindstone {

namespace {

std::string number(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

ProjectionMethod projectionMethodFromName(const std::string& name) {
    if (name == "pca") return ProjectionMethod::Pca;
    if (name == "tsne") return ProjectionMethod::Tsne;
    if (name == "umap") return ProjectionMethod::Umap;
    throw InputError("projection method '" + name + "' is unknown; expected pca, tsne or umap");
}

std::string projectionMethodName(ProjectionMethod method) {
    switch (method) {
        case ProjectionMethod::Pca:
            return "pca";
        case ProjectionMethod::Tsne:
            return "tsne";
        case ProjectionMethod::Umap:
            return "umap";
    }
    return "unknown";
}

void checkProjectionInput(const Matrix& embeddings, const ProjectionOptions& options) {
    const std::string what = projectionMethodName(options.method) + " projection";
    evaluation::checkEmbeddings(embeddings, 2, what.c_str());
    const std::string prefix = what + ": ";
    if (options.dims != 2 && options.dims != 3)
        throw InputError(prefix + "dims = " + std::to_string(options.dims) + "; expected 2 or 3");
    const int64_t rows = embeddings.rows;
    if (options.method == ProjectionMethod::Tsne) {
        if (!(options.perplexity > 0) || options.perplexity >= static_cast<double>(rows))
            throw InputError(prefix + "perplexity " + number(options.perplexity) +
                             " does not fit " + std::to_string(rows) +
                             " points; it must be above 0 and below the point count");
        if (options.tsneIterations < 1)
            throw InputError(prefix + "needs at least 1 iteration, got " +
                             std::to_string(options.tsneIterations));
        if (!(options.theta >= 0) || !std::isfinite(options.theta))
            throw InputError(prefix + "theta " + number(options.theta) + " must be >= 0");
    }
    if (options.method == ProjectionMethod::Umap) {
        if (options.neighbours < 2 || options.neighbours > rows)
            throw InputError(prefix + std::to_string(options.neighbours) +
                             " neighbours do not fit " + std::to_string(rows) +
                             " points; expected 2 to the point count");
        if (!(options.minDist >= 0 && options.minDist <= 1))
            throw InputError(prefix + "min_dist " + number(options.minDist) +
                             " must be in [0, 1] (the spread)");
        if (options.umapEpochs < 0)
            throw InputError(prefix + "epochs " + std::to_string(options.umapEpochs) +
                             " must be >= 0 (0 = automatic)");
    }
}

EmbeddingProjector::EmbeddingProjector(ProjectionOptions options) : m_options(options) {}

void EmbeddingProjector::reset() {
    m_previous = Matrix();
}

Matrix EmbeddingProjector::project(const Matrix& embeddings, const ProjectionProgress& callback) {
    checkProjectionInput(embeddings, m_options);
    const projection::ProgressReporter progress(callback);
    const bool warm = m_previous.rows == embeddings.rows && m_previous.cols == m_options.dims;
    const Matrix* previous = warm ? &m_previous : nullptr;
    Matrix layout;
    switch (m_options.method) {
        case ProjectionMethod::Pca:
            progress.report(0, "PCA");
            layout = projection::padColumns(
                principalComponents(embeddings, m_options.dims).projected, m_options.dims);
            // The signs are fixed already; Procrustes also undoes swaps and rotations of axes
            // whose variances are close, which signs alone cannot.
            if (previous) layout = alignToReference(layout, *previous);
            progress.report(1, "PCA");
            break;
        case ProjectionMethod::Tsne:
            layout = projection::runTsne(embeddings, m_options, previous, progress);
            break;
        case ProjectionMethod::Umap:
            layout = projection::runUmap(embeddings, m_options, previous, progress);
            break;
    }
    m_previous = layout;
    return layout;
}

}  // namespace grindstone
