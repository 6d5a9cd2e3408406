#pragma once

#include <QWidget>

#include <functional>

namespace grindstone::widgets {

/// A small transparent child that paints over its parent and lets the mouse through. Over a
/// QOpenGLWidget this keeps QPainter out of VTK's GL state (Qt composes the two), and being
/// small it keeps Qt's per-frame composition cheap: only what changed is repainted.
class PaintOverlay : public QWidget {
    Q_OBJECT
public:
    using Painter = std::function<void(QPainter&, const QRectF&)>;
    PaintOverlay(QWidget* parent, Painter painter);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Painter m_painter;
};

}  // namespace grindstone::widgets
