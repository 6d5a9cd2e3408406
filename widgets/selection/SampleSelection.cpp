#include "widgets/selection/SampleSelection.h"

#include <algorithm>

namespace grindstone::widgets {

SampleSelection::SampleSelection(QObject* parent) : QObject(parent) {}

bool SampleSelection::contains(int index) const {
    return std::binary_search(m_indices.begin(), m_indices.end(), index);
}

void SampleSelection::setIndices(QList<int> indices, QObject* origin) {
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    if (indices == m_indices) return;
    m_indices = std::move(indices);
    Q_EMIT changed(origin);
}

}  // namespace grindstone::widgets
