#include "widgets/charts/MarkerStyle.h"

namespace grindstone::widgets {

MarkerStyle markerStyle(const QString& kind) {
    if (kind == QLatin1String("evaluation"))
        return {QColor(0x2e, 0x7d, 0x32), Qt::DotLine, QStringLiteral("evaluation")};
    if (kind == QLatin1String("checkpoint"))
        return {QColor(0x75, 0x75, 0x75), Qt::DashLine, QStringLiteral("checkpoint")};
    if (kind == QLatin1String("lr_drop"))
        return {QColor(0xef, 0x6c, 0x00), Qt::SolidLine, QStringLiteral("LR drop")};
    if (kind == QLatin1String("rollback"))
        return {QColor(0xc6, 0x28, 0x28), Qt::SolidLine, QStringLiteral("rollback")};
    if (kind == QLatin1String("diverged"))
        return {QColor(0x7f, 0x00, 0x00), Qt::SolidLine, QStringLiteral("diverged")};
    if (kind == QLatin1String("config_change"))
        return {QColor(0x45, 0x5a, 0x64), Qt::DashDotLine, QStringLiteral("config change")};
    if (kind == QLatin1String("resume"))
        return {QColor(0x15, 0x65, 0xc0), Qt::DashDotLine, QStringLiteral("resume")};
    return {QColor(0x6a, 0x1b, 0x9a), Qt::DotLine, kind};
}

}  // namespace grindstone::widgets
