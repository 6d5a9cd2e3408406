#include "widgets/embedding/EmbeddingScene.h"

#include <QCoreApplication>

namespace grindstone::widgets {

QString EmbeddingScene::className(int label) const {
    const auto it = classNames.find(label);
    if (it != classNames.end() && !it->second.isEmpty()) return it->second;
    return QCoreApplication::translate("EmbeddingScene", "class %1").arg(label);
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
            return QCoreApplication::translate("EmbeddingScene", "evaluation test");
        case PointKind::EvalTrain:
            return QCoreApplication::translate("EmbeddingScene", "evaluation train");
        case PointKind::RealAnchor:
            return QCoreApplication::translate("EmbeddingScene", "real anchor");
        case PointKind::RealPositive:
            return QCoreApplication::translate("EmbeddingScene", "real positive");
        case PointKind::RealNegative:
            return QCoreApplication::translate("EmbeddingScene", "real negative");
        case PointKind::Stretched:
            return QCoreApplication::translate("EmbeddingScene", "stretched");
        case PointKind::Stage1Output:
            return QCoreApplication::translate("EmbeddingScene", "stage-1 output");
        case PointKind::Reconstruction:
            return QCoreApplication::translate("EmbeddingScene", "reconstruction");
        case PointKind::Stage2Output:
            return QCoreApplication::translate("EmbeddingScene", "stage-2 output");
        case PointKind::HdmlInterpolated:
            return QCoreApplication::translate("EmbeddingScene", "HDML interpolated");
        case PointKind::HdmlGenerated:
            return QCoreApplication::translate("EmbeddingScene", "HDML generated");
    }
    return {};
}

QString pointKindStage(PointKind kind) {
    switch (kind) {
        case PointKind::Stretched:
        case PointKind::Stage1Output:
        case PointKind::Reconstruction:
            return QCoreApplication::translate("EmbeddingScene", "stage 1");
        case PointKind::Stage2Output:
            return QCoreApplication::translate("EmbeddingScene", "stage 2");
        case PointKind::HdmlInterpolated:
        case PointKind::HdmlGenerated:
            return QCoreApplication::translate("EmbeddingScene", "HDML");
        default:
            return QCoreApplication::translate("EmbeddingScene", "real");
    }
}

bool isRealKind(PointKind kind) {
    switch (kind) {
        case PointKind::Stretched:
        case PointKind::Stage1Output:
        case PointKind::Reconstruction:
        case PointKind::Stage2Output:
        case PointKind::HdmlInterpolated:
        case PointKind::HdmlGenerated:
            return false;
        default:
            return true;
    }
}

QString splitName(Split split) {
    return split == Split::Test ? QCoreApplication::translate("EmbeddingScene", "test")
                                : QCoreApplication::translate("EmbeddingScene", "train");
}

}  // namespace grindstone::widgets
