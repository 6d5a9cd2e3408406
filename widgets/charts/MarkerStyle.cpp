#include "widgets/charts/MarkerStyle.h"

#include <QCoreApplication>

namespace grindstone::widgets {

MarkerStyle markerStyle(const QString& kind) {
    if (kind == QLatin1String("evaluation"))
        return {QColor(0x2e, 0x7d, 0x32), Qt::DotLine,
                QCoreApplication::translate("MarkerStyle", "evaluation")};
    if (kind == QLatin1String("checkpoint"))
        return {QColor(0x75, 0x75, 0x75), Qt::DashLine,
                QCoreApplication::translate("MarkerStyle", "checkpoint")};
    if (kind == QLatin1String("lr_drop"))
        return {QColor(0xef, 0x6c, 0x00), Qt::SolidLine,
                QCoreApplication::translate("MarkerStyle", "LR drop")};
    if (kind == QLatin1String("rollback"))
        return {QColor(0xc6, 0x28, 0x28), Qt::SolidLine,
                QCoreApplication::translate("MarkerStyle", "rollback")};
    if (kind == QLatin1String("diverged"))
        return {QColor(0x7f, 0x00, 0x00), Qt::SolidLine,
                QCoreApplication::translate("MarkerStyle", "diverged")};
    if (kind == QLatin1String("config_change"))
        return {QColor(0x45, 0x5a, 0x64), Qt::DashDotLine,
                QCoreApplication::translate("MarkerStyle", "config change")};
    if (kind == QLatin1String("resume"))
        return {QColor(0x15, 0x65, 0xc0), Qt::DashDotLine,
                QCoreApplication::translate("MarkerStyle", "resume")};
    return {QColor(0x6a, 0x1b, 0x9a), Qt::DotLine, kind};
}

}  // namespace grindstone::widgets
