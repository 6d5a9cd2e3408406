#include "widgets/embedding/EmbeddingView.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <QPainter>
#include <QRubberBand>
#include <QSaveFile>
#include <QSurfaceFormat>
#include <QToolTip>

#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkMatrix4x4.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>

#include "widgets/embedding/PaintOverlay.h"
#include "widgets/embedding/SceneLayers.h"
#include "widgets/embedding/SceneLegend.h"
#include "widgets/embedding/ScreenProjection.h"
#include "widgets/selection/SampleSelection.h"

namespace grindstone::widgets {

EmbeddingView::EmbeddingView(QWidget* parent) : QOpenGLWidget(parent) {
    // VTK's shaders need a 3.2 core profile (gl_PointCoord for the glyphs, too).
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(0);
    format.setSamples(0);
    setFormat(format);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);

    m_window = vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New();
    m_window->SetOwnContext(false);
    m_window->SetFrameBlitModeToBlitToCurrent();
    m_window->SetMultiSamples(0);
    m_window->SetReadyForRendering(false);
    m_window->AddObserver(vtkCommand::WindowMakeCurrentEvent, this, &EmbeddingView::onMakeCurrent);
    m_window->AddObserver(vtkCommand::WindowIsCurrentEvent, this, &EmbeddingView::onIsCurrent);
    m_renderer = vtkSmartPointer<vtkRenderer>::New();
    m_renderer->SetBackground(1, 1, 1);
    m_renderer->SetBackgroundAlpha(1);  // opaque: Qt composes the widget over the window
    m_window->AddRenderer(m_renderer);
    m_highlights = vtkSmartPointer<vtkRenderer>::New();
    m_highlights->SetLayer(1);
    m_highlights->SetActiveCamera(m_renderer->GetActiveCamera());
    m_highlights->InteractiveOff();
    m_window->SetNumberOfLayers(2);
    m_window->AddRenderer(m_highlights);
    m_layers = std::make_unique<SceneLayers>(m_renderer, m_highlights);

    m_legend = new PaintOverlay(this, [this](QPainter& painter, const QRectF& area) {
        if (m_hasScene) paintLegend(painter, area, m_legendContent, 1.0);
    });
    m_axes = new PaintOverlay(
        this, [this](QPainter& painter, const QRectF& area) { paintAxes(painter, area, 1.0); });
    m_axes->resize(100, 100);
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, [this] { setInteracting(false); });
    setMouseTracking(true);
    m_hover.setSingleShot(true);
    m_hover.setInterval(300);
    connect(&m_hover, &QTimer::timeout, this, [this] {
        const int i = pointAt(m_hoverPos);
        if (i < 0) return QToolTip::hideText();
        const ScenePoint& p = m_scene.points[size_t(i)];
        QString text =
            m_scene.className(p.label) + QStringLiteral(" \u00b7 ") + pointKindName(p.kind);
        if (!std::isnan(p.hardness))
            text += tr(" \u00b7 hardness %1").arg(QLocale().toString(double(p.hardness), 'g', 3));
        QToolTip::showText(mapToGlobal(m_hoverPos), text, this);
    });
}

EmbeddingView::~EmbeddingView() {
    // GL resources belong to this widget's context: release them while it is current. The
    // context dies after this body, with the members: it must not call releaseGl then.
    if (context()) disconnect(context(), nullptr, this, nullptr);
    makeCurrent();
    m_layers.reset();
    m_window->Finalize();
    doneCurrent();
}

void EmbeddingView::releaseGl() {
    makeCurrent();
    m_window->Finalize();
    m_window->SetReadyForRendering(false);
    doneCurrent();
}

void EmbeddingView::onMakeCurrent(vtkObject*, unsigned long, void*) {
    if (context() && QOpenGLContext::currentContext() != context()) makeCurrent();
}

void EmbeddingView::onIsCurrent(vtkObject*, unsigned long, void* callData) {
    *static_cast<bool*>(callData) = context() && QOpenGLContext::currentContext() == context();
}

void EmbeddingView::initializeGL() {
    // Qt replaces the context when the widget moves to another window (a dock floated or
    // docked): VTK must let go of the old one first, and initializes again here.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &EmbeddingView::releaseGl,
            Qt::DirectConnection);
    m_window->SetIsDirect(true);
    m_window->SetSupportsOpenGL(true);
    m_window->SetReadyForRendering(true);
    m_window->OpenGLInitContext();
}

void EmbeddingView::resizeGL(int w, int h) {
    const double ratio = devicePixelRatioF();
    m_window->SetSize(int(w * ratio), int(h * ratio));
}

void EmbeddingView::renderVtk(int width, int height) {
    m_window->SetSize(width, height);
    // Qt changed GL state since VTK's last frame: VTK must read it afresh, and restore it.
    vtkOpenGLState* state = m_window->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    QElapsedTimer timer;
    timer.start();
    m_window->Render();
    m_lastRenderMs = double(timer.nsecsElapsed()) / 1e6;
    ++m_frames;
    state->Pop();
}

void EmbeddingView::paintGL() {
    const double ratio = devicePixelRatioF();
    renderVtk(int(width() * ratio), int(height() * ratio));
}

void EmbeddingView::paintAxes(QPainter& painter, const QRectF& area, double scale) const {
    if (!m_hasScene) return;
    vtkMatrix4x4* view = m_renderer->GetActiveCamera()->GetViewTransformMatrix();
    double rows[3][3];
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            rows[r][c] = view->GetElement(r, c);
    paintAxesTriad(painter, area, rows, scale);
}

