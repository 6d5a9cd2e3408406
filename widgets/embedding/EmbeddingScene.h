#pragma once

#include <QString>

#include <cstdint>
#include <limits>
#include <map>
#include <vector>

namespace grindstone::widgets {

/// What a point of the embedding view stands for. The order is the legend's order.
enum class PointKind : std::uint8_t {
    EvalTest,
    EvalTrain,
    RealAnchor,
    RealPositive,
    RealNegative,
    Stretched,
    Stage1Output,
    Reconstruction,
    Stage2Output,
    HdmlInterpolated,
    HdmlGenerated,
};
inline constexpr int kPointKindCount = 11;

enum class Split : std::uint8_t { Test, Train };

/// One point as the view draws it: already projected to 3D by the caller.
struct ScenePoint {
    float x = 0, y = 0, z = 0;
    int label = 0;  ///< class label; its name is in EmbeddingScene::classNames
    PointKind kind = PointKind::EvalTest;
    float hardness = std::numeric_limits<float>::quiet_NaN();  ///< NaN: not defined
    Split split = Split::Test;
    std::int64_t id = 0;  ///< row index in the point's source (evaluation set, probe batch)
};

/// Lines anchor -> positive and anchor -> generated negative (indices into points).
struct TripletLine {
    int anchor = 0;
    int positive = 0;
    int negative = 0;
    bool violatesMargin = false;
};

/// A plain description of what the embedding view shows; the app fills it from a snapshot
/// and a projection. `embeddings` (optional, points.size() x embeddingDim, row-major) are the
/// points in the original embedding space: neighbours are searched there when present,
/// otherwise among the projected positions.
struct EmbeddingScene {
    std::vector<ScenePoint> points;
    std::vector<TripletLine> triplets;
    std::map<int, QString> classNames;
    std::vector<float> embeddings;
    int embeddingDim = 0;

    /// The class's name, or "class <label>" when the scene has none.
    QString className(int label) const;
    bool hasEmbeddings() const;
    const float* embeddingOf(int index) const;
};

/// Human-readable names ("evaluation test", "stage-2 output", ...).
QString pointKindName(PointKind kind);
/// The generation stage a kind belongs to ("real", "stage 1", "stage 2", "HDML").
QString pointKindStage(PointKind kind);
/// Real samples have an image of their own; generated ones are shown by their neighbours.
bool isRealKind(PointKind kind);
QString splitName(Split split);

}  // namespace grindstone::widgets
