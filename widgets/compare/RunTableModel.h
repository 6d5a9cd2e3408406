#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "grindstone/compare/SeedGroups.h"
#include "grindstone/session/RunListing.h"

namespace grindstone::widgets {

/// The runs of a workspace as a sortable table (name, method, miner, dataset, status, steps,
/// duration, final Recall@1/2/4/8, NMI, F1, MAP@R), or, grouped, one row per set of runs that
/// differ only by seed with each figure as mean ± std (n). Sorting uses the numbers
/// (SortRole); metrics are the last evaluation's (never the best one). A run's figure below
/// its raw-pixel floor is drawn red, with the floor in its tooltip.
class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Method,
        Miner,
        Dataset,
        Status,
        Steps,
        Duration,
        R1,
        R2,
        R4,
        R8,
        Nmi,
        F1,
        MapAtR,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FolderRole = Qt::UserRole + 2;  ///< a row's run folders (QStringList)

    explicit RunTableModel(QObject* parent = nullptr);

    void setRuns(std::vector<RunSummary> runs);
    void setGrouped(bool grouped);
    bool grouped() const { return m_grouped; }
    const std::vector<RunSummary>& runs() const { return m_runs; }
    /// Index into runs() of a folder, -1 when absent.
    int runIndex(const QString& folder) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The table as CSV (header + rows as displayed in English, RFC 4180 quoting): a file is
    /// data, whatever the language of the window.
    QString toCsv() const;

private:
    /// `english` (a QT_TR_NOOP text) as the table shows it: translated, or English while
    /// toCsv() writes.
    QString say(const char* english, int n = -1) const;
    QString duration(double seconds) const;

    QVariant runData(const RunSummary& run, int column, int role) const;
    QVariant metricData(const RunSummary& run, const char* key, int role) const;
    QVariant groupData(const SeedGroup& group, int column, int role) const;

    std::vector<RunSummary> m_runs;
    std::vector<SeedGroup> m_groups;
    bool m_grouped = false;
    mutable bool m_english = false;  ///< toCsv() is writing
};

}  // namespace grindstone::widgets
