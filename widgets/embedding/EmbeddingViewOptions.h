#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QToolButton;

namespace grindstone::widgets {

class EmbeddingView;

/// The embedding view's options strip: colour mode, which kinds are drawn (one menu),
/// triplet lines, point size, orthographic / perspective, reset camera, export PNG.
class EmbeddingViewOptions : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingViewOptions(EmbeddingView* view, QWidget* parent = nullptr);

    QComboBox* colorModeBox() const { return m_colorMode; }
    QToolButton* kindsButton() const { return m_kinds; }

private:
    void rebuildKindMenu();
    void exportPng();

    EmbeddingView* m_view;
    QComboBox* m_colorMode;
    QToolButton* m_kinds;
    QToolButton* m_triplets;
    QDoubleSpinBox* m_pointSize;
    QToolButton* m_ortho;
};

}  // namespace grindstone::widgets
