#pragma once

#include <QColor>
#include <QPainter>
#include <QString>

#include <vector>

#include "widgets/embedding/SceneStyle.h"

namespace grindstone::widgets {

/// What the legend box says for one colour mode: colour entries (classes, kinds, splits) or
/// a colour bar (hardness), then the glyph of every kind present.
struct SceneLegend {
    struct Entry {
        QString text;
        QColor colour;
        GlyphShape shape = GlyphShape::Disc;
    };
    QString title;
    std::vector<Entry> colours;
    bool colourBar = false;
    float barMin = 0, barMax = 1;
    std::vector<Entry> shapes;  // kinds (in the neutral colour) when colour is not by kind
    bool triplets = false;
};

/// Classes beyond this many are summarised as "... and N more".
inline constexpr int kLegendMaxClasses = 16;

SceneLegend makeLegend(const EmbeddingScene& scene, ColorMode mode,
                       const std::vector<PointKind>& kinds, std::pair<float, float> hardnessRange);

/// Where the legend goes: the top-right corner of `area`, sized for its text at `scale`
/// times `font`'s size.
QRectF legendRect(const QRectF& area, const SceneLegend& legend, const QFont& font, double scale);
/// Paints the legend (a translucent box) into `box` from legendRect; used on screen and for
/// PNG export.
void paintLegend(QPainter& painter, const QRectF& box, const SceneLegend& legend, double scale);

/// Paints an axes triad (x red, y green, z blue) in the bottom-left corner of `area`, oriented
/// as the camera sees the world. `viewRows` are the first three rows of the view matrix.
void paintAxesTriad(QPainter& painter, const QRectF& area, const double viewRows[3][3],
                    double scale);

}  // namespace grindstone::widgets
