#pragma once

// A synthetic embedding scene for the embedding view's tests and benchmark: classes as
// Gaussian clusters on a sphere, evaluation points of both splits and every generated kind,
// with triplets. Deterministic for a given seed (render baselines depend on it).
#include <cmath>
#include <random>

#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::test {

inline widgets::EmbeddingScene syntheticScene(int evaluationPoints, int perGeneratedKind,
                                              int classes = 10, unsigned seed = 7) {
    using namespace grindstone::widgets;
    EmbeddingScene scene;
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> unit(-1.f, 1.f);
    // Box-Muller on our own uniform draws: std::normal_distribution differs between
    // standard libraries and the baselines must not.
    const auto gauss = [&] {
        const float u = std::max(1e-6f, (unit(rng) + 1) / 2), v = (unit(rng) + 1) / 2;
        return std::sqrt(-2 * std::log(u)) * std::cos(6.2831853f * v);
    };
    const auto centre = [&](int label, int axis) {
        const float golden = 2.39996323f, t = (label + 0.5f) / float(classes);
        const float z = 1 - 2 * t, r = std::sqrt(1 - z * z);
        const float values[3] = {r * std::cos(golden * label), r * std::sin(golden * label), z};
        return 3 * values[axis];
    };
    const int dim = 8;
    const auto add = [&](int label, PointKind kind, Split split, float spread, float hardness) {
        ScenePoint p;
        p.x = centre(label, 0) + spread * gauss();
        p.y = centre(label, 1) + spread * gauss();
        p.z = centre(label, 2) + spread * gauss();
        p.label = label;
        p.kind = kind;
        p.split = split;
        p.hardness = hardness;
        p.id = std::int64_t(scene.points.size());
        scene.points.push_back(p);
        // The "original" embedding: the position and a few more deterministic dimensions.
        const float extra[dim] = {p.x, p.y, p.z, 0.5f * p.x, 0.5f * p.y, 0.1f * label, 0, 0};
        scene.embeddings.insert(scene.embeddings.end(), extra, extra + dim);
        return int(scene.points.size()) - 1;
    };
    for (int i = 0; i < evaluationPoints; ++i) {
        const bool train = i % 10 == 9;
        add(i % classes, train ? PointKind::EvalTrain : PointKind::EvalTest,
            train ? Split::Train : Split::Test, 0.45f, NAN);
    }
    for (int i = 0; i < perGeneratedKind; ++i) {
        const int label = i % classes, other = (i + 3) % classes;
        const float h = float(i % 17) / 16.f;
        const int a = add(label, PointKind::RealAnchor, Split::Train, 0.35f, NAN);
        const int p = add(label, PointKind::RealPositive, Split::Train, 0.35f, NAN);
        add(other, PointKind::RealNegative, Split::Train, 0.35f, h);
        add(label, PointKind::Stretched, Split::Train, 0.6f, NAN);
        add(label, PointKind::Stage1Output, Split::Train, 0.5f, NAN);
        add(label, PointKind::Reconstruction, Split::Train, 0.4f, NAN);
        const int n = add(other, PointKind::Stage2Output, Split::Train, 0.9f, h);
        add(other, PointKind::HdmlInterpolated, Split::Train, 0.8f, h);
        add(other, PointKind::HdmlGenerated, Split::Train, 0.8f, h);
        scene.triplets.push_back({a, p, n, i % 3 == 0});
    }
    for (int c = 0; c < classes; ++c)
        scene.classNames[c] = QStringLiteral("class %1").arg(QChar(u'A' + c));
    scene.embeddingDim = dim;
    return scene;
}

}  // namespace grindstone::test
