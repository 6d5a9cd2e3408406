#include "widgets/embedding/EmbeddingPanel.h"

#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/EmbeddingViewOptions.h"
#include "widgets/embedding/PointInfoPanel.h"

namespace grindstone::widgets {

EmbeddingPanel::EmbeddingPanel(SampleSelection* selection, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new EmbeddingView;
    m_view->setSelectionModel(selection);
    m_options = new EmbeddingViewOptions(m_view, this);
    layout->addWidget(m_options);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    m_info = new PointInfoPanel;
    m_info->setView(m_view);
    splitter->addWidget(m_info);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 320});
    layout->addWidget(splitter, 1);
}

}  // namespace grindstone::widgets
