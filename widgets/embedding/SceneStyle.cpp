#include "widgets/embedding/SceneStyle.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

namespace grindstone::widgets {

namespace {

// Triangles: apex and base, in sprite coordinates (y up).
constexpr double kTriApex = 0.95, kTriBase = -0.75, kTriHalfWidth = 0.95;
constexpr double kSquare = 0.8, kHollowInner = 0.45, kRingInner = 0.55, kBar = 0.3;

QPointF toBox(const QRectF& box, double x, double y) {
    return {box.center().x() + x * box.width() / 2, box.center().y() - y * box.height() / 2};
}

QPainterPath polygonPath(const QRectF& box, std::initializer_list<std::pair<double, double>> pts) {
    QPolygonF polygon;
    for (const auto& [x, y] : pts)
        polygon << toBox(box, x, y);
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath plusPath(const QRectF& box, double angle) {
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const double c = std::cos(angle), s = std::sin(angle);
    auto rotated = [&](double x, double y) { return std::pair{x * c - y * s, x * s + y * c}; };
    for (int arm = 0; arm < 2; ++arm) {
        const double w = arm == 0 ? kBar : 0.95, h = arm == 0 ? 0.95 : kBar;
        path.addPath(
            polygonPath(box, {rotated(-w, -h), rotated(w, -h), rotated(w, h), rotated(-w, h)}));
    }
    return path;
}

}  // namespace

QString colorModeName(ColorMode mode) {
    switch (mode) {
        case ColorMode::ByClass:
            return QCoreApplication::translate("SceneStyle", "Class");
        case ColorMode::ByKind:
            return QCoreApplication::translate("SceneStyle", "Kind");
        case ColorMode::ByHardness:
            return QCoreApplication::translate("SceneStyle", "Hardness");
        case ColorMode::BySplit:
            return QCoreApplication::translate("SceneStyle", "Split");
    }
    return {};
}

GlyphShape glyphOf(PointKind kind) {
    return static_cast<GlyphShape>(static_cast<int>(kind));
}

QString glyphDiscardGlsl(GlyphShape shape) {
    const QString tri =
        QStringLiteral("if (q.y < %1 || abs(p.x) > %2 * (%3 - q.y) / (%3 - %1)) discard;")
            .arg(kTriBase)
            .arg(kTriHalfWidth)
            .arg(kTriApex);
    const QString plus = QStringLiteral(
                             "if (!((abs(q.x) <= %1 && abs(q.y) <= 0.95) || "
                             "(abs(q.y) <= %1 && abs(q.x) <= 0.95))) discard;")
                             .arg(kBar);
    const QString diag = QStringLiteral("vec2 q = vec2(p.x + p.y, p.y - p.x) * 0.70710678;");
    switch (shape) {
        case GlyphShape::Disc:
            return QStringLiteral("if (dot(p, p) > 1.0) discard;");
        case GlyphShape::Square:
            return QStringLiteral("if (max(abs(p.x), abs(p.y)) > %1) discard;").arg(kSquare);
        case GlyphShape::Diamond:
            return QStringLiteral("if (abs(p.x) + abs(p.y) > 1.0) discard;");
        case GlyphShape::TriangleUp:
            return QStringLiteral("vec2 q = p; ") + tri;
        case GlyphShape::TriangleDown:
            return QStringLiteral("vec2 q = -p; ") + tri;
        case GlyphShape::HollowSquare:
            return QStringLiteral(
                       "float m = max(abs(p.x), abs(p.y)); if (m > 0.9 || m < %1) discard;")
                .arg(kHollowInner);
        case GlyphShape::Plus:
            return QStringLiteral("vec2 q = p; ") + plus;
        case GlyphShape::Ring:
            return QStringLiteral("float r = dot(p, p); if (r > 1.0 || r < %1) discard;")
                .arg(kRingInner * kRingInner);
        case GlyphShape::Cross:
            return diag + plus;
        case GlyphShape::HollowDiamond:
            return QStringLiteral("float m = abs(p.x) + abs(p.y); if (m > 1.0 || m < %1) discard;")
                .arg(kHollowInner + 0.1);
        case GlyphShape::Asterisk:
            return diag + QStringLiteral(
                              "if (!(abs(q.x) <= 0.2 || abs(q.y) <= 0.2 || abs(p.x) <= 0.2) "
                              "|| dot(p, p) > 1.0) discard;");
    }
    return {};
}

QPainterPath glyphPath(GlyphShape shape, const QRectF& box) {
    QPainterPath path;
    switch (shape) {
        case GlyphShape::Disc:
            path.addEllipse(box);
            break;
        case GlyphShape::Square:
            path = polygonPath(box, {{-kSquare, -kSquare},
                                     {kSquare, -kSquare},
                                     {kSquare, kSquare},
                                     {-kSquare, kSquare}});
            break;
        case GlyphShape::Diamond:
            path = polygonPath(box, {{0, 1}, {1, 0}, {0, -1}, {-1, 0}});
            break;
        case GlyphShape::TriangleUp:
            path = polygonPath(
                box, {{0, kTriApex}, {kTriHalfWidth, kTriBase}, {-kTriHalfWidth, kTriBase}});
            break;
        case GlyphShape::TriangleDown:
            path = polygonPath(
                box, {{0, -kTriApex}, {kTriHalfWidth, -kTriBase}, {-kTriHalfWidth, -kTriBase}});
            break;
        case GlyphShape::HollowSquare:
            path = polygonPath(box, {{-0.9, -0.9}, {0.9, -0.9}, {0.9, 0.9}, {-0.9, 0.9}});
            path.addPath(polygonPath(box, {{-kHollowInner, -kHollowInner},
                                           {kHollowInner, -kHollowInner},
                                           {kHollowInner, kHollowInner},
                                           {-kHollowInner, kHollowInner}}));
            break;
        case GlyphShape::Plus:
            path = plusPath(box, 0);
            break;
        case GlyphShape::Ring: {
            path.addEllipse(box);
            const double inset = box.width() * (1 - kRingInner) / 2;
            path.addEllipse(box.adjusted(inset, inset, -inset, -inset));
            break;
        }
        case GlyphShape::Cross:
            path = plusPath(box, M_PI / 4);
            break;
        case GlyphShape::HollowDiamond: {
            const double in = kHollowInner + 0.1;
            path = polygonPath(box, {{0, 1}, {1, 0}, {0, -1}, {-1, 0}});
            path.addPath(polygonPath(box, {{0, in}, {in, 0}, {0, -in}, {-in, 0}}));
            break;
        }
        case GlyphShape::Asterisk:
            path = plusPath(box.adjusted(box.width() * 0.1, box.height() * 0.1, -box.width() * 0.1,
                                         -box.height() * 0.1),
                            M_PI / 4);
            path.addPath(
                polygonPath(box, {{-0.2, -0.95}, {0.2, -0.95}, {0.2, 0.95}, {-0.2, 0.95}}));
            path.setFillRule(Qt::WindingFill);
            break;
    }
    return path;
}

QColor classColor(int label) {
    // Tableau 10 then 10 lighter companions; further classes cycle with a shifted hue.
    static const std::array<QRgb, 20> palette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                              0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac,
                                              0xa0cbe8, 0xffbe7d, 0x8cd17d, 0xb6992d, 0xf1ce63,
                                              0x86bcb6, 0xd37295, 0xfabfd2, 0xd4a6c8, 0x79706e};
    const int n = int(palette.size());
    const int i = ((label % n) + n) % n;
    QColor colour = QColor::fromRgb(palette[size_t(i)]);
    if (label >= n || label < 0) {
        const int cycle = label >= 0 ? label / n : 1 + (-label) / n;
        colour = colour.toHsv();
        colour.setHsv((colour.hue() + 37 * cycle) % 360, colour.saturation(), colour.value());
    }
    return colour.toRgb();
}

QColor kindColor(PointKind kind) {
    static const std::array<QRgb, kPointKindCount> colours{
        0x9da3ab,  // evaluation test: neutral, the bulk of the scene
        0x5f6b7a,  // evaluation train
        0x1f77b4,  // anchor
        0x2ca02c,  // positive
        0xd62728,  // real negative
        0x17becf,  // stretched
        0xff7f0e,  // stage-1 output
        0xbcbd22,  // reconstruction
        0x9467bd,  // stage-2 output
        0xe377c2,  // HDML interpolated
        0x8c564b,  // HDML generated
    };
    return QColor::fromRgb(colours[size_t(kind)]);
}

QColor splitColor(Split split) {
    return split == Split::Test ? QColor::fromRgb(0x4e79a7) : QColor::fromRgb(0xf28e2b);
}

QColor hardnessColor(float normalised) {
    // Viridis at 9 stops, linearly interpolated: ordered and readable for colour-blind eyes.
    static const std::array<QRgb, 9> stops{0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                           0x28ae80, 0x5ec962, 0xaadc32, 0xfde725};
    if (std::isnan(normalised)) return undefinedHardnessColor();
    const double t = std::clamp(double(normalised), 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    const double f = t - i;
    const QColor a = QColor::fromRgb(stops[size_t(i)]), b = QColor::fromRgb(stops[size_t(i + 1)]);
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

QColor undefinedHardnessColor() {
    return QColor::fromRgb(0xc8c8c8);
}

QColor tripletColor(bool violatesMargin) {
    return violatesMargin ? QColor::fromRgb(0xd62728) : QColor::fromRgb(0x2ca02c);
}

}  // namespace grindstone::widgets
