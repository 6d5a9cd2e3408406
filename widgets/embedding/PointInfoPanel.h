#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>

#include "widgets/embedding/EmbeddingScene.h"

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTreeWidget;

namespace grindstone::widgets {

class EmbeddingView;

/// The image of a real sample of the scene, read by the app from its dataset; a null image
/// when it has none. Generated points have no image: the panel shows their nearest real
/// points' images instead.
using SampleImageProvider = std::function<QImage(const ScenePoint& point)>;

/// Shows the point picked in an EmbeddingView: its image (or, for a generated point, the
/// images of its nearest real points with distances), class, kind, stage, split, hardness,
/// and its k nearest neighbours. Double-clicking a neighbour picks it in the view.
class PointInfoPanel : public QWidget {
    Q_OBJECT
public:
    explicit PointInfoPanel(QWidget* parent = nullptr);

    /// Follows the view's picks and scenes.
    void setView(EmbeddingView* view);
    void setImageProvider(SampleImageProvider provider);
    void setNeighbourCount(int k);
    int neighbourCount() const { return m_k; }

    /// Shows point `index` of the view's scene; -1 shows "nothing picked".
    void showPoint(int index);
    int shownPoint() const { return m_index; }

    /// Read-outs, for tests and accessibility: "class", "kind", "stage", ... -> shown text.
    QString field(const QString& name) const;
    QTreeWidget* neighbourList() const { return m_neighbours; }
    /// How many images the image row shows (the point's own, or its real neighbours').
    int imageCount() const;

private:
    void showImages(const EmbeddingScene& scene, int index);
    QWidget* thumbnail(const QImage& image, const QString& caption);

    QPointer<EmbeddingView> m_view;
    SampleImageProvider m_images;
    int m_k = 8;
    int m_index = -1;
    QLabel* m_title;
    QHBoxLayout* m_imageRow;
    QFormLayout* m_form;
    QTreeWidget* m_neighbours;
    QLabel* m_space;
};

}  // namespace grindstone::widgets
