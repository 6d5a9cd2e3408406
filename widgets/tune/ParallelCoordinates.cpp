#include "widgets/tune/ParallelCoordinates.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace grindstone::widgets {
namespace {

double onScale(const ParallelCoordinates::Axis& axis, double value) {
    return axis.logScale && value > 0 ? std::log10(value) : value;
}

/// Low objective blue, high orange, through grey: readable on white, colour-blind safe.
QColor objectiveColour(double t) {
    const QColor low(0x3b, 0x6f, 0xb6), mid(0xb0, 0xb0, 0xb0), high(0xe0, 0x6c, 0x00);
    const auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                                static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                                static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
    };
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? mix(low, mid, 2 * t) : mix(mid, high, 2 * t - 1);
}

QString tickText(const ParallelCoordinates::Axis& axis, double scaled) {
    const double value = axis.logScale ? std::pow(10.0, scaled) : scaled;
    return QLocale().toString(value, 'g', 3);
}

}  // namespace

ParallelCoordinates::ParallelCoordinates(QWidget* parent) : QWidget(parent) {
    setMinimumSize(360, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ParallelCoordinates::setData(const QVector<Axis>& axes, const QVector<Line>& lines) {
    m_axes = axes;
    m_lines = lines;
    m_ranges.clear();
    for (int a = 0; a < m_axes.size(); ++a) {
        if (!m_axes[a].categories.isEmpty()) {
            m_ranges.push_back({0, std::max(1.0, double(m_axes[a].categories.size() - 1))});
            continue;
        }
        double low = INFINITY, high = -INFINITY;
        for (const Line& line : m_lines)
            if (a < line.values.size() && std::isfinite(line.values[a])) {
                low = std::min(low, onScale(m_axes[a], line.values[a]));
                high = std::max(high, onScale(m_axes[a], line.values[a]));
            }
        if (!(low <= high)) low = 0, high = 1;
        if (low == high) low -= 0.5, high += 0.5;
        m_ranges.push_back({low, high});
    }
    update();
}

double ParallelCoordinates::position(int axis, double value) const {
    const auto [low, high] = m_ranges[axis];
    return (onScale(m_axes[axis], value) - low) / (high - low);
}

void ParallelCoordinates::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    if (m_axes.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No trials yet"));
        return;
    }
    const int objective = int(m_axes.size()) - 1;
    const auto titleOf = [&](int a) -> QString {
        return m_axes[a].name + (m_axes[a].logScale ? tr(" (log)") : QString());
    };
    // The objective's ticks go right of its axis, so the margin there holds the widest.
    int objectiveTicks = 0;
    for (const double end : {m_ranges[objective].first, m_ranges[objective].second})
        objectiveTicks =
            std::max(objectiveTicks, fm.horizontalAdvance(tickText(m_axes[objective], end)) + 12);
    const int left = std::max(50, fm.horizontalAdvance(titleOf(0)) / 2 + 6);
    const int right =
        width() - std::max({50, objectiveTicks, fm.horizontalAdvance(titleOf(objective)) / 2 + 6});
    const auto xOf = [&](int a) { return left + (right - left) * a / objective; };
    // Titles wider than the gap between axes take turns on two rows; wider than two gaps,
    // they are shortened in the middle (the table below has them in full).
    const int gap = (right - left) / objective;
    bool staggered = false;
    for (int a = 0; a <= objective; ++a)
        staggered = staggered || fm.horizontalAdvance(titleOf(a)) + 8 > gap;
    // Under two rows of titles the top tick's label needs half a row more.
    const int top = fm.height() * 2 + (staggered ? fm.height() / 2 : 0) + 4;
    const int bottom = height() - fm.height() - 8;
    const auto yOf = [&](double t) { return bottom - t * (bottom - top); };

    // Lines first (the highlighted one last, on top), axes over them.
    QVector<int> order(m_lines.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return !m_lines[a].highlighted && m_lines[b].highlighted;
    });
    for (int i : order) {
        const Line& line = m_lines[i];
        const double score = objective < line.values.size() ? line.values[objective] : std::nan("");
        QPen pen(std::isfinite(score) ? objectiveColour(position(objective, score))
                                      : palette().color(QPalette::PlaceholderText));
        pen.setWidthF(line.highlighted ? 3.0 : 1.2);
        if (line.highlighted) pen.setColor(QColor(0xc0, 0x20, 0x20));
        p.setPen(pen);
        QPainterPath path;
        bool drawing = false;
        for (int a = 0; a < m_axes.size() && a < line.values.size(); ++a) {
            if (!std::isfinite(line.values[a])) {
                drawing = false;
                continue;
            }
            const QPointF point(xOf(a), yOf(position(a, line.values[a])));
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
        }
        p.drawPath(path);
    }
    const QColor text = palette().color(QPalette::Text);
    for (int a = 0; a < m_axes.size(); ++a) {
        const int x = xOf(a);
        p.setPen(QPen(text, 1));
        p.drawLine(x, top, x, bottom);
        QFont bold = font();
        bold.setBold(a == objective);
        p.setFont(bold);
        const QString title =
            staggered ? fm.elidedText(titleOf(a), Qt::ElideMiddle, 2 * gap - 8) : titleOf(a);
        const int w = fm.horizontalAdvance(title) + 8;
        const int row = staggered && a % 2 == 1 ? fm.height() : 0;
        p.drawText(QRect(x - w / 2, row, w, fm.height()), Qt::AlignCenter, title);
        p.setFont(font());
        QStringList ticks;
        QVector<double> at;
        if (!m_axes[a].categories.isEmpty()) {
            for (int c = 0; c < m_axes[a].categories.size(); ++c) {
                ticks << m_axes[a].categories[c];
                at << (m_axes[a].categories.size() == 1
                           ? 0.5
                           : double(c) / (m_axes[a].categories.size() - 1));
            }
        } else {
            ticks << tickText(m_axes[a], m_ranges[a].first)
                  << tickText(m_axes[a], m_ranges[a].second);
            at << 0.0 << 1.0;
        }
        for (int t = 0; t < ticks.size(); ++t) {
            const int y = int(yOf(at[t]));
            p.drawLine(x - 3, y, x + 3, y);
            const int tw = fm.horizontalAdvance(ticks[t]) + 4;
            p.drawText(QRect(x + 5, y - fm.height() / 2, tw, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, ticks[t]);
        }
    }
}

}  // namespace grindstone::widgets
