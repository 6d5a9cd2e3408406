#pragma once

#include <vtkSmartPointer.h>

#include <array>
#include <vector>

#include "widgets/embedding/EmbeddingScene.h"
#include "widgets/embedding/SceneStyle.h"

class vtkActor;
class vtkPolyData;
class vtkRenderer;
class vtkUnsignedCharArray;

namespace grindstone::widgets {

/// The VTK side of the embedding view: one actor per point kind (its glyph drawn by a point
/// sprite shader, so no glyph geometry), a level-of-detail twin per kind drawn while the
/// camera moves, triplet lines and highlights. Geometry is uploaded when the scene changes;
/// colours when the colour mode changes; a camera move re-executes nothing.
class SceneLayers {
public:
    /// Points and lines go to `renderer`; highlight rings to `overlay`, a renderer in a layer
    /// above sharing its camera, so a picked point's ring shows even inside a dense cloud.
    SceneLayers(vtkRenderer* renderer, vtkRenderer* overlay);
    ~SceneLayers();
    SceneLayers(const SceneLayers&) = delete;
    SceneLayers& operator=(const SceneLayers&) = delete;

    /// At most this many points in total are drawn while interacting.
    static constexpr int kLodBudget = 6000;

    void setScene(const EmbeddingScene& scene);
    void setColorMode(ColorMode mode);
    void setPointSize(double pixels);
    void setKindVisible(PointKind kind, bool visible);
    bool isKindVisible(PointKind kind) const { return m_kindVisible[size_t(kind)]; }
    void setTripletsVisible(bool visible);
    /// Subsampled point sets while the camera moves; all points when still.
    void setInteracting(bool interacting);
    /// Ring markers around these points (selection) and a larger one (the picked point).
    void setHighlight(const std::vector<int>& selected, int picked);

    /// Hardness range of the scene's defined values (for the colour bar); {0, 1} when none.
    std::pair<float, float> hardnessRange() const { return m_hardnessRange; }
    /// Kinds present in the scene, in legend order.
    std::vector<PointKind> presentKinds() const;
    double pointSize() const { return m_pointSize; }

private:
    struct KindLayer {
        std::vector<int> indices;  // scene indices of this kind's points
        size_t lodStride = 1;      // lod holds every lodStride-th of them
        vtkSmartPointer<vtkPolyData> full, lod;
        vtkSmartPointer<vtkActor> fullActor, lodActor;
    };

    void buildKind(PointKind kind, std::vector<int> indices, int lodStride);
    void buildTriplets();
    void updateColors();
    void updateVisibility();
    vtkSmartPointer<vtkActor> makeSpriteActor(vtkPolyData* data, GlyphShape shape,
                                              double size) const;

    vtkRenderer* m_renderer;
    vtkRenderer* m_overlay;
    const EmbeddingScene* m_scene = nullptr;
    std::array<KindLayer, kPointKindCount> m_layers;
    std::array<bool, kPointKindCount> m_kindVisible;
    vtkSmartPointer<vtkActor> m_triplets, m_selection, m_picked;
    ColorMode m_mode = ColorMode::ByClass;
    double m_pointSize = 5;
    bool m_interacting = false;
    bool m_tripletsVisible = true;
    std::pair<float, float> m_hardnessRange{0.f, 1.f};
};

}  // namespace grindstone::widgets
