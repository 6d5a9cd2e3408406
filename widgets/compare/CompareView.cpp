#include "widgets/compare/CompareView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "grindstone/Error.h"
#include "grindstone/compare/ConfigDiff.h"
#include "grindstone/session/RunListing.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/compare/RunTableModel.h"
#include "widgets/compare/VerificationPage.h"
#include "widgets/runs/RunLogReader.h"

namespace grindstone::widgets {
namespace {

struct ChartChoice {
    const char* title;
    const char* key;
    bool evaluation;
};

// The figures people compare first: the metric loss, the retrieval metrics, the schedules.
constexpr ChartChoice kCharts[] = {
    {QT_TRANSLATE_NOOP("CompareCharts", "Recall@1 (%)"), "recall_at_1", true},
    {QT_TRANSLATE_NOOP("CompareCharts", "MAP@R (%)"), "map_at_r", true},
    {QT_TRANSLATE_NOOP("CompareCharts", "Metric loss J_metric"), "j_metric", false},
    {QT_TRANSLATE_NOOP("CompareCharts", "J_syn"), "j_syn", false},
    {QT_TRANSLATE_NOOP("CompareCharts", "Real / synthetic weight p_t"), "p_t", false},
    {QT_TRANSLATE_NOOP("CompareCharts", "ART margin m_t"), "m_t", false},
};

const QString kSettingsGroup = QStringLiteral("compare");

/// What names a page in the settings: its "viewName" (English in every language, the name
/// --view takes), else its title.
QString pageKey(const QTabWidget* pages, int index) {
    const QVariant name = pages->widget(index)->property("viewName");
    return name.isValid() ? name.toString() : pages->tabText(index);
}

}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
    m_model = new RunTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    buildLayout();
    restoreState();
}

CompareView::~CompareView() = default;

