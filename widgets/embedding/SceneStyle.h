#pragma once

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::widgets {

enum class ColorMode { ByClass, ByKind, ByHardness, BySplit };
QString colorModeName(ColorMode mode);

/// A point's shape; every kind has its own so kinds stay apart whatever the colour mode.
enum class GlyphShape {
    Disc,
    Square,
    Diamond,
    TriangleUp,
    TriangleDown,
    HollowSquare,
    Plus,
    Ring,
    Cross,
    HollowDiamond,
    Asterisk,
};

GlyphShape glyphOf(PointKind kind);
/// GLSL statements that `discard` the fragments of a point sprite outside the shape; `p` is
/// the sprite coordinate in [-1, 1] with y up. The legend draws the same shape from
/// glyphPath, so both are written from the same numbers.
QString glyphDiscardGlsl(GlyphShape shape);
/// The shape in `box` for the legend (filled with the pen's brush, outlined shapes stroked).
QPainterPath glyphPath(GlyphShape shape, const QRectF& box);

QColor classColor(int label);
QColor kindColor(PointKind kind);
QColor splitColor(Split split);
/// Hardness normalised to [0, 1] on a perceptually ordered map; NaN: grey.
QColor hardnessColor(float normalised);
QColor undefinedHardnessColor();
/// Colours of triplet lines: violated margin vs satisfied.
QColor tripletColor(bool violatesMargin);

}  // namespace grindstone::widgets
