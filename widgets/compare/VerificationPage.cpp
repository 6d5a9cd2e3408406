#include "widgets/compare/VerificationPage.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <algorithm>

#include "widgets/compare/OverlayChart.h"
#include "widgets/compare/VerificationChart.h"

namespace grindstone::widgets {
namespace {

QString percent(double rate, int decimals = 2) {
    return QLocale().toString(100 * rate, 'f', decimals);
}

enum Column { Name, Pairs, Auc, Eer, Tar2, Tar3, Tar4, Threshold, TestFar, TestFrr, Columns };

}  // namespace

VerificationPage::VerificationPage(QWidget* parent) : QWidget(parent) {
    m_roc = new VerificationChart(VerificationChart::Kind::Roc, this);
    m_det = new VerificationChart(VerificationChart::Kind::Det, this);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("verificationTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Run"), tr("Pairs (same / different)"), tr("AUC"), tr("EER %"),
                              tr("TAR@FAR 1e-2 %"), tr("TAR@FAR 1e-3 %"), tr("TAR@FAR 1e-4 %"),
                              tr("Threshold (validation)"), tr("Test FAR %"), tr("Test FRR %")});
    m_table->headerItem()->setToolTip(
        Threshold, tr("The distance chosen on the validation classes for the run's "
                      "target false-accept rate (option verification_far)"));
    m_table->headerItem()->setToolTip(
        TestFar, tr("What that threshold gives on the test classes: the share of "
                    "different-class pairs accepted"));
    m_table->headerItem()->setToolTip(
        TestFrr, tr("What that threshold gives on the test classes: the share of "
                    "same-class pairs rejected"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: gray"));
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_roc, 0, 0);
    grid->addWidget(m_det, 0, 1);
    grid->addWidget(m_table, 1, 0, 1, 2);
    grid->addWidget(m_note, 2, 0, 1, 2);
    grid->setRowStretch(0, 1);
}

void VerificationPage::setRuns(const QVector<Run>& runs) {
    m_runs.assign(runs.begin(), runs.end());
    QVector<VerificationChart::Run> drawn;
    QStringList missing;
    m_table->clear();
    for (int i = 0; i < static_cast<int>(m_runs.size()); ++i) {
        const Run& run = m_runs[static_cast<size_t>(i)];
        if (!run.report) {
            missing << run.name;
            continue;
        }
        drawn.push_back({run.name, i, &*run.report});
        const VerificationCurve& c = run.report->test;
        auto tar = [&](double far) {
            const auto it = c.tarAtFar.find(far);
            return it == c.tarAtFar.end() ? QStringLiteral("–") : percent(it->second);
        };
        QStringList cells = {run.name,
                             QStringLiteral("%1 / %2").arg(QLocale().toString(c.positivePairs),
                                                           QLocale().toString(c.negativePairs)),
                             QLocale().toString(c.auc, 'f', 4),
                             percent(c.equalErrorRate),
                             tar(1e-2),
                             tar(1e-3),
                             tar(1e-4)};
        if (const auto& chosen = run.report->chosen)
            cells << tr("%1 for FAR %2")
                         .arg(QLocale().toString(chosen->test.threshold, 'g', 4),
                              QLocale().toString(chosen->targetFar, 'g', 3))
                  << percent(chosen->test.falseAcceptRate, 3)
                  << percent(chosen->test.falseRejectRate);
        else
            cells << tr("none (no validation classes)") << QStringLiteral("–")
                  << QStringLiteral("–");
        auto* item = new QTreeWidgetItem(m_table, cells);
        item->setForeground(Name, runColour(i));
        for (int col = Pairs; col < Columns; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int col = 0; col < m_table->columnCount(); ++col)
        m_table->resizeColumnToContents(col);
    // No taller than its rows (up to eight): the curves get the rest of the page.
    const int rowHeight = fontMetrics().height() + 8;
    m_table->setMaximumHeight(
        (std::min(std::max(m_table->topLevelItemCount(), 1), 8) + 1) * rowHeight + 6);
    m_roc->setRuns(drawn);
    m_det->setRuns(drawn);
    QString note =
        tr("Pairs of test images: accepted as the same class when their embeddings are at most "
           "the threshold apart. FAR: different-class pairs accepted; TAR = 1 − FRR: same-class "
           "pairs accepted.");
    if (!missing.isEmpty())
        note += tr(" No verification figures in: %1 (unfinished, or finished by "
                   "an earlier version).")
                    .arg(missing.join(QStringLiteral(", ")));
    m_note->setText(note);
}

}  // namespace grindstone::widgets
