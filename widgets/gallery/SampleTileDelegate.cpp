#include "SampleTileDelegate.h"

#include <QLocale>
#include <QPainter>

#include "grindstone/session/QaTags.h"
#include "widgets/common/RunThumbnails.h"
#include "widgets/gallery/SampleListModel.h"
#include "widgets/gallery/StageStyle.h"

namespace grindstone::widgets {

namespace {

constexpr int kTileWidth = 312;
constexpr int kTileHeight = 178;
constexpr int kImage = 72;
constexpr int kNeighbour = 40;
constexpr int kNeighbourPitch = 59;

const QColor kViolates = flagColor();
const QColor kLabel(214, 120, 0);
const QColor kNotNegative(128, 60, 170);
const QColor kOutlier(90, 90, 90);
const QColor kAccepted(30, 140, 60);
const QColor kRejected = flagColor();

}  // namespace

SampleTileDelegate::SampleTileDelegate(const RunThumbnails& thumbnails, QObject* parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails) {}

QSize SampleTileDelegate::tileSize() {
    return {kTileWidth, kTileHeight};
}

QSize SampleTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const {
    return tileSize();
}

void SampleTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const auto* model = qobject_cast<const SampleListModel*>(index.model());
    const SampleQuality* s = model ? model->sample(index.row()) : nullptr;
    const StepSamples* step = model ? model->samples() : nullptr;
    if (!s || !step) return;
    painter->save();
    const QRect tile = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(tile, selected ? QColor(222, 234, 250) : QColor(252, 252, 252));
    painter->setPen(
        QPen(selected ? QColor(40, 100, 200) : QColor(205, 205, 205), selected ? 2 : 1));
    painter->drawRect(tile.adjusted(0, 0, -1, -1));

    // The sample itself.
    const QRect imageBox(tile.left() + 8, tile.top() + 8, kImage, kImage);
    const int64_t realIndex = step->realDatasetIndex(s->stageFile, s->row);
    const QImage image =
        realIndex >= 0 ? m_thumbnails.image(realIndex) : step->decodedImage(s->stageFile, s->row);
    drawFramedImage(*painter, imageBox, image, stageColor(s->stage.stage),
                    step->decoder ? tr("not decoded") : tr("no decoder"));

    // Figures beside it.
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();
    int x = imageBox.right() + 10;
    const int y0 = tile.top() + 6;
    int y = y0;
    const int textWidth = tile.right() - x - 4;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(QColor(20, 20, 20));
    painter->drawText(QRect(x, y, textWidth, line), Qt::AlignLeft,
                      tr("#%1 · class %2").arg(s->row).arg(s->intendedLabel));
    painter->setFont(option.font);
    painter->setPen(QColor(50, 50, 50));
    QStringList figures = {
        tr("hardness %1").arg(QLocale().toString(s->hardness, 'f', 3)),
        s->labelConsistent ? tr("classified as intended (p %1)")
                                 .arg(QLocale().toString(s->predictedProbability, 'f', 2))
                           : tr("classified as %1 (p %2)")
                                 .arg(s->predictedLabel)
                                 .arg(QLocale().toString(s->predictedProbability, 'f', 2)),
        tr("k-th real dist. %1× median").arg(QLocale().toString(s->kthDistanceRatio, 'f', 2))};
    if (s->stage.role == SampleRole::Negative)
        figures.append(tr("k-NN in anchor class: %1%").arg(qRound(100 * s->anchorClassShare)));
    for (const QString& text : figures) {
        y += line;
        painter->drawText(QRect(x, y, textWidth, line), Qt::AlignLeft, text);
    }

    // Flags and the verdict, in one row under the image.
    QPoint badge(tile.left() + 8, imageBox.bottom() + 7);
    auto add = [&](bool on, const QString& text, const QColor& colour) {
        if (on) badge.rx() += drawBadge(*painter, badge, text, colour) + 4;
    };
    add(s->violatesMargin, tr("violates margin"), kViolates);
    add(!s->labelConsistent, tr("label"), kLabel);
    add(s->notANegative, tr("not a negative"), kNotNegative);
    add(s->outlier, tr("outlier"), kOutlier);
    if (m_tags)
        if (const QaTag* tag = m_tags->find(step->step, s->stageFile, s->row)) {
            QString text = tag->verdict == "accepted"   ? tr("✓ accepted")
                           : tag->verdict == "rejected" ? tr("✗ rejected")
                                                        : QString();
            if (!tag->note.empty()) text += text.isEmpty() ? tr("note") : tr(" + note");
            const QColor colour = tag->verdict == "accepted"   ? kAccepted
                                  : tag->verdict == "rejected" ? kRejected
                                                               : QColor(60, 90, 160);
            const QFontMetrics small(option.font);
            // Top right, beside the title.
            drawBadge(*painter, QPoint(tile.right() - small.horizontalAdvance(text) - 16, y0), text,
                      colour);
        }

    // The k nearest real images: class and distance under each.
    const int top = imageBox.bottom() + 12 + line;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(QColor(70, 70, 70));
    for (size_t i = 0; i < s->neighbours.size() && i < 5; ++i) {
        const auto& n = s->neighbours[i];
        const int left = tile.left() + 8 + static_cast<int>(i) * kNeighbourPitch;
        const QRect box(left, top, kNeighbour, kNeighbour);
        drawFramedImage(*painter, box, m_thumbnails.image(n.datasetIndex), QColor(0, 0, 0),
                        QStringLiteral("?"));
        painter->drawText(
            QRect(left - 6, top + kNeighbour + 2, kNeighbourPitch - 2, line), Qt::AlignLeft,
            QStringLiteral("%1 · %2").arg(n.label).arg(QLocale().toString(n.distance, 'f', 2)));
    }
    painter->restore();
}

}  // namespace grindstone::widgets
