#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <array>
#include <functional>
#include <vector>

#include "widgets/embedding/EmbeddingScene.h"

class vtkCamera;

namespace grindstone::widgets {

/// World -> widget coordinates for the camera of one frame. Picking searches the nearest
/// projected point itself: exact for points (a ray picker would test glyph-less vertices)
/// and ~1 ms for 70,000 points.
class ScreenProjection {
public:
    ScreenProjection(vtkCamera* camera, QSizeF viewSize);

    /// Widget position (origin top-left) and depth in [-1, 1] (smaller is nearer).
    QPointF toScreen(float x, float y, float z, double* depth = nullptr) const;
    bool isInFront(double depth) const { return depth >= -1 && depth <= 1; }

    using Filter = std::function<bool(int index)>;
    /// The nearest point to `at` within `radius` pixels (the nearest to the camera among
    /// equally near ones), or -1.
    int nearest(const EmbeddingScene& scene, const Filter& shown, QPointF at, double radius) const;
    /// Every shown point whose projection is inside `box`.
    std::vector<int> inside(const EmbeddingScene& scene, const Filter& shown, QRectF box) const;

private:
    std::array<double, 16> m_matrix{};  // row-major composite projection
    QSizeF m_size;
};

}  // namespace grindstone::widgets
