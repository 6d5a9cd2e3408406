#include "TripletInspector.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSpinBox>
#include <QVBoxLayout>

#include <vector>

#include "widgets/common/RunThumbnails.h"
#include "widgets/gallery/StageStyle.h"

namespace grindstone::widgets {

namespace {

constexpr int kLabelWidth = 78;
constexpr int kColumnWidth = 150;
constexpr int kCell = 72;
constexpr int kRowPitch = kCell + 34;
constexpr int kTitleHeight = 24;

/// The stages a probe batch holds, in pipeline order.
std::vector<SampleStage> stagesOf(const StepSamples& samples) {
    std::vector<SampleStage> out;
    for (const auto& s : samples.quality.stages)
        if (out.empty() || out.back() != s.stage.stage) out.push_back(s.stage.stage);
    return out;
}

std::string fileOf(SampleStage stage, SampleRole role) {
    return std::string(stagePrefix(stage)) + roleName(role);
}

/// The stage's own row of `role`, or the real one where the stage has none (as the quality
/// figures do); null when neither exists.
const float* embeddingOf(const StepSamples& s, SampleStage stage, SampleRole role, int64_t row,
                         int64_t* cols) {
    for (const auto& file : {fileOf(stage, role), fileOf(SampleStage::Real, role)}) {
        const auto it = s.embeddings.find(file);
        if (it != s.embeddings.end() && row < it->second.rows) {
            *cols = it->second.cols;
            return it->second.row(row);
        }
    }
    return nullptr;
}

double squaredDistance(const float* a, const float* b, int64_t cols) {
    double sum = 0;
    for (int64_t i = 0; i < cols; ++i) {
        const double d = double(a[i]) - double(b[i]);
        sum += d * d;
    }
    return sum;
}

}  // namespace

TripletInspector::TripletInspector(const RunThumbnails& thumbnails, QWidget* parent)
    : QWidget(parent), m_thumbnails(thumbnails) {
    setObjectName(QStringLiteral("tripletInspector"));
    m_row = new QSpinBox(this);
    m_row->setObjectName(QStringLiteral("tripletRow"));
    m_row->setRange(0, 0);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Triplet:"), this));
    top->addWidget(m_row);
    top->addSpacing(10);
    top->addWidget(m_summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addStretch(1);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(m_row, &QSpinBox::valueChanged, this, [this](int value) {
        updateSummary();
        update();
        Q_EMIT rowChanged(value);
    });
    updateSummary();
}

void TripletInspector::setSamples(std::shared_ptr<const StepSamples> samples) {
    m_samples = std::move(samples);
    const int triplets = m_samples ? static_cast<int>(m_samples->provenance.triplets()) : 0;
    const QSignalBlocker block(m_row);
    m_row->setRange(0, std::max(0, triplets - 1));
    updateSummary();
    update();
}

qint64 TripletInspector::row() const {
    return m_row->value();
}

void TripletInspector::setRow(qint64 row) {
    m_row->setValue(static_cast<int>(row));
}

QSize TripletInspector::sizeHint() const {
    const int columns = m_samples ? static_cast<int>(stagesOf(*m_samples).size()) : 5;
    return {kLabelWidth + columns * kColumnWidth + 20, 470};
}

QSize TripletInspector::minimumSizeHint() const {
    return sizeHint();
}

void TripletInspector::updateSummary() {
    if (!m_samples || m_samples->provenance.triplets() == 0) {
        m_summary->setText(m_samples && !m_samples->problem.isEmpty()
                               ? m_samples->problem.toHtmlEscaped()
                               : tr("No probe batch to show."));
        return;
    }
    QString text = tr("Step %1 · %2").arg(m_samples->step).arg(m_samples->tripletOrigin(row()));
    text += tr("<br>Metric margin m = %1 · ART margin m<sub>t</sub> = %2 · hardness "
               "= D²(a,p) − D²(a,n); a triplet violates the margin when hardness + m "
               "&gt; 0")
                .arg(QLocale().toString(m_samples->quality.settings.metricMargin, 'g', 3))
                .arg(QLocale().toString(m_samples->provenance.artMargin, 'f', 3));
    m_summary->setText(text);
}

void TripletInspector::paintEvent(QPaintEvent* event) {
    QWidget::paintEvent(event);
    if (!m_samples || m_samples->provenance.triplets() == 0) return;
    QPainter painter(this);
    const StepSamples& s = *m_samples;
    const int64_t row = this->row();
    const int top = m_summary->geometry().bottom() + 14;
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const auto stages = stagesOf(s);
    const SampleRole roles[] = {SampleRole::Anchor, SampleRole::Positive, SampleRole::Negative};

    painter.setPen(QColor(60, 60, 60));
    for (int r = 0; r < 3; ++r)
        painter.drawText(QRect(6, top + kTitleHeight + r * kRowPitch, kLabelWidth - 8, kCell),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         QCoreApplication::translate("StageStyle", roleName(roles[r])));
    const int figuresTop = top + kTitleHeight + 3 * kRowPitch;
    const QStringList figureNames = {QStringLiteral("D²(a,p)"), QStringLiteral("D²(a,n)"),
                                     tr("hardness"), tr("margin")};
    for (int i = 0; i < figureNames.size(); ++i)
        painter.drawText(QRect(6, figuresTop + i * line, kLabelWidth - 8, line), Qt::AlignLeft,
                         figureNames[i]);

    for (size_t c = 0; c < stages.size(); ++c) {
        const SampleStage stage = stages[c];
        const int left = kLabelWidth + static_cast<int>(c) * kColumnWidth;
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(stage == SampleStage::Real ? QColor(20, 20, 20)
                                                  : stageColor(stage).darker(130));
        const QString title = stage == SampleStage::Real             ? tr("real")
                              : stage == SampleStage::Stage1         ? tr("G1 (stage 1)")
                              : stage == SampleStage::Reconstruction ? tr("GS (reconstr.)")
                              : stage == SampleStage::Stage2
                                  ? tr("G2 (stage 2)")
                                  : QCoreApplication::translate("StageStyle", stageName(stage));
        painter.drawText(QRect(left, top, kColumnWidth - 8, kTitleHeight), Qt::AlignLeft, title);
        painter.setFont(font());
        for (int r = 0; r < 3; ++r) {
            const std::string file = fileOf(stage, roles[r]);
            const QRect cell(left + 2, top + kTitleHeight + r * kRowPitch, kCell, kCell);
            const QRect caption(left, cell.bottom() + 3, kColumnWidth - 6, 2 * line);
            painter.setPen(QColor(70, 70, 70));
            if (s.embeddings.find(file) == s.embeddings.end()) {
                painter.setPen(QColor(150, 150, 150));
                painter.drawText(cell.adjusted(0, 0, 60, 0), Qt::AlignVCenter | Qt::TextWordWrap,
                                 tr("— (uses the real one)"));
                continue;
            }
            const int64_t real = s.realDatasetIndex(file, row);
            const int index = s.sampleIndex(file, row);
            const SampleQuality* q = index >= 0 ? &s.quality.samples[size_t(index)] : nullptr;
            QImage image;
            QString text;
            if (real >= 0) {
                image = m_thumbnails.image(real);
                text = tr("#%1\nclass %2").arg(real).arg(m_thumbnails.label(real));
            } else if (!(image = s.decodedImage(file, row)).isNull()) {
                text = tr("decoded");
                if (q && !q->neighbours.empty())
                    text += tr("; nearest real\nclass %1, d %2")
                                .arg(q->neighbours.front().label)
                                .arg(QLocale().toString(q->neighbours.front().distance, 'f', 2));
            } else if (q && !q->neighbours.empty()) {
                image = m_thumbnails.image(q->neighbours.front().datasetIndex);
                text = tr("nearest real #%1\nclass %2, d %3")
                           .arg(q->neighbours.front().datasetIndex)
                           .arg(q->neighbours.front().label)
                           .arg(QLocale().toString(q->neighbours.front().distance, 'f', 2));
            }
            drawFramedImage(painter, cell, image, stageColor(stage), tr("no image"));
            if (q && real < 0) {
                QPoint badge(cell.right() + 6, cell.top());
                if (!q->labelConsistent)
                    drawBadge(painter, badge, tr("label"), QColor(214, 120, 0));
                badge.ry() += line + 4;
                if (q->notANegative)
                    drawBadge(painter, badge, tr("not neg."), QColor(128, 60, 170));
                badge.ry() += line + 4;
                if (q->outlier) drawBadge(painter, badge, tr("outlier"), Qt::darkGray);
            }
            painter.setPen(QColor(70, 70, 70));
            painter.drawText(caption, Qt::AlignLeft | Qt::AlignTop, text);
        }
        int64_t cols = 0;
        const float* a = embeddingOf(s, stage, SampleRole::Anchor, row, &cols);
        const float* p = embeddingOf(s, stage, SampleRole::Positive, row, &cols);
        const float* n = embeddingOf(s, stage, SampleRole::Negative, row, &cols);
        if (!a || !p || !n) continue;
        const double ap = squaredDistance(a, p, cols);
        const double an = squaredDistance(a, n, cols);
        const double hardness = ap - an;
        const bool violates = hardness + s.quality.settings.metricMargin > 0;
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRect(left, figuresTop, kColumnWidth, line), Qt::AlignLeft,
                         QLocale().toString(ap, 'f', 3));
        painter.drawText(QRect(left, figuresTop + line, kColumnWidth, line), Qt::AlignLeft,
                         QLocale().toString(an, 'f', 3));
        painter.drawText(QRect(left, figuresTop + 2 * line, kColumnWidth, line), Qt::AlignLeft,
                         QLocale().toString(hardness, 'f', 3));
        painter.setPen(violates ? flagColor() : QColor(30, 130, 60));
        painter.drawText(QRect(left, figuresTop + 3 * line, kColumnWidth, line), Qt::AlignLeft,
                         violates ? tr("violated") : tr("satisfied"));
    }
}

}  // namespace grindstone::widgets
