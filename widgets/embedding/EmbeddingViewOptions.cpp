#include "widgets/embedding/EmbeddingViewOptions.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolButton>

#include "widgets/embedding/EmbeddingView.h"

namespace grindstone::widgets {

namespace {

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

EmbeddingViewOptions::EmbeddingViewOptions(EmbeddingView* view, QWidget* parent)
    : QWidget(parent), m_view(view) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Colour:"), this));
    m_colorMode = new QComboBox(this);
    for (ColorMode mode :
         {ColorMode::ByClass, ColorMode::ByKind, ColorMode::ByHardness, ColorMode::BySplit})
        m_colorMode->addItem(colorModeName(mode), int(mode));
    m_colorMode->setCurrentIndex(m_colorMode->findData(int(view->colorMode())));
    connect(m_colorMode, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setColorMode(ColorMode(m_colorMode->currentData().toInt())); });
    layout->addWidget(m_colorMode);

    m_kinds = toolButton(this, tr("Kinds"), tr("Which kinds of points to draw"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_kinds->setMenu(new QMenu(m_kinds));
    layout->addWidget(m_kinds);
    connect(view, &EmbeddingView::sceneChanged, this, &EmbeddingViewOptions::rebuildKindMenu);

    m_triplets = toolButton(this, tr("Triplets"),
                            tr("Lines anchor - positive and anchor - generated negative"));
    m_triplets->setCheckable(true);
    m_triplets->setChecked(view->tripletsVisible());
    connect(m_triplets, &QToolButton::toggled, view, &EmbeddingView::setTripletsVisible);
    layout->addWidget(m_triplets);

    layout->addWidget(new QLabel(tr("Size:"), this));
    m_pointSize = new QDoubleSpinBox(this);
    m_pointSize->setRange(1, 30);
    m_pointSize->setDecimals(0);
    m_pointSize->setSuffix(tr(" px"));
    m_pointSize->setValue(view->pointSize());
    m_pointSize->setToolTip(tr("Point size in pixels"));
    connect(m_pointSize, &QDoubleSpinBox::valueChanged, view, &EmbeddingView::setPointSize);
    layout->addWidget(m_pointSize);

    m_ortho =
        toolButton(this, tr("Orthographic"), tr("Orthographic projection (off: perspective)"));
    m_ortho->setCheckable(true);
    m_ortho->setChecked(view->parallelProjection());
    connect(m_ortho, &QToolButton::toggled, view, &EmbeddingView::setParallelProjection);
    layout->addWidget(m_ortho);

    auto* reset = toolButton(this, tr("Reset"), tr("Reset the camera (R)"));
    connect(reset, &QToolButton::clicked, view, &EmbeddingView::resetCamera);
    layout->addWidget(reset);
    auto* exportButton =
        toolButton(this, tr("Export PNG..."), tr("Save the view as a PNG image at a chosen size"));
    connect(exportButton, &QToolButton::clicked, this, &EmbeddingViewOptions::exportPng);
    layout->addWidget(exportButton);
    layout->addStretch();
    rebuildKindMenu();
}

void EmbeddingViewOptions::rebuildKindMenu() {
    QMenu* menu = m_kinds->menu();
    menu->clear();
    for (PointKind kind : m_view->presentKinds()) {
        QAction* action = menu->addAction(pointKindName(kind));
        action->setCheckable(true);
        action->setChecked(m_view->isKindVisible(kind));
        connect(action, &QAction::toggled, m_view,
                [this, kind](bool on) { m_view->setKindVisible(kind, on); });
    }
    m_kinds->setEnabled(!menu->isEmpty());
}

void EmbeddingViewOptions::exportPng() {
    const QSize suggested = m_view->size() * 2;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Export PNG"), tr("Image size (width x height):"), QLineEdit::Normal,
        // i18n: a size in the form the dialog parses
        QStringLiteral("%1x%2").arg(suggested.width()).arg(suggested.height()), &ok);
    if (!ok) return;
    const auto match =
        QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s*[xX*]\\s*(\\d+)\\s*$")).match(text);
    const QSize size =
        match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (size.isEmpty() || size.width() > 8000 || size.height() > 8000) {
        QMessageBox::warning(this, tr("Export PNG"),
                             tr("\"%1\" is not a size like 2000x1600 (at most "
                                "8000 on a side).")
                                 .arg(text));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PNG"),
                                     QStringLiteral("embedding.png"),  // i18n: a file name
                                     tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    QString error;
    if (!m_view->exportPng(path, size, &error)) QMessageBox::warning(this, tr("Export PNG"), error);
}

}  // namespace grindstone::widgets
