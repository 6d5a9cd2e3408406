#include "widgets/charts/ChartsView.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSlider>

#include "widgets/charts/MarkerStyle.h"
#include "widgets/charts/MetricChart.h"
#include "widgets/charts/MetricStore.h"

namespace grindstone::widgets {

namespace {
constexpr int kColumns = 3;
constexpr int kSmoothingSteps = 100;  // slider units per 1.0 of EMA weight
constexpr qint64 kMinRefreshMs = 250;
}  // namespace

ChartsView::ChartsView(MetricStore& store, QWidget* parent) : QWidget(parent), m_store(store) {
    m_title = new QLabel(tr("No run"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("runTitle"));

    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothing->setRange(0, 95 * kSmoothingSteps / 100);
    m_smoothing->setFixedWidth(120);
    m_smoothing->setToolTip(
        tr("Exponential moving average of step curves (0 = raw values). The hover "
           "read-out always shows the raw value too."));
    m_smoothingValue = new QLabel(tr("off"), this);
    m_smoothingValue->setMinimumWidth(
        m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")));
    m_log = new QCheckBox(tr("Log scale for losses"), this);
    m_log->setObjectName(QStringLiteral("logScaleCheck"));
    m_log->setToolTip(
        tr("Log y axis on the loss charts (zeros, e.g. satisfied hinge losses, are not drawn)."));
    auto* exportButton = new QPushButton(tr("Export all..."), this);
    exportButton->setToolTip(tr("Write every chart as PNG and its data as CSV"));
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("markerLegend"));
    m_legend->setTextFormat(Qt::RichText);

    auto* bar = new QHBoxLayout();
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Smoothing"), this));
    bar->addWidget(m_smoothing);
    bar->addWidget(m_smoothingValue);
    bar->addSpacing(8);
    bar->addWidget(m_log);
    bar->addWidget(exportButton);

    auto* grid = new QGridLayout();
    grid->setSpacing(4);
    for (const auto& spec : standardCharts()) {
        auto* chart = new MetricChart(spec, m_store, this);
        chart->setObjectName(spec.id);
        grid->addWidget(chart, static_cast<int>(m_charts.size()) / kColumns,
                        static_cast<int>(m_charts.size()) % kColumns);
        m_charts.push_back(chart);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Under the grid: what the marker colours mean, and how to reach the rest.
    auto* hint =
        new QLabel(tr("Hover a chart for values; right-click it for log scale and export"), this);
    QPalette faint = hint->palette();
    faint.setColor(QPalette::WindowText, faint.color(QPalette::PlaceholderText));
    hint->setPalette(faint);
    auto* footer = new QHBoxLayout();
    footer->addWidget(m_legend);
    footer->addStretch(1);
    footer->addWidget(hint);

    layout->addLayout(bar);
    layout->addLayout(grid, 1);
    layout->addLayout(footer);

    m_pendingRefresh.setSingleShot(true);
    connect(&m_pendingRefresh, &QTimer::timeout, this, &ChartsView::refreshAll);
    connect(&m_store, &MetricStore::changed, this, &ChartsView::scheduleRefresh);
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) {
        const double s = static_cast<double>(value) / kSmoothingSteps;
        m_smoothingValue->setText(value == 0 ? tr("off") : QLocale().toString(s, 'f', 2));
        for (auto* chart : m_charts)
            chart->setSmoothing(s);
        Q_EMIT viewSettingsChanged();
    });
    connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
        for (auto* chart : m_charts)
            chart->setLogScale(on);
        Q_EMIT viewSettingsChanged();
    });
    connect(exportButton, &QPushButton::clicked, this, &ChartsView::chooseExportFolder);
    // The generator terms are scaled by w = 1e3 and spike early: on a linear axis every other
    // curve is a flat line. Log is the better first view; the switch persists.
    m_log->setChecked(true);
    updateMarkerLegend();
}

void ChartsView::setRunTitle(const QString& title) {
    m_title->setText(title);
}

QString ChartsView::runTitle() const {
    return m_title->text();
}

double ChartsView::smoothing() const {
    return static_cast<double>(m_smoothing->value()) / kSmoothingSteps;
}

void ChartsView::setSmoothing(double smoothing) {
    m_smoothing->setValue(static_cast<int>(std::lround(smoothing * kSmoothingSteps)));
}

bool ChartsView::logScale() const {
    return m_log->isChecked();
}

void ChartsView::setLogScale(bool on) {
    m_log->setChecked(on);
}

MetricChart* ChartsView::chart(const QString& id) const {
    for (auto* chart : m_charts)
        if (chart->spec().id == id) return chart;
    return nullptr;
}

void ChartsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) refreshAll();
}

void ChartsView::scheduleRefresh() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_pendingRefresh.isActive()) return;  // already coming: it will take this data too
    // Redrawing nine charts costs 10-30 ms on a slow machine: at most every kMinRefreshMs,
    // so a fast run does not keep the UI thread busy (the first change shows at once).
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kMinRefreshMs;
    if (since >= kMinRefreshMs)
        refreshAll();
    else
        m_pendingRefresh.start(static_cast<int>(kMinRefreshMs - since));
}

void ChartsView::refreshAll() {
    m_sinceRefresh.start();
    m_pendingRefresh.stop();
    m_stale = false;
    for (auto* chart : m_charts)
        chart->refresh();
    updateMarkerLegend();
}

void ChartsView::updateMarkerLegend() {
    QStringList kinds;
    if (!m_store.evaluations().isEmpty()) kinds << QStringLiteral("evaluation");
    QSet<QString> seen;
    for (const auto& event : m_store.events())
        if (event.kind != QLatin1String("warning") && !seen.contains(event.kind)) {
            seen.insert(event.kind);
            kinds << event.kind;
        }
    QString html;
    for (const QString& kind : kinds) {
        const MarkerStyle style = markerStyle(kind);
        html += QStringLiteral("<span style='color:%1'>&#9646;</span>&nbsp;%2&nbsp;&nbsp; ")
                    .arg(style.color.name(), style.label.toHtmlEscaped());
    }
    if (!m_store.floor().isEmpty())
        html += tr("<span style='color:%1'>&#8212; &#8212;</span>&nbsp;raw pixels, "
                   "no training&nbsp;&nbsp; ")
                    .arg(palette().color(QPalette::WindowText).name());
    if (html == m_legend->text()) return;  // a label's new text re-lays out the bar
    m_legend->setText(html);
    QStringList tips;
    if (!kinds.isEmpty())
        tips << tr(
            "Event markers: vertical lines on the charts; evaluations are "
            "ticks on the bottom edge.");
    if (!m_store.floor().isEmpty())
        tips << tr(
            "Dashed lines: Recall@1 and MAP@R of the test images' raw "
            "pixels, the floor a trained embedding must clear.");
    m_legend->setToolTip(tips.join(QLatin1Char('\n')));
}

bool ChartsView::exportAll(const QString& folder, QString* error) {
    const QDir dir(folder);
    for (auto* chart : m_charts) {
        const QString stem = dir.filePath(chart->spec().id);
        if (!chart->exportPng(stem + QStringLiteral(".png"))) {
            if (error) *error = tr("cannot write '%1.png'").arg(stem);
            return false;
        }
        if (!chart->exportCsv(stem + QStringLiteral(".csv"), error)) return false;
    }
    return true;
}

void ChartsView::chooseExportFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export every chart into"));
    if (folder.isEmpty()) return;
    QString error;
    if (!exportAll(folder, &error)) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace grindstone::widgets
