// The Compare tab: a workspace of three runs (two differ only by seed, one by lr_metric) in a
// sortable table, grouping by seed, the configuration diff of two chosen runs (differences
// only, then all), their overlaid curves, the HTML + CSV report (with the pages the app adds),
// and the chosen runs, toggles and page coming back in a new view.
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "FixtureWorkspace.h"
#include "GuiTestSupport.h"
#include "grindstone/evaluation/Verification.h"
#include "widgets/compare/CompareView.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/compare/RunTableModel.h"
#include "widgets/compare/VerificationChart.h"
#include "widgets/compare/VerificationPage.h"
#include "widgets/runs/RunBrowser.h"

using namespace grindstone;
using widgets::CompareView;
using widgets::RunTableModel;

namespace {

QStringList diffKeys(const QTreeWidget* tree) {
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keys << tree->topLevelItem(i)->text(0);
    return keys;
}

QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

class TestCompareView : public QObject {
    Q_OBJECT
    QTemporaryDir m_ws;
    QString m_a, m_b, m_c;

private Q_SLOTS:
    void initTestCase() {
        // Every run of this program starts from the view's defaults, whatever an earlier
        // (perhaps failed) run left in the settings.
        QSettings().remove(QStringLiteral("compare"));
        m_a = test::addFixtureRun(m_ws.path(), QStringLiteral("a-seed1"), 1, {}, {}, 0.90);
        m_b = test::addFixtureRun(m_ws.path(), QStringLiteral("b-seed2"), 2, {}, {}, 0.92);
        m_c = test::addFixtureRun(m_ws.path(), QStringLiteral("c-lr"), 1,
                                  QStringLiteral("lr_metric"), 0.003, 0.80);
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_c.isEmpty());
    }

