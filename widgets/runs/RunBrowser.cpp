#include "widgets/runs/RunBrowser.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "grindstone/Error.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/MetricsLog.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/RunListing.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/common/DisplayPath.h"
#include "widgets/common/RunStatusText.h"

namespace grindstone::widgets {

namespace {

enum Column { Name, Status, Method, Miner, Steps, Recall1, MapR, OverPixels, ColumnCount };
constexpr int kFolderRole = Qt::UserRole;
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kProblemRole = Qt::UserRole + 2;
constexpr int kRanksRole = Qt::UserRole + 3;
constexpr int kDatesRole = Qt::UserRole + 4;

QString percent(const std::map<std::string, double>& metrics, const char* key) {
    const auto it = metrics.find(key);
    return it == metrics.end() ? QStringLiteral("-") : QLocale().toString(100 * it->second, 'f', 1);
}

/// The run's Recall@1 minus the raw-pixel floor's, in points: below zero the embedding is worse
/// than comparing pixels, which no listing of scores should let pass unnoticed.
QString overPixels(const RunSummary& run, double* difference) {
    const auto got = run.finalMetrics.find("recall_at_1");
    const auto floor = run.rawPixelFloor.find("recall_at_1");
    if (got == run.finalMetrics.end() || floor == run.rawPixelFloor.end())
        return QStringLiteral("-");
    *difference = 100 * (got->second - floor->second);
    const QString points = QLocale().toString(*difference, 'f', 1);
    return *difference > 0 ? QLatin1Char('+') + points : points;
}

QColor statusColor(const QString& status) {
    if (status == QLatin1String("finished")) return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("running")) return QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("crashed") || status == QLatin1String("damaged"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x6d, 0x4c, 0x41);  // stopped
}

/// run.json's UTC ISO 8601 time, in the user's time zone and date format; empty if unreadable.
QString localTime(const std::string& utc) {
    const QDateTime time = QDateTime::fromString(QString::fromStdString(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

/// "started 12/4/26 2:05 PM, last written 12/4/26 2:20 PM" in the user's locale.
QString runDates(const RunSummary& run) {
    const QString created = localTime(run.created), updated = localTime(run.updated);
    if (created.isEmpty()) return QString();
    return updated.isEmpty() ? RunBrowser::tr("started %1").arg(created)
                             : RunBrowser::tr("started %1, last written %2").arg(created, updated);
}

/// "2 from step 0, 1 from step 5": the numbers of ranks a run trained on; empty for a run that
/// always trained in one process.
QString rankHistory(const RunSummary& run) {
    QStringList parts;
    for (const auto& [fromStep, ranks] : run.worldSizes)
        parts << RunBrowser::tr("%1 from step %2").arg(ranks).arg(fromStep);
    return parts.join(QStringLiteral(", "));
}

/// Each rank's compute time per step and rank 0's time in the exchanges: a rank far above the
/// others is the straggler every other rank waits for.
QString rankTimes(const QString& folder) {
    const RankStepTimes times = rankStepTimes(readMetricsLog(folder.toStdString()));
    if (times.steps == 0) return QString();
    const QLocale locale;
    QStringList ranks;
    for (size_t r = 0; r < times.computeSeconds.size(); ++r)
        ranks << RunBrowser::tr("rank %1 %2 s")
                     .arg(r)
                     .arg(locale.toString(times.computeSeconds[r], 'f', 3));
    return RunBrowser::tr("compute per step, median over the logged steps %1-%2:")
               .arg(times.firstStep)
               .arg(times.lastStep) +
           QStringLiteral("\n  ") + ranks.join(QStringLiteral(", ")) + QStringLiteral("\n  ") +
           RunBrowser::tr("rank 0 in exchanges %1 s")
               .arg(locale.toString(times.commSeconds, 'f', 3));
}

QString runDetails(const QString& folder, const QString& status, const QString& problem,
                   const QString& ranks, const QString& dates) {
    QString text = displayPath(folder) + QLatin1Char('\n') +
                   RunBrowser::tr("status: %1").arg(runStatusText(status));
    if (!dates.isEmpty()) text += QLatin1Char('\n') + dates;
    if (!problem.isEmpty()) return text + QLatin1Char('\n') + problem;
    if (!ranks.isEmpty()) {
        text += QLatin1Char('\n') + RunBrowser::tr("ranks (c10d): %1").arg(ranks);
        const QString times = rankTimes(folder);
        if (!times.isEmpty()) text += QLatin1Char('\n') + times;
    }
    try {
        const Config config = loadRunConfig(folder.toStdString());
        const auto changed = config.differences(Config());
        text += changed.empty() ? RunBrowser::tr("\nevery option at its default")
                                : RunBrowser::tr("\noptions changed from the defaults:");
        for (const auto& key : changed)
            text += QStringLiteral("\n  %1 = %2")
                        .arg(QString::fromStdString(key), QString::fromStdString(config.text(key)));
    } catch (const InputError& e) {
        text += QLatin1Char('\n') + coreMessageText(e.what());
    }
    return text;
}

}  // namespace

RunBrowser::RunBrowser(QWidget* parent) : QWidget(parent) {
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspaceLabel->setWordWrap(true);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Run"), tr("Status"), tr("Method"), tr("Miner"), tr("Steps"),
                              tr("R@1"), tr("MAP@R"), tr("vs pixels")});
    m_table->headerItem()->setToolTip(
        OverPixels, tr("Recall@1 minus raw pixels' Recall@1 on the same test images, "
                       "in points: below zero, training made retrieval worse"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    // Run names share a long date prefix: keep both ends visible.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(Name, QHeaderView::Stretch);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("runDetails"));
    // Side by side: the dock is short and wide, so stacked, the table showed only ~4 rows.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("runSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);

    auto* refresh = new QPushButton(tr("Refresh"), this);
    m_open = new QPushButton(tr("Open read-only"), this);
    m_open->setToolTip(tr("Show the run's curves in the charts (double-click a run)"));
    m_resume = new QPushButton(tr("Resume run"), this);
    m_resume->setToolTip(tr("Continue a stopped or crashed run from its newest checkpoint"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_resume);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_workspaceLabel);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);

    connect(refresh, &QPushButton::clicked, this, &RunBrowser::refresh);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &RunBrowser::updateSelection);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_open->isEnabled()) Q_EMIT openRequested(selectedRun());
    });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(selectedRun()); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { Q_EMIT resumeRequested(selectedRun()); });
    updateSelection();
}

