#pragma once

#include <QWidget>

#include "widgets/embedding/EmbeddingScene.h"

namespace grindstone::widgets {

class EmbeddingView;
class EmbeddingViewOptions;
class PointInfoPanel;
class SampleSelection;

/// The embedding view as the main window shows it: the options strip above the 3D view, the
/// picked point's information beside it. The app feeds scenes through view()->setScene and
/// images through info()->setImageProvider; `selection` is shared with the other views.
class EmbeddingPanel : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingPanel(SampleSelection* selection, QWidget* parent = nullptr);

    EmbeddingView* view() const { return m_view; }
    EmbeddingViewOptions* options() const { return m_options; }
    PointInfoPanel* info() const { return m_info; }

private:
    EmbeddingView* m_view;
    EmbeddingViewOptions* m_options;
    PointInfoPanel* m_info;
};

}  // namespace grindstone::widgets