    void tableSortsAndGroupsBySeed() {
        CompareView view;
        view.setWorkspace(m_ws.path());
        QCOMPARE(view.model()->rowCount(), 3);
        QTableView* table = view.table();
        table->sortByColumn(RunTableModel::R1, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, RunTableModel::Name).data().toString(),
                 QStringLiteral("c-lr"));
        QCOMPARE(table->model()->index(0, RunTableModel::R1).data().toString(),
                 QStringLiteral("80.00"));
        view.model()->setGrouped(true);
        QCOMPARE(view.model()->rowCount(), 2);
        bool found = false;
        for (int r = 0; r < 2; ++r) {
            const QString r1 = view.model()->index(r, RunTableModel::R1).data().toString();
            found = found || r1 == QStringLiteral("91.00 ± 1.41");  // seeds 1 and 2
        }
        QVERIFY(found);
    }

    void figuresFollowTheLocale() {
        // A German desktop writes decimal commas; the figures follow it, the sort does not
        // change. The default locale comes back whatever the checks find.
        const test::GermanLocale german;
        CompareView view;
        view.setWorkspace(m_ws.path());
        QTableView* table = view.table();
        table->sortByColumn(RunTableModel::R1, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, RunTableModel::Name).data().toString(),
                 QStringLiteral("c-lr"));
        QCOMPARE(table->model()->index(0, RunTableModel::R1).data().toString(),
                 QStringLiteral("80,00"));
        view.model()->setGrouped(true);
        QStringList grouped;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            grouped << view.model()->index(r, RunTableModel::R1).data().toString();
        QVERIFY2(grouped.contains(QStringLiteral("91,00 ± 1,41")), qPrintable(grouped.join(u'|')));
    }

    void figuresBelowTheRawPixelFloorAreMarked() {
        // A run whose Recall@1 (0.90) is below its raw-pixel floor (0.95) and above it on MAP@R.
        QTemporaryDir ws;
        const QString run =
            test::addFixtureRun(ws.path(), QStringLiteral("below"), 1, {}, {}, 0.90);
        QJsonObject status = test::readJsonObject(run + QStringLiteral("/run.json"));
        status[QStringLiteral("raw_pixel_floor")] =
            QJsonObject{{QStringLiteral("recall_at_1"), 0.95}, {QStringLiteral("map_at_r"), 0.10}};
        QVERIFY(test::writeJsonObject(run + QStringLiteral("/run.json"), status));

        CompareView view;
        view.setWorkspace(ws.path());
        const QModelIndex r1 = view.model()->index(0, RunTableModel::R1);
        QCOMPARE(r1.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY2(r1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("95.00")),
                 qPrintable(r1.data(Qt::ToolTipRole).toString()));
        const QModelIndex map = view.model()->index(0, RunTableModel::MapAtR);
        QVERIFY(!map.data(Qt::ForegroundRole).isValid());  // above the floor: not marked
        QVERIFY(map.data(Qt::ToolTipRole).toString().contains(QStringLiteral("10.00")));
        QVERIFY(!view.model()->index(0, RunTableModel::R2).data(Qt::ToolTipRole).isValid());

        widgets::RunBrowser browser;
        browser.setWorkspace(ws.path());
        QTreeWidget* table = browser.table();
        int column = -1;
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->headerItem()->text(c) == QStringLiteral("vs pixels")) column = c;
        QVERIFY(column >= 0);
        QCOMPARE(table->topLevelItem(0)->text(column), QStringLiteral("-5.0"));
        QCOMPARE(table->topLevelItem(0)->foreground(column).color(), QColor(0xc6, 0x28, 0x28));
    }

    void verificationPageOverlaysTheRunsCurves() {
        // Two runs with stored verification figures (made by core from hand-made pairs, as
        // the final evaluation stores them) and one without.
        QTemporaryDir ws;
        const QString good =
            test::addFixtureRun(ws.path(), QStringLiteral("good"), 1, {}, {}, 0.95);
        const QString poor =
            test::addFixtureRun(ws.path(), QStringLiteral("poor"), 2, {}, {}, 0.85);
        const QString old = test::addFixtureRun(ws.path(), QStringLiteral("old"), 3, {}, {}, 0.9);
        auto store = [](const QString& run, const PairDistances& pairs, bool threshold) {
            VerificationReport report;
            report.test = verificationCurve(pairs, standardFalseAcceptRates());
            if (threshold)
                report.chosen = ThresholdTransfer{1e-2, 120, operatingPoint(pairs, 2.0),
                                                  operatingPoint(pairs, 2.0)};
            QJsonObject status = test::readJsonObject(run + QStringLiteral("/run.json"));
            status[QStringLiteral("final_verification")] =
                QJsonDocument::fromJson(QByteArray::fromStdString(verificationJsonText(report)))
                    .object();
            return test::writeJsonObject(run + QStringLiteral("/run.json"), status);
        };
        PairDistances separated, mixed;
        for (int i = 0; i < 200; ++i) {
            separated.positive.push_back(0.01f * static_cast<float>(i));         // 0 - 2
            separated.negative.push_back(1.5f + 0.01f * static_cast<float>(i));  // 1.5 - 3.5
            mixed.positive.push_back(0.02f * static_cast<float>(i));             // 0 - 4
            mixed.negative.push_back(0.02f * static_cast<float>(i) + 0.5f);      // 0.5 - 4.5
        }
        QVERIFY(store(good, separated, true));
        QVERIFY(store(poor, mixed, false));

        CompareView view;
        view.resize(1400, 900);
        view.setWorkspace(ws.path());
        view.selectRuns({good, poor, old});
        widgets::VerificationPage* page = view.verificationPage();
        QCOMPARE(page->roc()->drawnSeries(),
                 (QStringList{QStringLiteral("good"), QStringLiteral("poor")}));
        QCOMPARE(page->det()->drawnSeries(), page->roc()->drawnSeries());
        QTreeWidget* table = page->table();
        QCOMPARE(table->topLevelItemCount(), 2);
        // good: 50 of 200 negatives (1.5 - 2.0) fall inside the positives' range.
        const auto expected = verificationCurve(separated, {});
        QCOMPARE(table->topLevelItem(0)->text(2), QLocale().toString(expected.auc, 'f', 4));
        QVERIFY(table->topLevelItem(0)->text(7).endsWith(QStringLiteral("for FAR 0.01")));
        QCOMPARE(table->topLevelItem(1)->text(7), QStringLiteral("none (no validation classes)"));
        // 200 negatives measure FAR 1e-2 (two false accepts), not 1e-3.
        QVERIFY(table->topLevelItem(0)->text(4) != QStringLiteral("–"));
        QCOMPARE(table->topLevelItem(0)->text(5), QStringLiteral("–"));
        QVERIFY(page->note()->text().contains(QStringLiteral("No verification figures in: old")));
        // The better-separated run lies above the other on the ROC curve.
        QVERIFY(expected.auc > verificationCurve(mixed, {}).auc);
        QVERIFY(view.pages()->indexOf(page) >= 0);
    }

    void twoRunsShowTheirDifferencesCurvesAndReport() {
        CompareView view;
        view.setWorkspace(m_ws.path());
        view.selectRuns({m_a, m_c});
        QCOMPARE(view.selectedRuns(), QStringList({m_a, m_c}));
        QCOMPARE(diffKeys(view.diffTree()), QStringList({QStringLiteral("lr_metric")}));
        QCOMPARE(view.diffTree()->topLevelItem(0)->text(2), QStringLiteral("0.003"));
        view.differencesOnly()->setChecked(false);
        QVERIFY(diffKeys(view.diffTree()).contains(QStringLiteral("seed")));
        QVERIFY(diffKeys(view.diffTree()).size() > 20);
        for (widgets::OverlayChart* chart : view.charts()) {
            if (chart->key() == QStringLiteral("recall_at_1") ||
                chart->key() == QStringLiteral("j_metric"))
                QCOMPARE(chart->drawnSeries(),
                         QStringList({QStringLiteral("a-seed1"), QStringLiteral("c-lr")}));
        }
        // One legend names the runs in their colours for all charts.
        const QString legend = view.findChild<QLabel*>(QStringLiteral("runLegend"))->text();
        QVERIFY2(legend.contains(QStringLiteral("a-seed1")) &&
                     legend.contains(QStringLiteral("c-lr")) &&
                     legend.contains(QStringLiteral("x: step")),
                 qPrintable(legend));
        auto* page = new QLabel(QStringLiteral("an added page"));
        view.addPage(page, QStringLiteral("Extra"));
        view.resize(1200, 800);
        QTemporaryDir out;
        QString error;
        QVERIFY2(view.exportReport(out.filePath(QStringLiteral("report.html")), &error),
                 qPrintable(error));
        const QString html = readText(out.filePath(QStringLiteral("report.html")));
        QVERIFY(html.contains(QStringLiteral("lr_metric")));
        // Every chart, the two verification charts, and the added page under its title.
        QCOMPARE(html.count(QStringLiteral("<img ")), view.charts().size() + 2 + 1);
        QVERIFY(html.contains(QStringLiteral("<h2>Verification</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Extra</h2><img alt=\"Extra\"")));
        QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
        const QStringList csv = readText(out.filePath(QStringLiteral("report.csv")))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 4);  // header + 3 runs
        QVERIFY(csv[0].startsWith(QStringLiteral("Run,Method,Miner")));
        QVERIFY(!view.exportReport(out.filePath(QStringLiteral("no/such/dir/r.html")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));
    }

    void chosenRunsAndTogglesComeBack() {
        {
            CompareView view;
            view.setWorkspace(m_ws.path());
            view.selectRuns({m_b, m_c});
            view.differencesOnly()->setChecked(false);
            auto* extra = new QLabel;
            view.addPage(extra, QStringLiteral("Extra"));
            view.pages()->setCurrentWidget(extra);
        }
        CompareView again;
        QCOMPARE(again.pages()->currentIndex(), 0);  // "Extra" is not there yet
        auto* extra = new QLabel;
        again.addPage(extra, QStringLiteral("Extra"));  // the app adds its pages after
        QCOMPARE(again.pages()->currentWidget(), extra);
        again.setWorkspace(m_ws.path());
        QCOMPARE(again.selectedRuns(), QStringList({m_b, m_c}));
        QVERIFY(!again.differencesOnly()->isChecked());
        again.differencesOnly()->setChecked(true);  // leave the defaults for other tests
        again.pages()->setCurrentIndex(0);
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