void EmbeddingView::paintOverlay(QPainter& painter, const QRectF& area, double scale) const {
    if (!m_hasScene) return;
    painter.setFont(font());
    paintLegend(painter, legendRect(area, m_legendContent, font(), scale), m_legendContent, scale);
    paintAxes(painter, area, scale);
}

void EmbeddingView::updateLegend() {
    m_legendContent =
        makeLegend(m_scene, m_colorMode, m_layers->presentKinds(), m_layers->hardnessRange());
    placeOverlays();
    m_legend->update();
}

void EmbeddingView::placeOverlays() {
    const QRectF box = legendRect(QRectF(rect()), m_legendContent, font(), 1.0);
    m_legend->setGeometry(box.toAlignedRect());
    m_legend->setVisible(m_hasScene);
    m_axes->move(0, height() - m_axes->height());
}

void EmbeddingView::resizeEvent(QResizeEvent* event) {
    QOpenGLWidget::resizeEvent(event);
    placeOverlays();
}

void EmbeddingView::setScene(EmbeddingScene scene, bool reset) {
    makeCurrent();
    m_scene = std::move(scene);
    m_layers->setScene(m_scene);
    m_layers->setColorMode(m_colorMode);
    const bool first = !m_hasScene;
    m_hasScene = true;
    m_picked = -1;
    applySelection();
    doneCurrent();
    if (first || reset) resetCamera();
    updateLegend();
    update();
    Q_EMIT sceneChanged();
}

void EmbeddingView::setSelectionModel(SampleSelection* selection) {
    if (m_selection) disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &SampleSelection::changed, this, [this] { applySelection(); });
    applySelection();
}

void EmbeddingView::applySelection() {
    std::vector<int> selected;
    if (m_selection)
        for (int i : m_selection->indices())
            if (i >= 0 && size_t(i) < m_scene.points.size()) selected.push_back(i);
    m_layers->setHighlight(selected, m_picked);
    update();
}

void EmbeddingView::setColorMode(ColorMode mode) {
    if (mode == m_colorMode) return;
    m_colorMode = mode;
    m_layers->setColorMode(mode);
    updateLegend();
    update();
    Q_EMIT displayChanged();
}

bool EmbeddingView::isKindVisible(PointKind kind) const {
    return m_layers->isKindVisible(kind);
}

void EmbeddingView::setKindVisible(PointKind kind, bool visible) {
    if (visible == isKindVisible(kind)) return;
    m_layers->setKindVisible(kind, visible);
    update();
    Q_EMIT displayChanged();
}

void EmbeddingView::setTripletsVisible(bool visible) {
    if (visible == m_tripletsVisible) return;
    m_tripletsVisible = visible;
    m_layers->setTripletsVisible(visible);
    update();
    Q_EMIT displayChanged();
}

void EmbeddingView::setPointSize(double pixels) {
    if (pixels == m_pointSize) return;
    m_pointSize = pixels;
    m_layers->setPointSize(pixels);
    update();
    Q_EMIT displayChanged();
}

void EmbeddingView::followDisplay(const EmbeddingView& other) {
    setColorMode(other.colorMode());
    for (int k = 0; k < kPointKindCount; ++k)
        setKindVisible(static_cast<PointKind>(k), other.isKindVisible(static_cast<PointKind>(k)));
    setTripletsVisible(other.tripletsVisible());
    setPointSize(other.pointSize());
}

std::vector<PointKind> EmbeddingView::presentKinds() const {
    return m_layers->presentKinds();
}

void EmbeddingView::setInteracting(bool interacting) {
    m_layers->setInteracting(interacting);
    update();
}

void EmbeddingView::setPickedPoint(int index) {
    m_picked = index >= 0 && size_t(index) < m_scene.points.size() ? index : -1;
    applySelection();
    Q_EMIT pointPicked(m_picked);
}

bool EmbeddingView::isShown(int index) const {
    return m_layers->isKindVisible(m_scene.points[size_t(index)].kind);
}

ScreenProjection EmbeddingView::projection() const {
    return ScreenProjection(m_renderer->GetActiveCamera(), QSizeF(size()));
}

QPointF EmbeddingView::screenPosition(int index) const {
    const ScenePoint& p = m_scene.points.at(size_t(index));
    return projection().toScreen(p.x, p.y, p.z);
}

int EmbeddingView::pointAt(QPointF pos) const {
    return projection().nearest(
        m_scene, [this](int i) { return isShown(i); }, pos, m_pointSize / 2 + 3);
}

std::vector<int> EmbeddingView::pointsIn(const QRectF& box) const {
    return projection().inside(
        m_scene, [this](int i) { return isShown(i); }, box);
}

QImage EmbeddingView::renderImage(QSize size) {
    if (!context() || size.isEmpty()) return {};
    const double scale = double(size.height()) / std::max(1, height());
    makeCurrent();
    QImage image;
    {
        QOpenGLFramebufferObject target(size, QOpenGLFramebufferObject::Depth);
        target.bind();
        m_layers->setPointSize(m_pointSize * scale);
        renderVtk(size.width(), size.height());
        m_layers->setPointSize(m_pointSize);
        image = target.toImage().convertToFormat(QImage::Format_RGB32);
        target.release();
    }
    const double ratio = devicePixelRatioF();
    m_window->SetSize(int(width() * ratio), int(height() * ratio));
    doneCurrent();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintOverlay(painter, QRectF(QPointF(0, 0), QSizeF(size)), scale);
    return image;
}

bool EmbeddingView::exportPng(const QString& path, QSize size, QString* error) {
    const QImage image = renderImage(size);
    QSaveFile file(path);
    if (image.isNull()) {
        if (error) *error = tr("the view could not be rendered (no OpenGL context)");
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error) *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace grindstone::widgets
