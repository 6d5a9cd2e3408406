#include "StepScene.h"

namespace grindstone::gui {
namespace {

using widgets::PointKind;

PointKind kindOf(const StepPointSource& s) {
    if (!s.probe) return s.isTest ? PointKind::EvalTest : PointKind::EvalTrain;
    switch (s.stage.stage) {
        case SampleStage::Real:
            return s.stage.role == SampleRole::Anchor     ? PointKind::RealAnchor
                   : s.stage.role == SampleRole::Positive ? PointKind::RealPositive
                                                          : PointKind::RealNegative;
        case SampleStage::Stretched:
            return PointKind::Stretched;
        case SampleStage::Interpolated:
            return PointKind::HdmlInterpolated;
        case SampleStage::Stage1:
            return PointKind::Stage1Output;
        case SampleStage::Reconstruction:
            return PointKind::Reconstruction;
        case SampleStage::Stage2:
            return PointKind::Stage2Output;
        case SampleStage::Generated:
            return PointKind::HdmlGenerated;
    }
    return PointKind::EvalTrain;
}

}  // namespace

widgets::EmbeddingScene buildStepScene(const StepPoints& points, const Matrix& layout) {
    widgets::EmbeddingScene scene;
    const auto rows = static_cast<size_t>(points.embeddings.rows);
    scene.points.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
        const auto r = static_cast<int64_t>(i);
        const StepPointSource& s = points.sources[i];
        widgets::ScenePoint p;
        p.x = layout.at(r, 0);
        p.y = layout.cols > 1 ? layout.at(r, 1) : 0.0f;
        p.z = layout.cols > 2 ? layout.at(r, 2) : 0.0f;
        p.label = s.label;
        p.kind = kindOf(s);
        p.hardness = static_cast<float>(points.hardness[i]);
        p.split = !s.probe && s.isTest ? widgets::Split::Test : widgets::Split::Train;
        p.id = r;
        scene.points.push_back(p);
    }
    for (const StepTriplet& t : points.triplets)
        scene.triplets.push_back({static_cast<int>(t.anchor), static_cast<int>(t.positive),
                                  static_cast<int>(t.negative), t.violatesMargin});
    scene.embeddings = points.embeddings.values;
    scene.embeddingDim = static_cast<int>(points.embeddings.cols);
    return scene;
}

}  // namespace grindstone::gui
