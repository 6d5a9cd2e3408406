#include "widgets/compare/RunTableModel.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <cmath>

#include "widgets/common/CoreMessageText.h"
#include "widgets/common/RunStatusText.h"

namespace grindstone::widgets {
namespace {

const char* const kMetricKeys[] = {"recall_at_1", "recall_at_2", "recall_at_4", "recall_at_8",
                                   "nmi",         "f1",          "map_at_r"};

const char* metricKey(int column) {
    return kMetricKeys[column - RunTableModel::R1];
}

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

}  // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QString RunTableModel::say(const char* english, int n) const {
    if (!m_english) return tr(english, nullptr, n);
    QString text = QString::fromUtf8(english);
    return n < 0 ? text : text.replace(QStringLiteral("%n"), QLocale().toString(n));
}

QString RunTableModel::duration(double seconds) const {
    if (seconds <= 0) return QStringLiteral("-");
    const auto s = static_cast<qint64>(std::lround(seconds));
    return s >= 3600 ? say(QT_TR_NOOP("%1 h %2 min")).arg(s / 3600).arg((s % 3600) / 60)
                     : say(QT_TR_NOOP("%1 min %2 s")).arg(s / 60).arg(s % 60);
}

void RunTableModel::setRuns(std::vector<RunSummary> runs) {
    beginResetModel();
    m_runs = std::move(runs);
    m_groups = groupBySeed(m_runs);
    endResetModel();
}

void RunTableModel::setGrouped(bool grouped) {
    if (grouped == m_grouped) return;
    beginResetModel();
    m_grouped = grouped;
    endResetModel();
}

int RunTableModel::runIndex(const QString& folder) const {
    for (size_t i = 0; i < m_runs.size(); ++i)
        if (QString::fromStdString(m_runs[i].folder) == folder) return static_cast<int>(i);
    return -1;
}

int RunTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return static_cast<int>(m_grouped ? m_groups.size() : m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* const names[] = {
        QT_TR_NOOP("Run"),    QT_TR_NOOP("Method"), QT_TR_NOOP("Miner"),    QT_TR_NOOP("Dataset"),
        QT_TR_NOOP("Status"), QT_TR_NOOP("Steps"),  QT_TR_NOOP("Duration"), QT_TR_NOOP("R@1"),
        QT_TR_NOOP("R@2"),    QT_TR_NOOP("R@4"),    QT_TR_NOOP("R@8"),      QT_TR_NOOP("NMI"),
        QT_TR_NOOP("F1"),     QT_TR_NOOP("MAP@R")};
    if (section == Name && m_grouped) return say(QT_TR_NOOP("Runs (seeds)"));
    return say(names[section]);
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const auto row = static_cast<size_t>(index.row());
    return m_grouped ? groupData(m_groups[row], index.column(), role)
                     : runData(m_runs[row], index.column(), role);
}

QVariant RunTableModel::runData(const RunSummary& run, int column, int role) const {
    const QString folder = QString::fromStdString(run.folder);
    if (role == FolderRole) return QStringList{folder};
    if (column >= R1) return metricData(run, metricKey(column), role);
    if (role == Qt::ToolTipRole) {
        return run.problem.empty() ? folder
                                   : folder + QStringLiteral("\n") + coreMessageText(run.problem);
    }
    if (role == SortRole) {
        if (column == Steps) return static_cast<qlonglong>(run.step);
        if (column == Duration) return run.wallSeconds;
    }
    if (role != Qt::DisplayRole && role != SortRole) return {};
    switch (column) {
        case Name:
            return QFileInfo(folder).fileName();
        case Method:
            return QString::fromStdString(run.method);
        case Miner:
            return QString::fromStdString(run.miner);
        case Dataset:
            return QFileInfo(QString::fromStdString(run.dataset)).fileName();
        case Status:
            return m_english ? QString::fromStdString(run.status)
                             : runStatusText(QString::fromStdString(run.status));
        case Steps:
            return QStringLiteral("%1/%2").arg(run.step).arg(run.totalSteps);
        case Duration:
            return duration(run.wallSeconds);
    }
    return {};
}

QVariant RunTableModel::metricData(const RunSummary& run, const char* key, int role) const {
    const auto it = run.finalMetrics.find(key);
    const bool has = it != run.finalMetrics.end() && std::isfinite(it->second);
    if (role == SortRole) return has ? it->second : -1.0;
    if (role == Qt::DisplayRole)
        return has ? QLocale().toString(100 * it->second, 'f', 2) : QStringLiteral("-");
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    // The raw-pixel floor of the same test images: a figure below it is drawn red, since the
    // embedding then retrieves worse than comparing pixels.
    const auto floor = run.rawPixelFloor.find(key);
    if (floor == run.rawPixelFloor.end()) return {};
    if (role == Qt::ToolTipRole)
        return tr("raw pixels, no training: %1")
            .arg(QLocale().toString(100 * floor->second, 'f', 2));
    if (role == Qt::ForegroundRole && has && it->second < floor->second)
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant RunTableModel::groupData(const SeedGroup& group, int column, int role) const {
    const RunSummary& first = m_runs[group.members.front()];
    if (role == FolderRole) {
        QStringList folders;
        for (size_t m : group.members)
            folders << QString::fromStdString(m_runs[m].folder);
        return folders;
    }
    if (column >= R1) {
        const auto it = group.metrics.find(metricKey(column));
        const bool has = it != group.metrics.end() && it->second.n > 0;
        if (role == SortRole) return has ? it->second.mean : -1.0;
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole) return {};
        if (!has) return QStringLiteral("-");
        const SeedSummary& s = it->second;
        return s.n > 1 ? QStringLiteral("%1 ± %2")
                             .arg(QLocale().toString(100 * s.mean, 'f', 2))
                             .arg(QLocale().toString(100 * s.stdDev, 'f', 2))
                       : QLocale().toString(100 * s.mean, 'f', 2);
    }
    if (column == Name) {
        QStringList seeds;
        for (long long seed : group.seeds)
            seeds << QString::number(seed);  // i18n: an identifier, not a quantity
        if (role == Qt::DisplayRole || role == SortRole)
            return say(QT_TR_NOOP("%1 (seeds %2)"))
                .arg(QString::fromStdString(group.label), seeds.join(QStringLiteral(", ")));
        return {};
    }
    if (column == Status && (role == Qt::DisplayRole || role == SortRole))
        return say(QT_TR_NOOP("finished x%1")).arg(group.members.size());
    if (column == Duration) {
        double total = 0;
        for (size_t m : group.members)
            total += m_runs[m].wallSeconds;
        const double mean = total / double(group.members.size());
        if (role == SortRole) return mean;
        if (role == Qt::DisplayRole) return duration(mean);
        return {};
    }
    return runData(first, column, role);
}

QString RunTableModel::toCsv() const {
    m_english = true;
    const auto back = qScopeGuard([this] { m_english = false; });
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << csvField(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << csvField(data(index(r, c), Qt::DisplayRole).toString());
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace grindstone::widgets
