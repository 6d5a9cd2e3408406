#pragma once

#include <QImage>
#include <QOpenGLWidget>
#include <QPointer>
#include <QTimer>

#include <vtkSmartPointer.h>

#include <memory>
#include <vector>

#include "widgets/embedding/EmbeddingScene.h"
#include "widgets/embedding/SceneLegend.h"
#include "widgets/embedding/SceneStyle.h"
#include "widgets/selection/SampleSelection.h"

class QRubberBand;
class vtkGenericOpenGLRenderWindow;
class vtkObject;
class vtkRenderer;

namespace grindstone::widgets {

class PaintOverlay;
class SceneLayers;
class ScreenProjection;

/// The 3D embedding view: a QOpenGLWidget hosting a vtkGenericOpenGLRenderWindow (Debian's
/// VTK Qt module is Qt 5 only). Mouse: left-drag rotates, right- or middle-drag (or
/// ctrl+left) pans, the wheel zooms, a click picks a point, a double-click centres on it,
/// shift+drag selects a box into the shared SampleSelection, resting over a point shows its
/// class and kind; R resets the camera. The scene is plain data
/// (EmbeddingScene); nothing here knows about training.
class EmbeddingView : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit EmbeddingView(QWidget* parent = nullptr);
    ~EmbeddingView() override;

    /// Replaces what is shown. The camera is reset when `resetCamera` (the first scene
    /// always), otherwise kept so snapshots can be scrubbed without the view jumping.
    void setScene(EmbeddingScene scene, bool resetCamera = false);
    const EmbeddingScene& scene() const { return m_scene; }

    /// Box selections go here and highlights follow it (also changes made by other views).
    void setSelectionModel(SampleSelection* selection);
    SampleSelection* selectionModel() const { return m_selection; }

    ColorMode colorMode() const { return m_colorMode; }
    void setColorMode(ColorMode mode);
    bool isKindVisible(PointKind kind) const;
    void setKindVisible(PointKind kind, bool visible);
    void setTripletsVisible(bool visible);
    bool tripletsVisible() const { return m_tripletsVisible; }
    double pointSize() const { return m_pointSize; }
    void setPointSize(double pixels);
    bool parallelProjection() const;
    void setParallelProjection(bool parallel);
    /// Kinds present in the scene (for the options strip).
    std::vector<PointKind> presentKinds() const;

    void resetCamera();
    /// Camera moves in degrees and zoom factors (>1 zooms in), as the mouse does them.
    void rotateCamera(double azimuthDegrees, double elevationDegrees);
    void zoomCamera(double factor);
    /// Moves the camera (not turning it) so that point `index` is in the middle of the view.
    void centreOn(int index);
    void panCamera(QPointF pixels);
    /// Takes `other`'s camera (position, focal point, up, zoom, projection): linked views of
    /// two runs connect one's cameraChanged to the other's followCamera.
    void followCamera(const EmbeddingView& other);
    /// Takes `other`'s colour mode, drawn kinds, triplet lines and point size: two runs' views
    /// driven by one options strip connect one's displayChanged to the other's followDisplay.
    void followDisplay(const EmbeddingView& other);
    /// While interacting a subsample of the large kinds is drawn (level of detail).
    void setInteracting(bool interacting);

    /// The picked point (-1: none); setting it highlights it and emits pointPicked.
    int pickedPoint() const { return m_picked; }
    void setPickedPoint(int index);
    /// Where a point is drawn, in widget coordinates.
    QPointF screenPosition(int index) const;
    /// The shown point nearest to `pos` within its glyph (plus a few pixels), or -1.
    int pointAt(QPointF pos) const;
    std::vector<int> pointsIn(const QRectF& box) const;

    /// The view as an image of `size` pixels (legend and axes included), rendered offscreen:
    /// glyphs and text scaled with the height so it looks like the screen, only sharper.
    QImage renderImage(QSize size);
    bool exportPng(const QString& path, QSize size, QString* error);

    /// Milliseconds the last paintGL spent in VTK's render (for the benchmark).
    double lastRenderMs() const { return m_lastRenderMs; }
    /// Frames drawn so far (the benchmark checks that each update drew one).
    int renderedFrames() const { return m_frames; }

Q_SIGNALS:
    void pointPicked(int index);
    /// The camera moved (mouse, reset, projection change or followCamera).
    void cameraChanged();
    void sceneChanged();
    /// Colour mode, a kind's visibility, triplet lines or point size changed.
    void displayChanged();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Drag { None, Rotate, Pan, Select };

    void releaseGl();
    void onMakeCurrent(vtkObject*, unsigned long, void*);
    void onIsCurrent(vtkObject*, unsigned long, void* callData);
    void renderVtk(int width, int height);
    void paintOverlay(QPainter& painter, const QRectF& area, double scale) const;
    void paintAxes(QPainter& painter, const QRectF& area, double scale) const;
    void updateLegend();
    void placeOverlays();
    ScreenProjection projection() const;
    bool isShown(int index) const;
    void applySelection();
    void cameraMoved();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> m_window;
    vtkSmartPointer<vtkRenderer> m_renderer;
    vtkSmartPointer<vtkRenderer> m_highlights;  // layer 1: rings over the points
    std::unique_ptr<SceneLayers> m_layers;
    EmbeddingScene m_scene;
    bool m_hasScene = false;
    QPointer<SampleSelection> m_selection;
    PaintOverlay* m_legend = nullptr;
    PaintOverlay* m_axes = nullptr;
    SceneLegend m_legendContent;
    QRubberBand* m_rubberBand = nullptr;
    QTimer m_settle;  // back to full detail after the wheel stops
    QTimer m_hover;   // a tooltip for the point under a mouse that rests
    QPoint m_hoverPos;
    ColorMode m_colorMode = ColorMode::ByClass;
    double m_pointSize = 5;
    bool m_tripletsVisible = true;
    int m_picked = -1;
    Drag m_drag = Drag::None;
    QPoint m_pressPos, m_lastPos;
    bool m_moved = false;
    double m_lastRenderMs = 0;
    int m_frames = 0;
};

}  // namespace grindstone::widgets
