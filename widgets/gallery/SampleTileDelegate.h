#pragma once

#include <QStyledItemDelegate>

namespace grindstone {
class QaTagStore;
}

namespace grindstone::widgets {

class RunThumbnails;

/// Paints one gallery tile: the sample's image (the real image, or the decoded one of a
/// generated sample, or a "no decoder" box), its figures, flag badges, the QA verdict and its
/// k nearest real images with class and distance.
class SampleTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SampleTileDelegate(const RunThumbnails& thumbnails, QObject* parent = nullptr);

    /// Where the verdicts come from (null: none shown).
    void setTags(const QaTagStore* tags) { m_tags = tags; }
    static QSize tileSize();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const RunThumbnails& m_thumbnails;
    const QaTagStore* m_tags = nullptr;
};

}  // namespace grindstone::widgets
