#include "widgets/embedding/ScreenProjection.h"

#include <vtkCamera.h>
#include <vtkMatrix4x4.h>

#include <cmath>
#include <limits>

namespace grindstone::widgets {

ScreenProjection::ScreenProjection(vtkCamera* camera, QSizeF viewSize) : m_size(viewSize) {
    const double aspect = viewSize.height() > 0 ? viewSize.width() / viewSize.height() : 1.0;
    vtkMatrix4x4* m = camera->GetCompositeProjectionTransformMatrix(aspect, -1, 1);
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            m_matrix[size_t(4 * r + c)] = m->GetElement(r, c);
}

QPointF ScreenProjection::toScreen(float x, float y, float z, double* depth) const {
    const auto& m = m_matrix;
    const double w = m[12] * x + m[13] * y + m[14] * z + m[15];
    const double nx = (m[0] * x + m[1] * y + m[2] * z + m[3]) / w;
    const double ny = (m[4] * x + m[5] * y + m[6] * z + m[7]) / w;
    if (depth) *depth = (m[8] * x + m[9] * y + m[10] * z + m[11]) / w;
    return {(nx + 1) / 2 * m_size.width(), (1 - ny) / 2 * m_size.height()};
}

int ScreenProjection::nearest(const EmbeddingScene& scene, const Filter& shown, QPointF at,
                              double radius) const {
    int best = -1;
    double bestDistance = radius * radius, bestDepth = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < scene.points.size(); ++i) {
        if (!shown(int(i))) continue;
        const ScenePoint& p = scene.points[i];
        double depth = 0;
        const QPointF s = toScreen(p.x, p.y, p.z, &depth);
        if (!isInFront(depth)) continue;
        const double dx = s.x() - at.x(), dy = s.y() - at.y();
        const double d = dx * dx + dy * dy;
        // Points closer than half a pixel to the best are a tie: the nearer one is on top.
        if (d < bestDistance - 0.25 || (d <= bestDistance + 0.25 && depth < bestDepth)) {
            best = int(i);
            bestDistance = std::min(d, bestDistance);
            bestDepth = depth;
        }
    }
    return best;
}

std::vector<int> ScreenProjection::inside(const EmbeddingScene& scene, const Filter& shown,
                                          QRectF box) const {
    std::vector<int> found;
    for (size_t i = 0; i < scene.points.size(); ++i) {
        if (!shown(int(i))) continue;
        const ScenePoint& p = scene.points[i];
        double depth = 0;
        const QPointF s = toScreen(p.x, p.y, p.z, &depth);
        if (isInFront(depth) && box.contains(s)) found.push_back(int(i));
    }
    return found;
}

}  // namespace grindstone::widgets
