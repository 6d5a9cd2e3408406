#include "RunThumbnails.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    const QString jsonPath = runFolder + QStringLiteral("/thumbnails/images.json");
    const QString pngPath = runFolder + QStringLiteral("/thumbnails/images.png");
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("%1: cannot be read (%2)").arg(jsonPath, file.errorString());
        return false;
    }
    QJsonParseError error;
    const QJsonObject side = QJsonDocument::fromJson(file.readAll(), &error).object();
    const QJsonArray indices = side.value(QStringLiteral("dataset_indices")).toArray();
    const QJsonArray labels = side.value(QStringLiteral("labels")).toArray();
    const int width = side.value(QStringLiteral("tile_width")).toInt();
    const int height = side.value(QStringLiteral("tile_height")).toInt();
    m_columns = side.value(QStringLiteral("grid_columns")).toInt();
    if (error.error != QJsonParseError::NoError || width < 1 || height < 1 || m_columns < 1 ||
        labels.size() != indices.size()) {
        m_problem = QStringLiteral(
                        "%1: not a thumbnails sidecar (tile_width, tile_height, "
                        "grid_columns, dataset_indices and labels expected)")
                        .arg(jsonPath);
        return false;
    }
    if (!m_sprite.load(pngPath)) {
        m_problem = QStringLiteral("%1: cannot be read as an image").arg(pngPath);
        return false;
    }
    m_tileSize = QSize(width, height);
    const int rows = static_cast<int>((indices.size() + m_columns - 1) / m_columns);
    if (m_sprite.width() < m_columns * width || m_sprite.height() < rows * height) {
        m_problem = QStringLiteral("%1 is %2 x %3 px, smaller than its sidecar's %4 x %5 tiles")
                        .arg(pngPath)
                        .arg(m_sprite.width())
                        .arg(m_sprite.height())
                        .arg(m_columns)
                        .arg(rows);
        m_sprite = QImage();
        return false;
    }
    for (qsizetype i = 0; i < indices.size(); ++i)
        m_tiles.insert(indices.at(i).toInteger(),
                       Tile{static_cast<int>(i), labels.at(i).toInt(-1)});
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
