#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

#include <string>

#include "grindstone/session/ProbeStage.h"

class QPainter;

namespace grindstone::widgets {

/// The stage's colour (core's stageColour: the same in every view and export).
QColor stageColor(SampleStage stage);
/// "G2 negative", "real anchor", "stretched positive": what a stage file shows, for people.
QString stageFileTitle(const std::string& stageFile);

/// The red of a flagged figure or badge (margin violated, collapsed, rejected), in every
/// gallery view.
QColor flagColor();
/// "46%": a share in [0, 1] as a whole percentage.
QString percentText(double share);

/// Draws `image` scaled into `box` (nearest neighbour: the pixels of tiny images stay sharp),
/// framed in `frame`; a grey box with `placeholder` when the image is null.
void drawFramedImage(QPainter& painter, const QRect& box, const QImage& image, const QColor& frame,
                     const QString& placeholder);

/// A small rounded badge with `text` at `topLeft`; returns its width.
int drawBadge(QPainter& painter, const QPoint& topLeft, const QString& text, const QColor& fill);

}  // namespace grindstone::widgets
