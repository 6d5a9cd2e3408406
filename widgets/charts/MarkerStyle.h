#pragma once

#include <QColor>
#include <QString>

namespace grindstone::widgets {

/// How an event kind is marked on the charts; the charts and their legend share it so a
/// marker's colour always means the same thing.
struct MarkerStyle {
    QColor color;
    Qt::PenStyle pen = Qt::SolidLine;
    QString label;
};

/// Style of an event kind ("checkpoint", "lr_drop", "rollback", "diverged", "resume",
/// "config_change", "evaluation", ...);
/// kinds without their own style share the "other" one and show their kind as label.
MarkerStyle markerStyle(const QString& kind);

}  // namespace grindstone::widgets
