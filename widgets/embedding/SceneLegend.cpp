#include "widgets/embedding/SceneLegend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace grindstone::widgets {

namespace {

const QColor kNeutral(90, 90, 90);

}  // namespace

SceneLegend makeLegend(const EmbeddingScene& scene, ColorMode mode,
                       const std::vector<PointKind>& kinds, std::pair<float, float> hardnessRange) {
    SceneLegend legend;
    legend.title = colorModeName(mode);
    legend.triplets = !scene.triplets.empty();
    switch (mode) {
        case ColorMode::ByClass: {
            QSet<int> seen;
            std::vector<int> labels;
            for (const auto& p : scene.points)
                if (!seen.contains(p.label)) seen.insert(p.label), labels.push_back(p.label);
            std::sort(labels.begin(), labels.end());
            const int shown =
                int(labels.size()) > kLegendMaxClasses ? kLegendMaxClasses - 1 : int(labels.size());
            for (int i = 0; i < shown; ++i)
                legend.colours.push_back(
                    {scene.className(labels[size_t(i)]), classColor(labels[size_t(i)])});
            if (shown < int(labels.size()))
                legend.colours.push_back(
                    {QCoreApplication::translate("SceneLegend", "... and %1 more")
                         .arg(int(labels.size()) - shown),
                     {}});
            break;
        }
        case ColorMode::ByKind:
            for (PointKind k : kinds)
                legend.colours.push_back({pointKindName(k), kindColor(k), glyphOf(k)});
            return legend;  // the entries already carry the glyphs
        case ColorMode::ByHardness:
            legend.colourBar = true;
            legend.barMin = hardnessRange.first;
            legend.barMax = hardnessRange.second;
            break;
        case ColorMode::BySplit:
            for (Split s : {Split::Test, Split::Train})
                legend.colours.push_back({splitName(s), splitColor(s)});
            break;
    }
    for (PointKind k : kinds)
        legend.shapes.push_back({pointKindName(k), kNeutral, glyphOf(k)});
    return legend;
}

namespace {

struct LegendMetrics {
    QFont font;
    double line, glyph, pad, barHeight;
};

LegendMetrics metricsFor(const QFont& base, double scale) {
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * scale);
    const QFontMetricsF fm(font);
    return {font, fm.height() + 2 * scale, fm.height() * 0.8, 6 * scale, 120 * scale};
}

QString violatedText() {
    return QCoreApplication::translate("SceneLegend", "triplet violates margin");
}

}  // namespace

QRectF legendRect(const QRectF& area, const SceneLegend& legend, const QFont& base, double scale) {
    const LegendMetrics m = metricsFor(base, scale);
    const QFontMetricsF fm(m.font);
    QFont bold = m.font;
    bold.setBold(true);
    double textWidth = QFontMetricsF(bold).horizontalAdvance(legend.title);
    const auto widen = [&](const std::vector<SceneLegend::Entry>& entries) {
        for (const auto& e : entries)
            textWidth = std::max(textWidth, fm.horizontalAdvance(e.text));
    };
    widen(legend.colours);
    widen(legend.shapes);
    if (legend.triplets) textWidth = std::max(textWidth, fm.horizontalAdvance(violatedText()));
    if (legend.colourBar)
        textWidth = std::max(textWidth, fm.horizontalAdvance(QCoreApplication::translate(
                                            "SceneLegend", "not defined")));
    const double width = std::ceil(m.pad * 3 + m.glyph + textWidth + 2);
    double height = m.pad * 2 + m.line * (1 + double(legend.colours.size()));
    if (legend.colourBar) height += m.barHeight + m.line * 2;
    if (!legend.shapes.empty()) height += m.line * (0.5 + double(legend.shapes.size()));
    if (legend.triplets) height += m.line * 2.5;
    // Never taller than the view: a long legend is cut at the bottom, not squeezed.
    height = std::min(std::ceil(height), area.height() - 2 * m.pad);
    return QRectF(area.right() - width - m.pad, area.top() + m.pad, width, height);
}

void paintLegend(QPainter& painter, const QRectF& box, const SceneLegend& legend, double scale) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const LegendMetrics m = metricsFor(painter.font(), scale);
    const QFont font = m.font;
    const double line = m.line, glyph = m.glyph, pad = m.pad, barHeight = m.barHeight;
    const QString satisfied = QCoreApplication::translate("SceneLegend", "triplet within margin");
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4 * scale, 4 * scale);
    painter.setClipRect(box);

    double y = box.top() + pad;
    const double x = box.left() + pad;
    const auto text = [&](const QString& s, double left, bool bold = false) {
        QFont f = font;
        f.setBold(bold);
        painter.setFont(f);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(left, y, box.right() - left, line), Qt::AlignVCenter, s);
    };
    const auto entry = [&](const SceneLegend::Entry& e) {
        if (e.colour.isValid()) {
            const QRectF g(x, y + (line - glyph) / 2, glyph, glyph);
            painter.setPen(Qt::NoPen);
            painter.setBrush(e.colour);
            painter.drawPath(glyphPath(e.shape, g));
        }
        text(e.text, x + glyph + pad);
        y += line;
    };
    text(legend.title, x, true);
    y += line;
    for (const auto& e : legend.colours)
        entry(e);
    if (legend.colourBar) {
        const QRectF bar(x, y + line / 2, glyph, barHeight);
        QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, hardnessColor(float(i / 8.0)));
        painter.setPen(Qt::NoPen);
        painter.fillRect(bar, gradient);
        const double tx = x + glyph + pad;
        const auto label = [&](float v, double top) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(tx, top - line / 2, box.right() - tx, line), Qt::AlignVCenter,
                             QLocale().toString(double(v), 'g', 3));
        };
        label(legend.barMax, bar.top());
        label((legend.barMin + legend.barMax) / 2, bar.center().y());
        label(legend.barMin, bar.bottom());
        y += barHeight + line;
        entry(
            {QCoreApplication::translate("SceneLegend", "not defined"), undefinedHardnessColor()});
    }
    if (!legend.shapes.empty()) {
        y += line / 2;
        for (const auto& e : legend.shapes)
            entry(e);
    }
    if (legend.triplets) {
        y += line / 2;
        for (bool v : {true, false}) {
            painter.setPen(QPen(tripletColor(v), 2 * scale));
            painter.drawLine(QPointF(x, y + line / 2), QPointF(x + glyph, y + line / 2));
            text(v ? violatedText() : satisfied, x + glyph + pad);
            y += line;
        }
    }
    painter.restore();
}

void paintAxesTriad(QPainter& painter, const QRectF& area, const double viewRows[3][3],
                    double scale) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double length = 28 * scale;
    const QPointF origin(area.left() + length + 14 * scale, area.bottom() - length - 14 * scale);
    const QColor colours[3] = {QColor(210, 40, 40), QColor(40, 160, 40), QColor(40, 80, 220)};
    const QString names[3] = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    // Far axes first so the near ones are drawn over them.
    int order[3] = {0, 1, 2};
    std::sort(order, order + 3, [&](int a, int b) { return viewRows[2][a] < viewRows[2][b]; });
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    painter.setFont(font);
    for (int axis : order) {
        const QPointF tip = origin + QPointF(viewRows[0][axis], -viewRows[1][axis]) * length;
        painter.setPen(QPen(colours[axis], 2 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(origin, tip);
        const QPointF away = tip + (tip - origin) * 0.25;
        painter.drawText(QRectF(away.x() - 8 * scale, away.y() - 8 * scale, 16 * scale, 16 * scale),
                         Qt::AlignCenter, names[axis]);
    }
    painter.restore();
}

}  // namespace grindstone::widgets