void RunBrowser::setWorkspace(const QString& folder) {
    m_workspace = folder;
    m_workspaceLabel->setText(tr("Workspace: %1").arg(displayPath(folder)));
    refresh();
}

void RunBrowser::refresh() {
    const QString selected = selectedRun();
    m_table->clear();
    std::vector<RunSummary> runs;
    QString problem;
    if (QDir(m_workspace).exists()) {
        try {
            runs = listRuns(m_workspace.toStdString());
        } catch (const InputError& e) {
            problem = coreMessageText(e.what());
        }
    }
    for (const auto& run : runs) {
        const QString folder = QString::fromStdString(run.folder);
        const QString status = QString::fromStdString(run.status);
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(Name, QDir(folder).dirName());
        item->setText(Status, runStatusText(status));
        item->setForeground(Status, statusColor(status));
        item->setText(Method, QString::fromStdString(run.method));
        item->setText(Miner, QString::fromStdString(run.miner));
        item->setText(Steps, QStringLiteral("%1/%2").arg(run.step).arg(run.totalSteps));
        item->setText(Recall1, percent(run.finalMetrics, "recall_at_1"));
        item->setText(MapR, percent(run.finalMetrics, "map_at_r"));
        double difference = 0;
        item->setText(OverPixels, overPixels(run, &difference));
        if (difference < 0) item->setForeground(OverPixels, QColor(0xc6, 0x28, 0x28));
        if (!run.rawPixelFloor.empty())
            item->setToolTip(OverPixels, tr("raw pixels: R@1 %1, MAP@R %2")
                                             .arg(percent(run.rawPixelFloor, "recall_at_1"),
                                                  percent(run.rawPixelFloor, "map_at_r")));
        for (int c = Steps; c < ColumnCount; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Name, kFolderRole, folder);
        item->setData(Name, kStatusRole, status);
        item->setData(Name, kProblemRole, coreMessageText(run.problem));
        item->setData(Name, kRanksRole, rankHistory(run));
        item->setData(Name, kDatesRole, runDates(run));
        item->setToolTip(Name, folder);
        if (folder == selected) item->setSelected(true);
    }
    if (runs.empty())
        m_details->setPlainText(problem.isEmpty() ? tr("No runs yet in this workspace.") : problem);
    updateSelection();
}

QString RunBrowser::selectedRun() const {
    const auto items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.front()->data(Name, kFolderRole).toString();
}

bool RunBrowser::selectRun(const QString& folder) {
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        auto* item = m_table->topLevelItem(i);
        if (QDir(item->data(Name, kFolderRole).toString()) == QDir(folder)) {
            m_table->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void RunBrowser::setLiveProgress(const QString& folder, qint64 step, qint64 totalSteps) {
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_table->topLevelItem(i);
        if (item->data(Name, kFolderRole).toString() == folder) {
            item->setText(Steps, QStringLiteral("%1/%2").arg(step).arg(totalSteps));
            return;
        }
    }
}

void RunBrowser::setTrainingActive(bool active) {
    m_trainingActive = active;
    updateSelection();
}

void RunBrowser::updateSelection() {
    const auto items = m_table->selectedItems();
    if (items.isEmpty()) {
        m_open->setEnabled(false);
        m_resume->setEnabled(false);
        if (m_table->topLevelItemCount() > 0)
            m_details->setPlainText(
                tr("Select a run to see its folder, status and changed options."));
        return;
    }
    const QString folder = items.front()->data(Name, kFolderRole).toString();
    const QString status = items.front()->data(Name, kStatusRole).toString();
    const QString problem = items.front()->data(Name, kProblemRole).toString();
    // Opening replaces the charts: not while they show a live run.
    m_open->setEnabled(!m_trainingActive && status != QLatin1String("damaged"));
    m_resume->setEnabled(!m_trainingActive && (status == QLatin1String("stopped") ||
                                               status == QLatin1String("crashed")));
    const QString ranks = items.front()->data(Name, kRanksRole).toString();
    const QString dates = items.front()->data(Name, kDatesRole).toString();
    m_details->setPlainText(runDetails(folder, status, problem, ranks, dates));
}

}  // namespace grindstone::widgets
