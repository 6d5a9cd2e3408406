#include "QaSummaryTable.h"

#include <QHeaderView>
#include <QLocale>

#include "widgets/gallery/StageStyle.h"

namespace grindstone::widgets {

QaSummaryTable::QaSummaryTable(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("qaSummary"));
    setColumnCount(5);
    setHorizontalHeaderLabels(
        {tr("Step"), tr("Stage"), tr("Accepted"), tr("Rejected"), tr("Notes")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
}

void QaSummaryTable::setSummary(const std::vector<QaTagSummary>& summary) {
    setRowCount(static_cast<int>(summary.size()));
    auto number = [](int64_t value) {
        auto* item = new QTableWidgetItem(QLocale().toString(value));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < rowCount(); ++r) {
        const QaTagSummary& s = summary[static_cast<size_t>(r)];
        setItem(r, 0, number(s.step));
        setItem(r, 1,
                new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                    stageFileTitle(s.stage), QString::fromStdString(s.stage))));
        setItem(r, 2, number(s.accepted));
        setItem(r, 3, number(s.rejected));
        setItem(r, 4, number(s.notes));
    }
}

}  // namespace grindstone::widgets
