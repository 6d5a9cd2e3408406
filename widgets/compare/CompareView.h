#pragma once

#include <QVector>
#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace grindstone::widgets {

class MetricStore;
class OverlayChart;
class RunTableModel;
class VerificationPage;

/// Compare runs side by side: the workspace's runs as a sortable, filterable table (optionally
/// grouped by seed into mean ± std); for the runs selected in it, the configuration diff
/// ("differences only" by default), overlaid curves (losses, metrics, schedules) with one
/// colour per run against step or time, their verification curves (ROC, DET) and figures, and
/// an HTML + CSV report. The chosen runs, toggles and
/// page are kept in QSettings and come back at the next launch.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    /// Lists the runs of `workspace` (keeps the selection of runs still there).
    void setWorkspace(const QString& workspace);
    void refresh();

    /// Selects these run folders in the table (the comparison follows).
    void selectRuns(const QStringList& folders);
    QStringList selectedRuns() const;

    /// Writes `path` (HTML: the selected runs' table, the configuration differences, every
    /// chart and every added page (3D views, galleries) as an image) and the CSV of the whole
    /// run table beside it (same name, .csv).
    bool exportReport(const QString& path, QString* error) const;

    /// Adds a page beside "Curves" and "Configuration" (the app's views of the chosen runs);
    /// the report shows it as an image under its title.
    void addPage(QWidget* page, const QString& title);

    RunTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Curves, Configuration and the added pages.
    QTabWidget* pages() const { return m_pages; }
    QTreeWidget* diffTree() const { return m_diff; }
    const QVector<OverlayChart*>& charts() const { return m_charts; }
    VerificationPage* verificationPage() const { return m_verification; }
    QCheckBox* differencesOnly() const { return m_differencesOnly; }

Q_SIGNALS:
    void comparisonChanged();

private:
    void buildLayout();
    void updateComparison();
    void updateDiff();
    void updateCharts();
    /// The runs' colours and names and the x quantity, for the charts' shared legend.
    QString legendHtml() const;
    void saveState() const;
    void restoreState();

    QString m_workspace;
    RunTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_grouped = nullptr;
    QCheckBox* m_differencesOnly = nullptr;
    QComboBox* m_xAxis = nullptr;
    QTreeWidget* m_diff = nullptr;
    QTabWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    QVector<OverlayChart*> m_charts;
    VerificationPage* m_verification = nullptr;
    QLabel* m_legend = nullptr;
    QList<QWidget*> m_addedPages;
    std::vector<std::unique_ptr<MetricStore>> m_stores;  // one per selected run
    QStringList m_storeFolders;
    QStringList m_restoredSelection;
    QString m_restoredPage;
};

}  // namespace grindstone::widgets
