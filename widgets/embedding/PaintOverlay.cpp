#include "widgets/embedding/PaintOverlay.h"

#include <QPainter>

namespace grindstone::widgets {

PaintOverlay::PaintOverlay(QWidget* parent, Painter painter)
    : QWidget(parent), m_painter(std::move(painter)) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
}

void PaintOverlay::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    m_painter(painter, QRectF(rect()));
}

}  // namespace grindstone::widgets
