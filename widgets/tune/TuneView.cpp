#include "widgets/tune/TuneView.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/session/MetricsLog.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/common/RunStatusText.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/tune/ParallelCoordinates.h"

namespace grindstone::widgets {
namespace {

/// Numbers sort as numbers in the table.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double value) : QTableWidgetItem(text) {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override {
        const double a = data(Qt::UserRole).toDouble(), b = other.data(Qt::UserRole).toDouble();
        if (std::isnan(a) != std::isnan(b)) return std::isnan(a);  // empty cells sort first
        return a < b;
    }
};

QString metricName(const std::string& key) {
    return QString::fromStdString(metricLabel(key));
}

}  // namespace

TuneView::TuneView(QWidget* parent) : QWidget(parent) {
    m_searches = new QComboBox(this);
    m_searches->setObjectName(QStringLiteral("tuneSearches"));
    m_searches->setMinimumContentsLength(24);
    auto* openButton = new QPushButton(tr("Open search..."), this);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    m_trainBest = new QPushButton(tr("Train with the best setting"), this);
    m_trainBest->setObjectName(QStringLiteral("trainBest"));
    m_trainBest->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Search:"), this));
    bar->addWidget(m_searches, 1);
    bar->addWidget(openButton);
    bar->addWidget(refreshButton);
    bar->addWidget(m_trainBest);

    m_coordinates = new ParallelCoordinates(this);
    m_sensitivity = new QChartView(this);
    m_sensitivity->chart()->legend()->hide();
    m_sensitivity->setRenderHint(QPainter::Antialiasing);
    m_sensitivity->setMinimumWidth(320);
    m_curves = new QChartView(this);
    m_curves->chart()->legend()->hide();
    // Thin margins and no title on these two (the tab and the axes name them): in a short
    // panel the height goes to the labels, which Qt Charts would otherwise shorten to "...".
    for (QChartView* view : {m_sensitivity, m_curves})
        view->chart()->setMargins(QMargins(2, 2, 2, 2));
    m_curves->setRenderHint(QPainter::Antialiasing);
    m_curves->setMinimumWidth(320);
    m_running = new QChartView(this);
    m_running->setObjectName(QStringLiteral("tuneRunning"));
    m_running->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_running->setRenderHint(QPainter::Antialiasing);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tuneTrials"));
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_coordinates);
    upper->addWidget(m_sensitivity);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    // One chart at a time at full height: the page shares the window with the docks.
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("tuneCharts"));
    m_charts->addTab(m_curves, tr("Objective by rung"));
    m_charts->addTab(m_running, tr("Running now"));
    lower->addWidget(m_table);
    lower->addWidget(m_charts);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);  // the knobs' plots need height as the space grows
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(5000);
    connect(m_refreshTimer, &QTimer::timeout, this, &TuneView::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &TuneView::refresh);
    connect(m_searches, &QComboBox::activated, this,
            [this](int index) { openSearch(m_searches->itemData(index).toString()); });
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Open a tune search folder"), m_workspace);
        if (!folder.isEmpty()) openSearch(folder);
    });
    connect(m_trainBest, &QPushButton::clicked, this,
            [this] { Q_EMIT trainWithConfig(m_folder + QStringLiteral("/best.json")); });
    m_summary->setText(
        tr("No search open. `grindstone-cli tune --out DIR` makes one; searches in the workspace "
           "are listed above."));
}

void TuneView::setWorkspace(const QString& workspace) {
    m_workspace = workspace;
    m_searches->clear();
    const QDir dir(workspace);
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (QFileInfo::exists(dir.filePath(name) + QStringLiteral("/tune.json")))
            m_searches->addItem(name, dir.filePath(name));
    if (m_folder.isEmpty() && m_searches->count() > 0)
        openSearch(m_searches->itemData(0).toString());
}

