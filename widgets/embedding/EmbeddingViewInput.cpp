// EmbeddingView: mouse, keys and camera moves (our own: no VTK interactor behind a
// QOpenGLWidget), picking and box selection.
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkMath.h>
#include <vtkRenderer.h>

#include <cmath>

#include "widgets/embedding/EmbeddingView.h"
#include "widgets/embedding/PaintOverlay.h"
#include "widgets/embedding/SceneLayers.h"
#include "widgets/selection/SampleSelection.h"

namespace grindstone::widgets {

namespace {

constexpr double kDegreesPerPixel = 0.4;
constexpr int kClickSlop = 3;  // pixels a click may move and still be a click

bool sameCamera(vtkCamera* a, vtkCamera* b) {
    const auto same3 = [](const double* x, const double* y) {
        return x[0] == y[0] && x[1] == y[1] && x[2] == y[2];
    };
    return same3(a->GetPosition(), b->GetPosition()) &&
           same3(a->GetFocalPoint(), b->GetFocalPoint()) && same3(a->GetViewUp(), b->GetViewUp()) &&
           a->GetParallelProjection() == b->GetParallelProjection() &&
           a->GetParallelScale() == b->GetParallelScale() && a->GetViewAngle() == b->GetViewAngle();
}

}  // namespace

void EmbeddingView::resetCamera() {
    vtkCamera* camera = m_renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0, 0, 1);
    camera->SetViewUp(0, 1, 0);
    // A slight turn shows all three axes at once.
    camera->Azimuth(30);
    camera->Elevation(20);
    camera->OrthogonalizeViewUp();
    m_renderer->ResetCamera();
    // ResetCamera fits the bounding sphere, which leaves the cloud small: come closer.
    m_renderer->GetActiveCamera()->Dolly(1.3);
    cameraMoved();
}

void EmbeddingView::followCamera(const EmbeddingView& other) {
    if (&other == this) return;
    vtkCamera* camera = m_renderer->GetActiveCamera();
    vtkCamera* source = other.m_renderer->GetActiveCamera();
    // Linked views call each other back: stop when there is nothing new.
    if (sameCamera(camera, source)) return;
    camera->DeepCopy(source);
    cameraMoved();
}

void EmbeddingView::cameraMoved() {
    m_renderer->ResetCameraClippingRange();
    Q_EMIT cameraChanged();
    m_axes->update();  // the axes triad turns with the camera
    update();
}

bool EmbeddingView::parallelProjection() const {
    return m_renderer->GetActiveCamera()->GetParallelProjection();
}

void EmbeddingView::setParallelProjection(bool parallel) {
    vtkCamera* camera = m_renderer->GetActiveCamera();
    if (bool(camera->GetParallelProjection()) == parallel) return;
    // Keep the apparent size: the parallel scale matches the perspective frustum at the
    // focal point.
    const double halfAngle = vtkMath::RadiansFromDegrees(camera->GetViewAngle() / 2);
    if (parallel) camera->SetParallelScale(camera->GetDistance() * std::tan(halfAngle));
    camera->SetParallelProjection(parallel);
    cameraMoved();
}

void EmbeddingView::rotateCamera(double azimuthDegrees, double elevationDegrees) {
    vtkCamera* camera = m_renderer->GetActiveCamera();
    camera->Azimuth(azimuthDegrees);
    camera->Elevation(elevationDegrees);
    camera->OrthogonalizeViewUp();
    cameraMoved();
}

void EmbeddingView::zoomCamera(double factor) {
    vtkCamera* camera = m_renderer->GetActiveCamera();
    if (camera->GetParallelProjection())
        camera->SetParallelScale(camera->GetParallelScale() / factor);
    else
        camera->Dolly(factor);
    cameraMoved();
}

void EmbeddingView::panCamera(QPointF pixels) {
    vtkCamera* camera = m_renderer->GetActiveCamera();
    const double halfHeight =
        camera->GetParallelProjection()
            ? camera->GetParallelScale()
            : camera->GetDistance() *
                  std::tan(vtkMath::RadiansFromDegrees(camera->GetViewAngle() / 2));
    const double perPixel = 2 * halfHeight / std::max(1, height());
    double up[3], forward[3], right[3];
    camera->GetViewUp(up);
    camera->GetDirectionOfProjection(forward);
    vtkMath::Cross(forward, up, right);
    double focal[3], position[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    for (int i = 0; i < 3; ++i) {
        // Dragging right moves the scene right: the camera goes left.
        const double shift = (-pixels.x() * right[i] + pixels.y() * up[i]) * perPixel;
        focal[i] += shift;
        position[i] += shift;
    }
    camera->SetFocalPoint(focal);
    camera->SetPosition(position);
    cameraMoved();
}

void EmbeddingView::mousePressEvent(QMouseEvent* event) {
    m_pressPos = m_lastPos = event->position().toPoint();
    m_moved = false;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->button() == Qt::LeftButton)
        m_drag = shift ? Drag::Select : ctrl ? Drag::Pan : Drag::Rotate;
    else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)
        m_drag = Drag::Pan;
    if (m_drag == Drag::Select) {
        m_rubberBand->setGeometry(QRect(m_pressPos, QSize()));
        m_rubberBand->show();
    }
    event->accept();
}

void EmbeddingView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        m_hoverPos = pos;
        m_hover.start();
        return;
    }
    m_hover.stop();
    if (!m_moved && (pos - m_pressPos).manhattanLength() <= kClickSlop) return;
    if (!m_moved && m_drag != Drag::Select) setInteracting(true);
    m_moved = true;
    const QPoint delta = pos - m_lastPos;
    m_lastPos = pos;
    switch (m_drag) {
        case Drag::Rotate:
            rotateCamera(-delta.x() * kDegreesPerPixel, delta.y() * kDegreesPerPixel);
            break;
        case Drag::Pan:
            panCamera(delta);
            break;
        case Drag::Select:
            m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
            break;
        case Drag::None:
            break;
    }
}

void EmbeddingView::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Select) {
        m_rubberBand->hide();
        const std::vector<int> found =
            m_moved ? pointsIn(QRectF(QRect(m_pressPos, event->position().toPoint()).normalized()))
                    : std::vector<int>{};
        if (m_selection) m_selection->setIndices(QList<int>(found.begin(), found.end()), this);
    } else if (!m_moved && drag == Drag::Rotate) {
        setPickedPoint(pointAt(event->position()));
    }
    if (m_moved) setInteracting(false);
    event->accept();
}

void EmbeddingView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const int index = pointAt(event->position());
    // The release that follows must not pick again where the point was before centring.
    m_drag = Drag::None;
    if (index >= 0) {
        setPickedPoint(index);
        centreOn(index);
    }
    event->accept();
}

void EmbeddingView::centreOn(int index) {
    if (index < 0 || size_t(index) >= m_scene.points.size()) return;
    const ScenePoint& p = m_scene.points[size_t(index)];
    vtkCamera* camera = m_renderer->GetActiveCamera();
    double focal[3], position[3];
    camera->GetFocalPoint(focal);
    camera->GetPosition(position);
    const double target[3] = {p.x, p.y, p.z};
    for (int i = 0; i < 3; ++i)
        position[i] += target[i] - focal[i];
    camera->SetFocalPoint(target);
    camera->SetPosition(position);
    cameraMoved();
}

void EmbeddingView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    setInteracting(true);
    zoomCamera(std::pow(1.15, steps));
    m_settle.start();
    event->accept();
}

void EmbeddingView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_R) {
        resetCamera();
        return;
    }
    QOpenGLWidget::keyPressEvent(event);
}

}  // namespace grindstone::widgets
