#include "CorePhases.h"

#include <QCoreApplication>

namespace grindstone::gui {

namespace {

// The phases of core/src/projection and core/src/quality/RunDecoder.cpp, listed for lupdate.
[[maybe_unused]] const char* const kPhases[] = {
    QT_TRANSLATE_NOOP("CorePhase", "PCA"),
    QT_TRANSLATE_NOOP("CorePhase", "nearest neighbours"),
    QT_TRANSLATE_NOOP("CorePhase", "t-SNE affinities"),
    QT_TRANSLATE_NOOP("CorePhase", "t-SNE (early exaggeration)"),
    QT_TRANSLATE_NOOP("CorePhase", "t-SNE"),
    QT_TRANSLATE_NOOP("CorePhase", "UMAP fuzzy set"),
    QT_TRANSLATE_NOOP("CorePhase", "UMAP layout"),
    QT_TRANSLATE_NOOP("CorePhase", "loading the dataset"),
    QT_TRANSLATE_NOOP("CorePhase", "embedding images"),
    QT_TRANSLATE_NOOP("CorePhase", "training the decoder"),
};

}  // namespace

QString phaseText(const std::string& phase) {
    return QCoreApplication::translate("CorePhase", phase.c_str());
}

}  // namespace grindstone::gui
