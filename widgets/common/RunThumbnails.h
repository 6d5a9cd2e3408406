#pragma once

#include <QHash>
#include <QImage>
#include <QString>

namespace grindstone::widgets {

/// The images a run folder carries (thumbnails/images.png + images.json, sessions/README.md):
/// one tile per dataset index, so views show the snapshot and probe images without loading the
/// dataset. Cheap to copy (the sprite is implicitly shared).
class RunThumbnails {
public:
    /// Reads `runFolder`'s thumbnails; false with problem() naming the file when they are
    /// missing or damaged (views then draw placeholders).
    bool load(const QString& runFolder);
    void clear();

    bool isEmpty() const { return m_tiles.isEmpty(); }
    QString problem() const { return m_problem; }
    bool contains(qint64 datasetIndex) const { return m_tiles.contains(datasetIndex); }
    /// The tile of a dataset image; a null image when the run has none for it.
    QImage image(qint64 datasetIndex) const;
    /// Its class label, -1 when unknown.
    int label(qint64 datasetIndex) const;
    QSize tileSize() const { return m_tileSize; }

private:
    struct Tile {
        int position = 0;
        int label = -1;
    };
    QImage m_sprite;
    QSize m_tileSize;
    int m_columns = 1;
    QHash<qint64, Tile> m_tiles;
    QString m_problem;
};

}  // namespace grindstone::widgets
