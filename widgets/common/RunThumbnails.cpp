#include "RunThumbnails.h"

#include <QCoreApplication>

#include "grindstone/Error.h"
#include "grindstone/session/ThumbnailIndex.h"
#include "widgets/common/CoreMessageText.h"

namespace grindstone::widgets {

void RunThumbnails::clear() {
    m_sprite = QImage();
    m_tiles.clear();
    m_tileSize = QSize();
    m_columns = 1;
    m_problem.clear();
}

bool RunThumbnails::load(const QString& runFolder) {
    clear();
    ThumbnailIndex index;
    try {
        index = readThumbnailIndex(runFolder.toStdString());
    } catch (const InputError& e) {
        m_problem = coreMessageText(e.what());
        return false;
    }
    const QString pngPath = QString::fromStdString(index.spritePath);
    if (!m_sprite.load(pngPath)) {
        m_problem = QCoreApplication::translate("RunThumbnails", "%1: cannot be read as an image")
                        .arg(pngPath);
        return false;
    }
    m_columns = index.gridColumns;
    m_tileSize = QSize(index.tileWidth, index.tileHeight);
    const auto tiles = static_cast<qint64>(index.datasetIndices.size());
    const qint64 rows = (tiles + m_columns - 1) / m_columns;
    if (m_sprite.width() < qint64(m_columns) * index.tileWidth ||
        m_sprite.height() < rows * index.tileHeight) {
        m_problem =
            QCoreApplication::translate(
                "RunThumbnails", "%1 is %2 x %3 px, smaller than its sidecar's %4 x %5 tiles")
                .arg(pngPath)
                .arg(m_sprite.width())
                .arg(m_sprite.height())
                .arg(m_columns)
                .arg(rows);
        m_sprite = QImage();
        return false;
    }
    for (size_t i = 0; i < index.datasetIndices.size(); ++i)
        m_tiles.insert(index.datasetIndices[i], Tile{static_cast<int>(i), index.labels[i]});
    return true;
}

QImage RunThumbnails::image(qint64 datasetIndex) const {
    const auto it = m_tiles.constFind(datasetIndex);
    if (it == m_tiles.cend()) return {};
    const int column = it->position % m_columns;
    const int row = it->position / m_columns;
    return m_sprite.copy(column * m_tileSize.width(), row * m_tileSize.height(), m_tileSize.width(),
                         m_tileSize.height());
}

int RunThumbnails::label(qint64 datasetIndex) const {
    const auto it = m_tiles.constFind(datasetIndex);
    return it == m_tiles.cend() ? -1 : it->label;
}

}  // namespace grindstone::widgets
