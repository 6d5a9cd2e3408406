#include "StageQualityTable.h"

#include <QHeaderView>
#include <QLocale>

#include "widgets/gallery/StageStyle.h"

namespace grindstone::widgets {

namespace {

QTableWidgetItem* figure(const QString& text, bool flagged = false) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (flagged) item->setForeground(flagColor());
    return item;
}

}  // namespace

StageQualityTable::StageQualityTable(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("stageQuality"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Stage"), tr("Hardness"), tr("Violate"), tr("Label ok"),
                               tr("Not neg."), tr("Outliers"), tr("Diversity"), tr("QA")});
    const QStringList tips{
        tr("The probe batch's stage files; hover one for its file name and size"),
        tr("Mean D²(a, p) − D²(a, n) of the stage's triplets: higher is harder"),
        tr("Share of triplets inside the metric margin"),
        tr("Share the softmax trained on real embeddings gives the intended class"),
        tr("Negatives whose nearest real neighbours are mostly the anchor's class"),
        tr("Samples farther from the real data than the reals' 99th percentile"),
        tr("Spread against the spread of the real sources; red: collapsed"),
        tr("QA verdicts at this step: accepted / rejected")};
    for (int c = 0; c < ColumnCount; ++c)
        horizontalHeaderItem(c)->setToolTip(tips[c]);
    verticalHeader()->hide();
    // Compact rows: a two-stage probe has 12 stage files, shown two runs side by side.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Every column as wide as its contents (a stage name is never elided); the table scrolls
    // sideways when the page is narrower.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
}

void StageQualityTable::setQuality(const ProbeQuality& quality,
                                   const std::vector<QaTagSummary>& tags) {
    setRowCount(static_cast<int>(quality.stages.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const StageQuality& s = quality.stages[static_cast<size_t>(r)];
        auto* stage = new QTableWidgetItem(stageFileTitle(s.stageFile));
        stage->setData(Qt::UserRole, QString::fromStdString(s.stageFile));
        stage->setToolTip(
            tr("%1: %2 samples").arg(QString::fromStdString(s.stageFile)).arg(s.samples));
        setItem(r, Stage, stage);
        setItem(r, Hardness, figure(QLocale().toString(s.meanHardness, 'g', 3)));
        setItem(r, Violating, figure(percentText(s.violatingShare)));
        setItem(r, LabelConsistent,
                figure(percentText(s.labelConsistency), s.labelConsistency < 0.5));
        const bool negative = s.stage.role == SampleRole::Negative;
        setItem(r, NotNegatives,
                figure(negative ? QLocale().toString(s.notNegatives) : QStringLiteral("–"),
                       s.notNegatives > 0));
        setItem(r, Outliers, figure(QLocale().toString(s.outliers), s.outliers > 0));
        QTableWidgetItem* diversity =
            figure(QLocale().toString(s.diversityRatio, 'f', 2), s.collapsed);
        if (s.collapsed) diversity->setToolTip(tr("collapsed"));
        setItem(r, Diversity, diversity);
        int64_t accepted = 0, rejected = 0;
        for (const QaTagSummary& t : tags)
            if (t.step == quality.step && t.stage == s.stageFile) {
                accepted += t.accepted;
                rejected += t.rejected;
            }
        setItem(r, Verdicts, figure(QStringLiteral("%1 / %2").arg(accepted).arg(rejected)));
    }
}

}  // namespace grindstone::widgets
