#include "widgets/embedding/SceneLayers.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkFloatArray.h>
#include <vtkIdTypeArray.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShaderProperty.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>

namespace grindstone::widgets {

namespace {

// Kinds this small are drawn whole even while the camera moves (generated samples are few
// and are what a person looks at).
constexpr size_t kAlwaysFull = 500;

vtkSmartPointer<vtkPolyData> pointCloud(const EmbeddingScene& scene,
                                        const std::vector<int>& indices) {
    const auto n = vtkIdType(indices.size());
    vtkNew<vtkPoints> points;
    points->SetDataTypeToFloat();
    points->SetNumberOfPoints(n);
    float* xyz = static_cast<vtkFloatArray*>(points->GetData())->GetPointer(0);
    vtkNew<vtkIdTypeArray> offsets, connectivity;
    offsets->SetNumberOfValues(n + 1);
    connectivity->SetNumberOfValues(n);
    for (vtkIdType i = 0; i < n; ++i) {
        const ScenePoint& p = scene.points[size_t(indices[size_t(i)])];
        xyz[3 * i] = p.x;
        xyz[3 * i + 1] = p.y;
        xyz[3 * i + 2] = p.z;
        offsets->SetValue(i, i);
        connectivity->SetValue(i, i);
    }
    offsets->SetValue(n, n);
    vtkNew<vtkCellArray> verts;
    verts->SetData(offsets, connectivity);
    auto data = vtkSmartPointer<vtkPolyData>::New();
    data->SetPoints(points);
    data->SetVerts(verts);
    return data;
}

void setColours(vtkPolyData* data, const std::vector<QColor>& colours) {
    vtkNew<vtkUnsignedCharArray> rgb;
    rgb->SetNumberOfComponents(3);
    rgb->SetNumberOfTuples(vtkIdType(colours.size()));
    unsigned char* out = rgb->GetPointer(0);
    for (size_t i = 0; i < colours.size(); ++i) {
        out[3 * i] = static_cast<unsigned char>(colours[i].red());
        out[3 * i + 1] = static_cast<unsigned char>(colours[i].green());
        out[3 * i + 2] = static_cast<unsigned char>(colours[i].blue());
    }
    data->GetPointData()->SetScalars(rgb);
}

vtkSmartPointer<vtkActor> flatActor(vtkPolyData* data) {
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(data);
    mapper->SetColorModeToDirectScalars();
    mapper->ScalarVisibilityOn();
    // The input is set directly, never by a pipeline: a render must not ask for an update.
    mapper->StaticOn();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->LightingOff();
    return actor;
}

// Generated and triplet points are few and what a person looks for: drawn larger than the
// evaluation cloud so their shapes read.
double sizeFactor(PointKind kind) {
    return kind == PointKind::EvalTest || kind == PointKind::EvalTrain ? 1.0 : 1.6;
}

}  // namespace

SceneLayers::SceneLayers(vtkRenderer* renderer, vtkRenderer* overlay)
    : m_renderer(renderer), m_overlay(overlay) {
    m_kindVisible.fill(true);
}

SceneLayers::~SceneLayers() {
    for (auto& layer : m_layers) {
        if (layer.fullActor) m_renderer->RemoveActor(layer.fullActor);
        if (layer.lodActor) m_renderer->RemoveActor(layer.lodActor);
    }
    if (m_triplets) m_renderer->RemoveActor(m_triplets);
    for (auto* actor : {m_selection.Get(), m_picked.Get()})
        if (actor) m_overlay->RemoveActor(actor);
}

vtkSmartPointer<vtkActor> SceneLayers::makeSpriteActor(vtkPolyData* data, GlyphShape shape,
                                                       double size) const {
    auto actor = flatActor(data);
    actor->GetProperty()->SetPointSize(float(size));
    // Each point is one GL point whose fragments outside the kind's shape are discarded:
    // one vertex per point instead of glyph geometry (see SceneStyle).
    const QString code = QStringLiteral(
                             "//VTK::Color::Impl\n"
                             "  { vec2 p = vec2(gl_PointCoord.x * 2.0 - 1.0, "
                             "1.0 - gl_PointCoord.y * 2.0);\n    ") +
                         glyphDiscardGlsl(shape) + QStringLiteral(" }\n");
    actor->GetShaderProperty()->AddFragmentShaderReplacement("//VTK::Color::Impl", true,
                                                             code.toStdString(), false);
    return actor;
}

void SceneLayers::setScene(const EmbeddingScene& scene) {
    m_scene = &scene;
    std::array<std::vector<int>, kPointKindCount> byKind;
    for (size_t i = 0; i < scene.points.size(); ++i)
        byKind[size_t(scene.points[i].kind)].push_back(int(i));
    size_t bulk = 0;
    for (const auto& indices : byKind)
        if (indices.size() > kAlwaysFull) bulk += indices.size();
    const int stride = int(std::max<size_t>(1, (bulk + kLodBudget - 1) / kLodBudget));
    for (int k = 0; k < kPointKindCount; ++k)
        buildKind(PointKind(k), std::move(byKind[k]), stride);

    float lo = INFINITY, hi = -INFINITY;
    for (const auto& p : scene.points)
        if (!std::isnan(p.hardness)) lo = std::min(lo, p.hardness), hi = std::max(hi, p.hardness);
    m_hardnessRange = lo <= hi ? std::pair{lo, hi > lo ? hi : lo + 1} : std::pair{0.f, 1.f};

    buildTriplets();
    setHighlight({}, -1);
    updateColors();
    updateVisibility();
}

void SceneLayers::buildKind(PointKind kind, std::vector<int> indices, int lodStride) {
    KindLayer& layer = m_layers[size_t(kind)];
    for (auto* actor : {layer.fullActor.Get(), layer.lodActor.Get()})
        if (actor) m_renderer->RemoveActor(actor);
    layer = KindLayer{};
    layer.indices = std::move(indices);
    if (layer.indices.empty()) return;
    const GlyphShape shape = glyphOf(kind);
    layer.full = pointCloud(*m_scene, layer.indices);
    layer.fullActor = makeSpriteActor(layer.full, shape, m_pointSize * sizeFactor(kind));
    m_renderer->AddActor(layer.fullActor);
    if (layer.indices.size() > kAlwaysFull && lodStride > 1) {
        layer.lodStride = size_t(lodStride);
        std::vector<int> subset;
        for (size_t i = 0; i < layer.indices.size(); i += size_t(lodStride))
            subset.push_back(layer.indices[i]);
        layer.lod = pointCloud(*m_scene, subset);
        layer.lodActor = makeSpriteActor(layer.lod, shape, m_pointSize * sizeFactor(kind));
        m_renderer->AddActor(layer.lodActor);
    }
}

void SceneLayers::buildTriplets() {
    if (m_triplets) m_renderer->RemoveActor(m_triplets);
    m_triplets = nullptr;
    if (!m_scene || m_scene->triplets.empty()) return;
    const auto& pts = m_scene->points;
    vtkNew<vtkPoints> points;
    points->SetDataTypeToFloat();
    vtkNew<vtkCellArray> lines;
    vtkNew<vtkUnsignedCharArray> rgb;
    rgb->SetNumberOfComponents(3);
    const auto valid = [&](int i) { return i >= 0 && size_t(i) < pts.size(); };
    for (const TripletLine& t : m_scene->triplets) {
        if (!valid(t.anchor) || !valid(t.positive) || !valid(t.negative)) continue;
        const vtkIdType a = points->InsertNextPoint(
            pts[size_t(t.anchor)].x, pts[size_t(t.anchor)].y, pts[size_t(t.anchor)].z);
        for (int end : {t.positive, t.negative}) {
            const vtkIdType b =
                points->InsertNextPoint(pts[size_t(end)].x, pts[size_t(end)].y, pts[size_t(end)].z);
            const vtkIdType ids[2] = {a, b};
            lines->InsertNextCell(2, ids);
            // The positive's line is lighter: both say "violated or not", the negative's
            // line is the one the margin is about.
            QColor c = tripletColor(t.violatesMargin);
            if (end == t.positive) c = c.lighter(150);
            rgb->InsertNextTuple3(c.red(), c.green(), c.blue());
        }
    }
    vtkNew<vtkPolyData> data;
    data->SetPoints(points);
    data->SetLines(lines);
    data->GetCellData()->SetScalars(rgb);
    m_triplets = flatActor(data);
    // Thin: hundreds of lines cross the cloud and must not hide it.
    m_triplets->GetProperty()->SetLineWidth(1.0f);
    m_renderer->AddActor(m_triplets);
}

void SceneLayers::updateColors() {
    if (!m_scene) return;
    const auto [lo, hi] = m_hardnessRange;
    const auto colourOf = [&, lo = lo, hi = hi](const ScenePoint& p) {
        switch (m_mode) {
            case ColorMode::ByClass:
                return classColor(p.label);
            case ColorMode::ByKind:
                return kindColor(p.kind);
            case ColorMode::ByHardness:
                return std::isnan(p.hardness) ? undefinedHardnessColor()
                                              : hardnessColor((p.hardness - lo) / (hi - lo));
            case ColorMode::BySplit:
                return splitColor(p.split);
        }
        return QColor();
    };
    for (auto& layer : m_layers) {
        if (layer.indices.empty()) continue;
        std::vector<QColor> colours;
        colours.reserve(layer.indices.size());
        for (int i : layer.indices)
            colours.push_back(colourOf(m_scene->points[size_t(i)]));
        setColours(layer.full, colours);
        if (!layer.lod) continue;
        std::vector<QColor> subset;
        for (size_t i = 0; i < colours.size(); i += layer.lodStride)
            subset.push_back(colours[i]);
        setColours(layer.lod, subset);
    }
}

void SceneLayers::updateVisibility() {
    for (size_t k = 0; k < m_layers.size(); ++k) {
        KindLayer& layer = m_layers[k];
        if (!layer.fullActor) continue;
        const bool lodShown = m_interacting && layer.lodActor;
        layer.fullActor->SetVisibility(m_kindVisible[k] && !lodShown);
        if (layer.lodActor) layer.lodActor->SetVisibility(m_kindVisible[k] && lodShown);
    }
    if (m_triplets) m_triplets->SetVisibility(m_tripletsVisible);
}

void SceneLayers::setColorMode(ColorMode mode) {
    if (mode == m_mode) return;
    m_mode = mode;
    updateColors();
}

void SceneLayers::setPointSize(double pixels) {
    m_pointSize = pixels;
    for (size_t k = 0; k < m_layers.size(); ++k)
        for (auto* actor : {m_layers[k].fullActor.Get(), m_layers[k].lodActor.Get()})
            if (actor) actor->GetProperty()->SetPointSize(float(pixels * sizeFactor(PointKind(k))));
    if (m_selection) m_selection->GetProperty()->SetPointSize(float(pixels + 8));
    if (m_picked) m_picked->GetProperty()->SetPointSize(float(pixels + 14));
}

void SceneLayers::setKindVisible(PointKind kind, bool visible) {
    m_kindVisible[size_t(kind)] = visible;
    updateVisibility();
}

void SceneLayers::setTripletsVisible(bool visible) {
    m_tripletsVisible = visible;
    updateVisibility();
}

void SceneLayers::setInteracting(bool interacting) {
    if (interacting == m_interacting) return;
    m_interacting = interacting;
    updateVisibility();
}

void SceneLayers::setHighlight(const std::vector<int>& selected, int picked) {
    for (auto* actor : {m_selection.Get(), m_picked.Get()})
        if (actor) m_overlay->RemoveActor(actor);
    m_selection = m_picked = nullptr;
    if (!m_scene) return;
    const auto ring = [&](const std::vector<int>& indices, const QColor& colour, double grow) {
        auto data = pointCloud(*m_scene, indices);
        setColours(data, std::vector<QColor>(indices.size(), colour));
        auto actor = makeSpriteActor(data, GlyphShape::Ring, m_pointSize + grow);
        m_overlay->AddActor(actor);
        return actor;
    };
    if (!selected.empty()) m_selection = ring(selected, QColor(20, 20, 20), 8);
    if (picked >= 0 && size_t(picked) < m_scene->points.size())
        m_picked = ring({picked}, QColor(230, 40, 20), 14);
}

std::vector<PointKind> SceneLayers::presentKinds() const {
    std::vector<PointKind> kinds;
    for (int k = 0; k < kPointKindCount; ++k)
        if (!m_layers[size_t(k)].indices.empty()) kinds.push_back(PointKind(k));
    return kinds;
}

}  // namespace grindstone::widgets