void CompareView::buildLayout() {
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter runs (name, method, miner, status...)"));
    m_filter->setClearButtonEnabled(true);
    m_grouped = new QCheckBox(tr("Group seeds (mean ± std)"), this);
    m_grouped->setToolTip(
        tr("One row per set of finished runs whose options differ only by seed (and bookkeeping "
           "such as threads or logging cadence)"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_grouped);
    top->addWidget(refreshButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setMinimumHeight(5 * (fontMetrics().height() + 6));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunTableModel::Name, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->sortByColumn(RunTableModel::Name, Qt::AscendingOrder);

    m_summary = new QLabel(tr("Select two or more runs (Ctrl/Shift+click) to compare them."), this);
    m_differencesOnly = new QCheckBox(tr("Differences only"), this);
    m_differencesOnly->setChecked(true);
    m_xAxis = new QComboBox(this);
    m_xAxis->addItems({tr("x: step"), tr("x: training time")});
    auto* exportButton = new QPushButton(tr("Export report..."), this);
    exportButton->setObjectName(QStringLiteral("exportReport"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_differencesOnly);
    bar->addWidget(m_xAxis);
    bar->addWidget(exportButton);

    m_diff = new QTreeWidget(this);
    m_diff->setObjectName(QStringLiteral("configDiff"));
    m_diff->setRootIsDecorated(false);
    m_diff->setAlternatingRowColors(true);
    auto* chartsPage = new QWidget;
    auto* grid = new QGridLayout(chartsPage);
    m_legend = new QLabel(chartsPage);
    m_legend->setObjectName(QStringLiteral("runLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    grid->addWidget(m_legend, 0, 0, 1, 3);
    int i = 0;
    for (const auto& c : kCharts) {
        auto* chart = new OverlayChart(QCoreApplication::translate("CompareCharts", c.title),
                                       QString::fromLatin1(c.key), c.evaluation, chartsPage);
        m_charts << chart;
        grid->addWidget(chart, 1 + i / 3, i % 3);
        ++i;
    }
    auto* tabs = m_pages = new QTabWidget(this);
    tabs->addTab(chartsPage, tr("Curves"));
    m_verification = new VerificationPage;
    tabs->addTab(m_verification, tr("Verification"));
    tabs->addTab(m_diff, tr("Configuration"));
    // The titles are translated; these names are not.
    chartsPage->setProperty("viewName", QStringLiteral("curves"));
    m_verification->setProperty("viewName", QStringLiteral("verification"));
    m_diff->setProperty("viewName", QStringLiteral("configuration"));

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(bar);
    lowerLayout->addWidget(tabs, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_grouped, &QCheckBox::toggled, this, [this](bool on) {
        const QStringList keep = selectedRuns();
        m_model->setGrouped(on);
        selectRuns(keep);
        saveState();
    });
    connect(refreshButton, &QPushButton::clicked, this, &CompareView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareView::updateComparison);
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this] {
        updateDiff();
        saveState();
    });
    connect(m_xAxis, &QComboBox::currentIndexChanged, this, [this] {
        updateCharts();
        saveState();
    });
    connect(m_pages, &QTabWidget::currentChanged, this, [this] { saveState(); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the comparison report"),
            m_workspace + QStringLiteral("/comparison.html"),  // i18n: a file name
            tr("HTML (*.html)"));
        if (path.isEmpty()) return;
        QString error;
        m_summary->setText(exportReport(path, &error) ? tr("Report written: %1 (+ .csv)").arg(path)
                                                      : error);
    });
}

void CompareView::addPage(QWidget* page, const QString& title) {
    m_pages->addTab(page, title);
    m_addedPages << page;
    if (pageKey(m_pages, m_pages->indexOf(page)) == m_restoredPage) {
        const QSignalBlocker block(m_pages);  // restoring is not a choice to save
        m_pages->setCurrentWidget(page);
    }
}

void CompareView::setWorkspace(const QString& workspace) {
    m_workspace = workspace;
    refresh();
}

void CompareView::refresh() {
    const QStringList keep = m_restoredSelection.isEmpty() ? selectedRuns() : m_restoredSelection;
    m_restoredSelection.clear();
    std::vector<RunSummary> runs;
    try {
        if (!m_workspace.isEmpty()) runs = listRuns(m_workspace.toStdString());
    } catch (const InputError& e) {
        m_summary->setText(coreMessageText(e.what()));
    }
    m_model->setRuns(std::move(runs));
    selectRuns(keep);
}

void CompareView::selectRuns(const QStringList& folders) {
    QItemSelection selection;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        const QStringList rowFolders = index.data(RunTableModel::FolderRole).toStringList();
        for (const QString& f : rowFolders)
            if (folders.contains(f)) {
                selection.select(index, m_proxy->index(r, RunTableModel::ColumnCount - 1));
                break;
            }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    updateComparison();
}

QStringList CompareView::selectedRuns() const {
    QStringList folders;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        folders << index.data(RunTableModel::FolderRole).toStringList();
    folders.sort();
    return folders;
}

void CompareView::updateComparison() {
    const QStringList folders = selectedRuns();
    if (folders != m_storeFolders) {
        m_stores.clear();
        for (const QString& folder : folders) {
            auto store = std::make_unique<MetricStore>();
            loadRunLog(folder, *store);
            m_stores.push_back(std::move(store));
        }
        m_storeFolders = folders;
        // The listing has read every run.json already: its summaries hold the figures.
        QVector<VerificationPage::Run> verification;
        for (const QString& folder : folders) {
            const int index = m_model->runIndex(folder);
            verification.push_back(
                {QFileInfo(folder).fileName(),
                 index < 0 ? std::nullopt
                           : m_model->runs()[static_cast<size_t>(index)].verification});
        }
        m_verification->setRuns(verification);
    }
    m_summary->setText(folders.size() < 2
                           ? tr("Select two or more runs (Ctrl/Shift+click) to compare them.")
                           : tr("Comparing %n runs", nullptr, int(folders.size())));
    updateDiff();
    updateCharts();
    saveState();
    Q_EMIT comparisonChanged();
}

void CompareView::updateDiff() {
    m_diff->clear();
    QStringList header{tr("Option")};
    std::vector<std::string> folders;
    for (const QString& folder : m_storeFolders) {
        header << QFileInfo(folder).fileName();
        folders.push_back(folder.toStdString());
    }
    m_diff->setHeaderLabels(header);
    if (folders.empty()) return;
    try {
        auto rows = diffRunConfigs(folders);
        if (m_differencesOnly->isChecked()) rows = grindstone::differencesOnly(rows);
        for (const DiffRow& row : rows) {
            QStringList cells{QString::fromStdString(row.key)};
            for (const auto& v : row.values)
                cells << (v ? QString::fromStdString(*v) : tr("(missing)"));
            auto* item = new QTreeWidgetItem(m_diff, cells);
            if (row.differs) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
        }
    } catch (const InputError& e) {
        new QTreeWidgetItem(m_diff, {coreMessageText(e.what())});
    }
    for (int c = 0; c < m_diff->columnCount(); ++c)
        m_diff->resizeColumnToContents(c);
}

void CompareView::updateCharts() {
    QVector<OverlayChart::Run> runs;
    for (size_t i = 0; i < m_stores.size(); ++i)
        runs.push_back(
            {QFileInfo(m_storeFolders[static_cast<int>(i)]).fileName(), m_stores[i].get()});
    for (OverlayChart* chart : m_charts)
        chart->setRuns(runs, m_xAxis->currentIndex() == 1);
    m_legend->setText(legendHtml());
}

QString CompareView::legendHtml() const {
    QString html;
    for (int i = 0; i < m_storeFolders.size(); ++i)
        html +=
            QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;&nbsp; ")
                .arg(runColour(i).name(), QFileInfo(m_storeFolders[i]).fileName().toHtmlEscaped());
    if (!html.isEmpty())
        html += QStringLiteral("<span style=\"color:gray\">x: %1</span>")
                    .arg(m_xAxis->currentIndex() == 1 ? tr("training time (s)") : tr("step"));
    return html;
}

void CompareView::saveState() const {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("runs"), selectedRuns());
    settings.setValue(QStringLiteral("differencesOnly"), m_differencesOnly->isChecked());
    settings.setValue(QStringLiteral("grouped"), m_grouped->isChecked());
    settings.setValue(QStringLiteral("byTime"), m_xAxis->currentIndex() == 1);
    settings.setValue(QStringLiteral("page"), pageKey(m_pages, m_pages->currentIndex()));
}

void CompareView::restoreState() {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QSignalBlocker a(m_differencesOnly), b(m_grouped), c(m_xAxis), d(m_pages);
    m_differencesOnly->setChecked(settings.value(QStringLiteral("differencesOnly"), true).toBool());
    m_grouped->setChecked(settings.value(QStringLiteral("grouped"), false).toBool());
    m_model->setGrouped(m_grouped->isChecked());
    m_xAxis->setCurrentIndex(settings.value(QStringLiteral("byTime"), false).toBool() ? 1 : 0);
    m_restoredSelection = settings.value(QStringLiteral("runs")).toStringList();
    // The app's pages come later (addPage): the saved one is chosen when it arrives.
    m_restoredPage = settings.value(QStringLiteral("page")).toString();
    for (int i = 0; i < m_pages->count(); ++i)
        if (pageKey(m_pages, i) == m_restoredPage) m_pages->setCurrentIndex(i);
}

}  // namespace grindstone::widgets
