// CompareView's report: one self-contained HTML file (tables, charts as inline PNG images) and
// the CSV of the run table beside it.
#include <QBuffer>
#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QTabWidget>
#include <QTreeWidget>

#include "widgets/compare/CompareView.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/compare/RunTableModel.h"
#include "widgets/compare/VerificationChart.h"
#include "widgets/compare/VerificationPage.h"

namespace grindstone::widgets {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);  // atomic: a reader never sees half a report
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) *error = CompareView::tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString pngDataUrl(QWidget* widget) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    widget->grab().save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString runTableHtml(const RunTableModel& model, const QStringList& folders) {
    QString html = QStringLiteral("<table><tr>");
    for (int c = 0; c < RunTableModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal, Qt::DisplayRole)
                             .toString()
                             .toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const QStringList rowFolders =
            model.index(r, 0).data(RunTableModel::FolderRole).toStringList();
        bool chosen = false;
        for (const QString& f : rowFolders)
            chosen = chosen || folders.contains(f);
        if (!chosen) continue;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < RunTableModel::ColumnCount; ++c)
            html += QStringLiteral("<td>%1</td>")
                        .arg(model.index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString treeHtml(const QTreeWidget& diff) {
    QString html = QStringLiteral("<table><tr>");
    for (int c = 0; c < diff.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(diff.headerItem()->text(c).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < diff.topLevelItemCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < diff.columnCount(); ++c)
            html +=
                QStringLiteral("<td>%1</td>").arg(diff.topLevelItem(r)->text(c).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

}  // namespace

bool CompareView::exportReport(const QString& path, QString* error) const {
    const QStringList folders = selectedRuns();
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:"
            "1em 0}"
            "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#f0f0f0}"
            "img{margin:4px;border:1px solid #ddd}</style></head><body>")
            .arg(tr("Grindstone comparison").toHtmlEscaped());
    // The report is for people, like the pages it captures: in the user's language. The CSV
    // beside it is data and stays English.
    html += tr("<h1>Run comparison</h1><p>%n runs of %1, written %2. Metrics are "
               "the last evaluation's on the test classes (never the best one), in "
               "percent.</p>",
               nullptr, int(folders.size()))
                .arg(m_workspace.toHtmlEscaped(),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    html += tr("<h2>Runs</h2>") + runTableHtml(*m_model, folders);
    html += (m_differencesOnly->isChecked() ? tr("<h2>Configuration (differences only)</h2>")
                                            : tr("<h2>Configuration</h2>")) +
            treeHtml(*m_diff);
    html += tr("<h2>Curves</h2>") + QStringLiteral("<p>") + legendHtml() + QStringLiteral("</p>");
    for (OverlayChart* chart : m_charts)
        html += QStringLiteral("<img alt=\"%1\" src=\"%2\">")
                    .arg(chart->chart()->title().toHtmlEscaped(), pngDataUrl(chart));
    html += tr("<h2>Verification</h2>") + treeHtml(*m_verification->table()) +
            QStringLiteral("<p>") + m_verification->note()->text().toHtmlEscaped() +
            QStringLiteral("</p>");
    for (QWidget* chart : {static_cast<QWidget*>(m_verification->roc()),
                           static_cast<QWidget*>(m_verification->det())})
        html += QStringLiteral("<img alt=\"verification\" src=\"%1\">").arg(pngDataUrl(chart));
    // The app's pages (the two embedding spaces, the two runs' samples) as they look now; a
    // hidden tab is laid out at the tab widget's size, so its image is the full page.
    for (QWidget* page : m_addedPages) {
        const QString title = m_pages->tabText(m_pages->indexOf(page));
        html += QStringLiteral("<h2>%1</h2><img alt=\"%1\" src=\"%2\">")
                    .arg(title.toHtmlEscaped(), pngDataUrl(page));
    }
    html += QStringLiteral("</body></html>\n");

    const QFileInfo info(path);
    const QString csvPath =
        info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".csv");
    return writeFile(path, html.toUtf8(), error) &&
           writeFile(csvPath, m_model->toCsv().toUtf8(), error);
}

}  // namespace grindstone::widgets