bool TuneView::openSearch(const QString& folder) {
    const bool another = folder != m_folder;
    try {
        m_search = readTuneSearch(folder.toStdString());
    } catch (const InputError& e) {
        m_summary->setText(coreMessageText(e.what()));
        return false;
    }
    m_folder = folder;
    const int index = m_searches->findData(folder);
    if (index < 0) m_searches->addItem(QFileInfo(folder).fileName(), folder);
    m_searches->setCurrentIndex(m_searches->findData(folder));
    showSearch();
    // A search that trains opens on its live curves; refreshing keeps the user's tab.
    if (another) m_charts->setCurrentIndex(m_search.runningRuns.empty() ? 0 : 1);
    return true;
}

void TuneView::refresh() {
    if (!m_folder.isEmpty()) openSearch(m_folder);
}

void TuneView::showSearch() {
    const TuneSearch& s = m_search;
    int finishedFirst = 0;
    bool running = false;
    for (const auto& t : s.trials) {
        finishedFirst += t.result.objective.count(s.rungs.front().steps) > 0;
        running = running || t.status == "running";
    }
    QString rungs;
    for (const Rung& r : s.rungs)
        rungs += (rungs.isEmpty() ? QString() : QStringLiteral(", ")) +
                 tr("%1 to %2 steps").arg(r.trials).arg(r.steps);
    if (s.folds > 1) rungs += tr(" on %1 validation folds (their mean ranks them)").arg(s.folds);
    QString text = tr("%1: %2 trials of %3, objective %4 on the validation classes; "
                      "rungs: %5. %6 of %2 trained to the first rung%7.")
                       .arg(QString::fromStdString(s.method))
                       .arg(s.trialsPlanned)
                       .arg(QFileInfo(m_folder).fileName(), metricName(s.metric), rungs)
                       .arg(finishedFirst)
                       .arg(running ? tr("; a trial is training") : QString());
    if (s.best >= 0) {
        const auto& best = s.trials[static_cast<size_t>(s.best)].result;
        QStringList values;
        for (const auto& [key, value] : best.setting)
            values << QStringLiteral("%1=%2").arg(QString::fromStdString(key),
                                                  QString::fromStdString(value));
        text += tr(" Best: %1 (%2 %3): %4.")
                    .arg(QFileInfo(QString::fromStdString(best.folder)).fileName(),
                         metricName(s.metric),
                         QLocale().toString(100 * best.objective.at(s.budget), 'f', 2),
                         values.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
    m_trainBest->setEnabled(s.hasAnswer);
    running ? m_refreshTimer->start() : m_refreshTimer->stop();
    fillTable();
    fillCharts();
    fillRunning();
}

void TuneView::fillTable() {
    const TuneSearch& s = m_search;
    QStringList header{tr("Trial"), tr("Chosen by"), tr("Status")};
    for (const auto& d : s.space.dimensions)
        header << QString::fromStdString(d.option);
    for (const Rung& r : s.rungs)
        header << QStringLiteral("%1 @%2").arg(metricName(s.metric)).arg(r.steps);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(header.size());
    m_table->setHorizontalHeaderLabels(header);
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("start: a setting the search starts from (the config's, then the defaults); "
           "quasi-random: a point spread evenly over the space; TPE: proposed by a Parzen "
           "estimator from the first rung's results"));
    const auto originText = [this](TrialOrigin origin) -> QString {
        switch (origin) {
            case TrialOrigin::Start:
                return tr("start");
            case TrialOrigin::QuasiRandom:
                return tr("quasi-random");
            case TrialOrigin::Parzen:
                return tr("TPE");
        }
        return {};
    };
    m_table->setRowCount(static_cast<int>(s.trials.size()));
    for (int row = 0; row < static_cast<int>(s.trials.size()); ++row) {
        const auto& t = s.trials[static_cast<size_t>(row)];
        int col = 0;
        auto* name =
            new NumberItem(QFileInfo(QString::fromStdString(t.result.folder)).fileName(), row);
        name->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        if (row == s.best) name->setForeground(QColor(0xc0, 0x20, 0x20));
        m_table->setItem(row, col++, name);
        m_table->setItem(row, col++, new QTableWidgetItem(originText(t.origin)));
        m_table->setItem(row, col++,
                         new QTableWidgetItem(runStatusText(QString::fromStdString(t.status))));
        for (const auto& d : s.space.dimensions) {
            const auto it = t.result.setting.find(d.option);
            const QString value =
                it == t.result.setting.end() ? QString() : QString::fromStdString(it->second);
            if (d.scale == SearchDimension::Scale::Choice)
                m_table->setItem(row, col++, new QTableWidgetItem(value));
            else
                m_table->setItem(row, col++,
                                 new NumberItem(value, value.isEmpty() ? NAN : value.toDouble()));
        }
        for (const Rung& r : s.rungs) {
            const auto it = t.result.objective.find(r.steps);
            const double v = it == t.result.objective.end() ? NAN : 100 * it->second;
            m_table->setItem(
                row, col++,
                new NumberItem(std::isfinite(v) ? QLocale().toString(v, 'f', 2) : QString(), v));
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void TuneView::fillCharts() {
    const TuneSearch& s = m_search;
    // Parallel coordinates: the knobs, then the objective at the first rung.
    QVector<ParallelCoordinates::Axis> axes;
    for (const auto& d : s.space.dimensions) {
        ParallelCoordinates::Axis axis{
            QString::fromStdString(d.option), d.scale == SearchDimension::Scale::Log, {}};
        for (const auto& c : d.choices)
            axis.categories << QString::fromStdString(c);
        axes << axis;
    }
    axes << ParallelCoordinates::Axis{
        QStringLiteral("%1 @%2").arg(metricName(s.metric)).arg(s.rungs.front().steps), false, {}};
    QVector<ParallelCoordinates::Line> lines;
    for (size_t i = 0; i < s.trials.size(); ++i) {
        const auto& t = s.trials[i];
        const auto first = t.result.objective.find(s.rungs.front().steps);
        if (first == t.result.objective.end()) continue;
        ParallelCoordinates::Line line;
        for (const auto& d : s.space.dimensions) {
            const auto it = t.result.setting.find(d.option);
            if (it == t.result.setting.end()) {
                line.values << NAN;
            } else if (d.scale == SearchDimension::Scale::Choice) {
                const auto c = std::find(d.choices.begin(), d.choices.end(), it->second);
                line.values << (c == d.choices.end() ? NAN : double(c - d.choices.begin()));
            } else {
                line.values << std::strtod(it->second.c_str(), nullptr);
            }
        }
        line.values << 100 * first->second;
        line.highlighted = static_cast<int>(i) == s.best;
        lines << line;
    }
    m_coordinates->setData(axes, lines);

    // Sensitivity bars, the most important knob on top.
    QChart* bars = m_sensitivity->chart();
    clearChart(bars);
    auto* set = new QBarSet(tr("variance explained"));
    set->setColor(QColor(0x3b, 0x6f, 0xb6));
    QStringList names;
    for (auto it = s.sensitivity.knobs.rbegin(); it != s.sensitivity.knobs.rend(); ++it) {
        *set << 100 * it->varianceShare;
        names << QString::fromStdString(it->option);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(2);
    bars->addSeries(series);
    auto* category = new QBarCategoryAxis;
    category->append(names);
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f"));
    bars->addAxis(category, Qt::AlignLeft);
    bars->addAxis(share, Qt::AlignBottom);
    series->attachAxis(category);
    series->attachAxis(share);
    // No title over the bars: the axis names the figure, and each knob's label needs the
    // height (Qt Charts shortens a label to "..." when its row is lower than the text).
    bars->setTitle(s.sensitivity.knobs.empty() ? tr("Sensitivity: needs 4 trials") : QString());
    share->setTitleText(tr("% of %1 variance").arg(metricName(s.metric)));
    bars->setToolTip(tr("Over the %1 trials at %2 steps: the share of the "
                        "objective's variance the knob's bins account for")
                         .arg(s.sensitivity.trials)
                         .arg(s.rungs.front().steps));

    // Each trial's objective per rung.
    QChart* curves = m_curves->chart();
    clearChart(curves);
    auto* x = new QLogValueAxis;
    x->setBase(s.eta);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setRange(s.rungs.front().steps * 0.8, s.budget * 1.25);
    x->setTitleText(tr("step (log)"));
    auto* y = new QValueAxis;
    y->setTitleText(metricName(s.metric));
    // Few whole-number ticks: in a short panel Qt Charts shortens crowded labels to "...".
    y->setTickCount(4);
    y->setLabelFormat(QStringLiteral("%.0f"));
    curves->addAxis(x, Qt::AlignBottom);
    curves->addAxis(y, Qt::AlignLeft);
    double low = INFINITY, high = -INFINITY;
    for (size_t i = 0; i < s.trials.size(); ++i) {
        const auto& objective = s.trials[i].result.objective;
        if (objective.empty()) continue;
        auto* line = new QLineSeries;
        auto* dots = new QScatterSeries;
        const bool best = static_cast<int>(i) == s.best;
        QPen pen(best ? QColor(0xc0, 0x20, 0x20) : runColour(static_cast<int>(i)));
        pen.setWidthF(best ? 2.5 : 1.0);
        line->setPen(pen);
        dots->setColor(pen.color());
        dots->setMarkerSize(best ? 8 : 5);
        dots->setBorderColor(pen.color());
        for (const auto& [steps, value] : objective) {
            if (!std::isfinite(value) || steps < 1) continue;
            line->append(double(steps), 100 * value);
            dots->append(double(steps), 100 * value);
            low = std::min(low, 100 * value);
            high = std::max(high, 100 * value);
        }
        for (QXYSeries* series : {static_cast<QXYSeries*>(line), static_cast<QXYSeries*>(dots)}) {
            curves->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    if (low <= high) y->setRange(std::floor(low - 1), std::ceil(high + 1));
}

void TuneView::fillRunning() {
    QChart* chart = m_running->chart();
    clearChart(chart);
    const TuneSearch& s = m_search;
    m_charts->setTabText(1, s.runningRuns.empty()
                                ? tr("Running now")
                                : tr("Running now (%1)").arg(s.runningRuns.size()));
    if (s.runningRuns.empty()) {
        chart->setTitle(tr("Training loss of the running trials: none is training"));
        return;
    }
    chart->setTitle(tr("Training loss (J_metric) of the running trials"));
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("step"));
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double low = INFINITY, high = -INFINITY, last = 1;
    for (size_t i = 0; i < s.runningRuns.size(); ++i) {
        const MetricsLog log = readMetricsLog(s.runningRuns[i]);
        auto* line = new QLineSeries;
        line->setName(QFileInfo(QString::fromStdString(s.runningRuns[i])).fileName());
        line->setColor(runColour(static_cast<int>(i)));
        for (const LoggedStep& step : log.steps) {
            const auto it = step.scalars.find("j_metric");
            if (it == step.scalars.end() || !std::isfinite(it->second)) continue;
            line->append(double(step.step), it->second);
            low = std::min(low, it->second);
            high = std::max(high, it->second);
            last = std::max(last, double(step.step));
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(0, last);
    x->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g"));
    if (low <= high) {  // one point, or a flat start, still gets a readable range
        const double pad = std::max({0.05 * (high - low), 0.02 * std::abs(high), 1e-6});
        y->setRange(low >= 0 ? std::max(0.0, low - pad) : low - pad, high + pad);
        y->applyNiceNumbers();
    }
}

}  // namespace grindstone::widgets
