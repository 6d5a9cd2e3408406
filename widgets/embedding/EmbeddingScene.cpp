#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::widgets {

QString EmbeddingScene::className(int label) const {
    const auto it = classNames.find(label);
    if (it != classNames.end() && !it->second.isEmpty()) return it->second;
    return QStringLiteral("class %1").arg(label);
}

bool EmbeddingScene::hasEmbeddings() const {
    return embeddingDim > 0 && embeddings.size() == points.size() * size_t(embeddingDim);
}

const float* EmbeddingScene::embeddingOf(int index) const {
    return hasEmbeddings() ? embeddings.data() + size_t(index) * size_t(embeddingDim) : nullptr;
}

QString pointKindName(PointKind kind) {
    switch (kind) {
        case PointKind::EvalTest:
            return QStringLiteral("evaluation test");
        case PointKind::EvalTrain:
            return QStringLiteral("evaluation train");
        case PointKind::RealAnchor:
            return QStringLiteral("real anchor");
        case PointKind::RealPositive:
            return QStringLiteral("real positive");
        case PointKind::RealNegative:
            return QStringLiteral("real negative");
        case PointKind::Stretched:
            return QStringLiteral("stretched");
        case PointKind::Stage1Output:
            return QStringLiteral("stage-1 output");
        case PointKind::Reconstruction:
            return QStringLiteral("reconstruction");
        case PointKind::Stage2Output:
            return QStringLiteral("stage-2 output");
        case PointKind::HdmlInterpolated:
            return QStringLiteral("HDML interpolated");
        case PointKind::HdmlGenerated:
            return QStringLiteral("HDML generated");
    }
    return {};
}

QString pointKindStage(PointKind kind) {
    switch (kind) {
        case PointKind::Stretched:
        case PointKind::Stage1Output:
        case PointKind::Reconstruction:
            return QStringLiteral("stage 1");
        case PointKind::Stage2Output:
            return QStringLiteral("stage 2");
        case PointKind::HdmlInterpolated:
        case PointKind::HdmlGenerated:
            return QStringLiteral("HDML");
        default:
            return QStringLiteral("real");
    }
}

bool isRealKind(PointKind kind) {
    return pointKindStage(kind) == QStringLiteral("real");
}

QString splitName(Split split) {
    return split == Split::Test ? QStringLiteral("test") : QStringLiteral("train");
}

}  // namespace grindstone::widgets
