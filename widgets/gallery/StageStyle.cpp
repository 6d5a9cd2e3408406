#include "StageStyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

namespace grindstone::widgets {

QColor stageColor(SampleStage stage) {
    const auto rgb = stageColour(stage);
    return QColor(rgb[0], rgb[1], rgb[2]);
}

namespace {
// Core's role names (roleName), translated under "StageStyle": listed here for lupdate.
[[maybe_unused]] const char* const kRoleNames[] = {QT_TRANSLATE_NOOP("StageStyle", "anchor"),
                                                   QT_TRANSLATE_NOOP("StageStyle", "positive"),
                                                   QT_TRANSLATE_NOOP("StageStyle", "negative")};
}  // namespace

QString stageFileTitle(const std::string& stageFile) {
    const auto name = parseProbeStage(stageFile);
    if (!name) return QString::fromStdString(stageFile);
    QString stage;
    switch (name->stage) {
        case SampleStage::Real:
            stage = QCoreApplication::translate("StageStyle", "real");
            break;
        case SampleStage::Stretched:
            stage = QCoreApplication::translate("StageStyle", "stretched");
            break;
        case SampleStage::Interpolated:
            stage = QCoreApplication::translate("StageStyle", "interpolated");
            break;
        case SampleStage::Stage1:
            stage = QStringLiteral("G1");
            break;
        case SampleStage::Reconstruction:
            stage = QStringLiteral("GS");
            break;
        case SampleStage::Stage2:
            stage = QStringLiteral("G2");
            break;
        case SampleStage::Generated:
            stage = QCoreApplication::translate("StageStyle", "generated");
            break;
    }
    //: A probe stage file's title: the stage (%1, e.g. "G2"), then the role (%2, e.g. "negative").
    return QCoreApplication::translate("StageStyle", "%1 %2")
        .arg(stage, QCoreApplication::translate("StageStyle", roleName(name->role)));
}

void drawFramedImage(QPainter& painter, const QRect& box, const QImage& image, const QColor& frame,
                     const QString& placeholder) {
    painter.save();
    if (image.isNull()) {
        painter.fillRect(box, QColor(236, 236, 236));
        painter.setPen(QColor(110, 110, 110));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter.setFont(font);
        painter.drawText(box.adjusted(3, 3, -3, -3), Qt::AlignCenter | Qt::TextWordWrap,
                         placeholder);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(box, image);
    }
    painter.setPen(QPen(frame, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box.adjusted(-1, -1, 1, 1));
    painter.restore();
}

int drawBadge(QPainter& painter, const QPoint& topLeft, const QString& text, const QColor& fill) {
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QRect box(topLeft, QSize(metrics.horizontalAdvance(text) + 10, metrics.height() + 2));
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
    return box.width();
}

QColor flagColor() {
    return QColor(196, 40, 40);
}

QString percentText(double share) {
    return QStringLiteral("%1%").arg(qRound(100 * share));
}

}  // namespace grindstone::widgets
