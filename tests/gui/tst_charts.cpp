// The charts' data side and the chart widget: store (with rollback), smoothing and thinning,
// hover read-out, log axis, CSV export, reading a run's log, speed and ETA.
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

#include <cmath>

#include "GuiTestSupport.h"
#include "widgets/charts/ChartExport.h"
#include "widgets/charts/ChartSpec.h"
#include "widgets/charts/ChartsView.h"
#include "widgets/charts/MetricChart.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/charts/SeriesSampling.h"
#include "widgets/compare/OverlayChart.h"
#include "widgets/experiment/StepRate.h"
#include "widgets/runs/RunLogReader.h"

using namespace grindstone::widgets;

namespace {

const double kNan = std::nan("");

const ChartSpec& specOf(const QString& id) {
    for (const auto& spec : standardCharts())
        if (spec.id == id) return spec;
    qFatal("no chart %s", qPrintable(id));
}

void writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

}  // namespace

class TestCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storeAlignsColumnsAndCommitsOnce() {
        MetricStore store;
        QSignalSpy changed(&store, &MetricStore::changed);
        store.appendStep(1, {{QStringLiteral("j_real"), 2.0}});
        store.appendStep(2, {{QStringLiteral("j_real"), 1.5}, {QStringLiteral("j_syn"), 4.0}});
        store.appendStep(3, {{QStringLiteral("j_syn"), 3.0}});
        QCOMPARE(changed.count(), 0);
        store.commit();
        store.commit();  // nothing new: no second repaint
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.steps(), (QVector<qint64>{1, 2, 3}));
        const auto& real = *store.column(QStringLiteral("j_real"));
        const auto& syn = *store.column(QStringLiteral("j_syn"));
        QCOMPARE(real.size(), 3);
        QCOMPARE(real[1], 1.5);
        QVERIFY(std::isnan(real[2]));
        QVERIFY(std::isnan(syn[0]));
        QCOMPARE(syn[2], 3.0);
        QVERIFY(!store.column(QStringLiteral("m_t")));
    }

    void stepBackwardsIsARollback() {
        // A crashed run resumed from its checkpoint of step 2 logs steps 3.. again.
        MetricStore store;
        for (qint64 s = 1; s <= 5; ++s)
            store.appendStep(s, {{QStringLiteral("j_real"), double(s)}});
        store.appendEvaluation({4, false, {{QStringLiteral("recall_at_1"), 0.5}}});
        store.appendEvent({2, QStringLiteral("checkpoint"), QStringLiteral("step-2.pt")});
        store.appendStep(3, {{QStringLiteral("j_real"), 30.0}});
        QCOMPARE(store.steps(), (QVector<qint64>{1, 2, 3}));
        QCOMPARE(store.column(QStringLiteral("j_real"))->at(2), 30.0);
        QVERIFY(store.evaluations().isEmpty());  // step 4's evaluation was of the lost branch
        QCOMPARE(store.events().size(), 2);
        QCOMPARE(store.events().back().kind, QStringLiteral("rollback"));
        QCOMPARE(store.events().back().step, 2);
        QVERIFY(store.events().back().message.contains(QStringLiteral("3 later")));
    }

    void aReportedRollbackIsNotMarkedTwice() {
        // A non-finite loss: the run returns to its checkpoint of step 2 and says so.
        MetricStore store;
        for (qint64 s = 1; s <= 4; ++s)
            store.appendStep(s, {{QStringLiteral("j_real"), double(s)}});
        store.appendEvent({2, QStringLiteral("rollback"), QStringLiteral("j_metric is NaN")});
        store.appendStep(3, {{QStringLiteral("j_real"), 3.5}});
        QCOMPARE(store.steps(), (QVector<qint64>{1, 2, 3}));
        QCOMPARE(store.events().size(), 1);
        QCOMPARE(store.events()[0].message, QStringLiteral("j_metric is NaN"));
    }

    void movingAverageSkipsGaps() {
        const QVector<double> v{1, kNan, 3, 5};
        const auto s = exponentialMovingAverage(v, 0.5);
        QCOMPARE(s[0], 1.0);
        QVERIFY(std::isnan(s[1]));
        QCOMPARE(s[2], 2.0);  // 0.5 * 1 + 0.5 * 3: the gap does not restart the average
        QCOMPARE(s[3], 3.5);
        QCOMPARE(exponentialMovingAverage(v, 0)[3], 5.0);
    }

    void chartPointsDropGapsAndThinLongRuns() {
        QVector<qint64> steps;
        QVector<double> values;
        for (int i = 1; i <= 10; ++i) {
            steps << i;
            values << (i == 3 ? kNan : i == 4 ? 0.0 : double(i));
        }
        QCOMPARE(chartPoints(steps, values, false, 0).size(), 9);
        QCOMPARE(chartPoints(steps, values, true, 0).size(), 8);  // log axis: no zero
        const auto thinned = chartPoints(steps, values, false, 3);
        QCOMPARE(thinned.size(), 3);
        QCOMPARE(thinned[0], QPointF((1 + 2 + 4) / 3.0, (1 + 2 + 0) / 3.0));
        const auto highs = chartPoints(steps, values, false, 3, BucketReduce::Max);
        QCOMPARE(highs[2].y(), 10.0);
    }

    void chartDrawsPresentKeysAndExplainsAbsentOnes() {
        MetricStore store;
        MetricChart losses(specOf(QStringLiteral("metric-loss")), store);
        MetricChart margin(specOf(QStringLiteral("art-margin")), store);
        losses.resize(400, 300);
        for (qint64 s = 1; s <= 20; ++s)
            store.appendStep(
                s, {{QStringLiteral("j_real"), 10.0 / s}, {QStringLiteral("j_metric"), 5.0 / s}});
        store.commit();
        losses.refresh();
        margin.refresh();
        QCOMPARE(losses.drawnSeries(),
                 (QStringList{QStringLiteral("J_real"), QStringLiteral("J_metric")}));
        QCOMPARE(losses.pointCount(), 40);
        QCOMPARE(margin.pointCount(), 0);  // a triplet run has no m_t
    }

    void emptyNoteStaysInsideANarrowPlot() {
        // The retrieval chart's note is long: in a narrow chart (the 3 x 3 grid of a laptop
        // screen) it wraps inside the plot area instead of running over the axis and out.
        MetricStore store;
        MetricChart chart(specOf(QStringLiteral("retrieval")), store);
        chart.resize(260, 170);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refresh();
        QGraphicsTextItem* note = nullptr;
        for (QGraphicsItem* item : chart.chart()->childItems())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                text && text->isVisible() &&
                text->toPlainText().startsWith(QStringLiteral("Filled at each evaluation")))
                note = text;
        QVERIFY(note);
        const QRectF plot = chart.chart()->plotArea();
        const QRectF box = note->mapRectToParent(note->boundingRect());
        QVERIFY2(plot.left() <= box.left() && box.right() <= plot.right(),
                 qPrintable(QStringLiteral("note %1-%2, plot %3-%4")
                                .arg(box.left())
                                .arg(box.right())
                                .arg(plot.left())
                                .arg(plot.right())));
        QVERIFY(box.height() > 1.5 * QFontMetricsF(note->font()).height());  // wrapped
    }

    void axesFollowTheLocale() {
        // Axis labels are formatted by Qt Charts: in the C locale unless told otherwise.
        const grindstone::test::GermanLocale german;
        MetricStore store;
        MetricChart metric(specOf(QStringLiteral("art-margin")), store);
        OverlayChart overlay(QStringLiteral("J_metric"), QStringLiteral("j_metric"), false);
        overlay.setRuns({{QStringLiteral("a"), &store}}, false);
        for (const QChart* chart : {metric.chart(), overlay.chart()}) {
            QVERIFY(chart->localizeNumbers());
            QCOMPARE(chart->locale().toString(0.5, 'f', 1), QStringLiteral("0,5"));
        }
    }

    void retrievalChartDrawsTheRawPixelFloor() {
        MetricStore store;
        MetricChart retrieval(specOf(QStringLiteral("retrieval")), store);
        store.setTotalSteps(40);
        store.appendEvaluation({0, false, {{QStringLiteral("recall_at_1"), 0.5}}});
        store.appendEvaluation({40, true, {{QStringLiteral("recall_at_1"), 0.7}}});
        store.commit();
        retrieval.refresh();
        QVERIFY(retrieval.floorLine(QStringLiteral("recall_at_1")).isEmpty());  // not known yet

        store.setFloor({{QStringLiteral("recall_at_1"), 0.8},
                        {QStringLiteral("map_at_r"), 0.4},
                        {QStringLiteral("recall_at_2"), 0.9}});
        store.commit();
        retrieval.refresh();
        QCOMPARE(retrieval.floorLine(QStringLiteral("recall_at_1")),
                 (QList<QPointF>{QPointF(0, 80), QPointF(40, 80)}));
        QCOMPARE(retrieval.floorLine(QStringLiteral("map_at_r")),
                 (QList<QPointF>{QPointF(0, 40), QPointF(40, 40)}));
        // Only the two figures the verdict names: R@2..8 stay without a floor line.
        QVERIFY(retrieval.floorLine(QStringLiteral("recall_at_2")).isEmpty());
        QCOMPARE(retrieval.pointCount(), 2);  // the floor is not counted as evaluations
        // The chart's own legend keeps to the curves; the view's footer explains the dashes.
        for (QLegendMarker* marker : retrieval.chart()->legend()->markers())
            QVERIFY2(!marker->isVisible() || !marker->label().contains(QStringLiteral("raw")),
                     qPrintable(marker->label()));

        store.clear();  // another run opens
        store.commit();
        retrieval.refresh();
        QVERIFY(retrieval.floorLine(QStringLiteral("recall_at_1")).isEmpty());
    }

    void hoverShowsRawAndSmoothedValuesAndNearbyEvents() {
        MetricStore store;
        MetricChart chart(specOf(QStringLiteral("metric-loss")), store);
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (qint64 s = 1; s <= 10; ++s)
            store.appendStep(s, {{QStringLiteral("j_real"), double(s)}});
        store.appendEvent({5, QStringLiteral("checkpoint"), QStringLiteral("step-00000005.pt")});
        store.commit();
        chart.refresh();
        const QString at5 = chart.hoverText(5.2);
        QVERIFY2(at5.startsWith(QStringLiteral("step 5\nJ_real: 5")), qPrintable(at5));
        QVERIFY2(at5.contains(QStringLiteral("checkpoint at step 5: step-00000005.pt")),
                 qPrintable(at5));
        chart.setSmoothing(0.5);
        QVERIFY2(chart.hoverText(2).contains(QStringLiteral("J_real: 2 (smoothed 1.5)")),
                 qPrintable(chart.hoverText(2)));

        // The mouse over the plot shows it as a tooltip.
        const QPointF middle = chart.chart()->mapToScene(chart.chart()->plotArea().center());
        QTest::mouseMove(chart.viewport(), chart.mapFromScene(middle));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(QStringLiteral("step 5\nJ_real: 5")),
                 qPrintable(QToolTip::text()));
    }

    void logAxisLeavesOutZeros() {
        MetricStore store;
        MetricChart chart(specOf(QStringLiteral("network-losses")), store);
        store.appendStep(1, {{QStringLiteral("loss_g2"), 1000.0}});
        store.appendStep(2, {{QStringLiteral("loss_g2"), 0.0}});
        store.appendStep(3, {{QStringLiteral("loss_g2"), 0.01}});
        store.commit();
        chart.refresh();
        QCOMPARE(chart.pointCount(), 3);
        chart.setLogScale(true);
        QVERIFY(chart.logScale());
        QCOMPARE(chart.pointCount(), 2);
        MetricChart rates(specOf(QStringLiteral("retrieval")), store);
        rates.setLogScale(true);  // not a loss chart: stays linear
        QVERIFY(!rates.logScale());
    }

    void csvHasRawValuesPerStepAndEvaluation() {
        MetricStore store;
        store.appendStep(1, {{QStringLiteral("m_t"), 1.0}});
        store.appendStep(2, {{QStringLiteral("j_real"), 3.0}});
        store.appendStep(3, {{QStringLiteral("m_t"), 1.25}});
        store.appendEvaluation({0, false, {{QStringLiteral("recall_at_1"), 0.5}}});
        store.appendEvaluation(
            {3, true, {{QStringLiteral("recall_at_1"), 0.75}, {QStringLiteral("map_at_r"), 0.25}}});
        QCOMPARE(chartCsv(specOf(QStringLiteral("art-margin")), store),
                 QStringLiteral("step,m_t\n1,1\n3,1.25\n"));
        QCOMPARE(chartCsv(specOf(QStringLiteral("retrieval")), store),
                 QStringLiteral("step,final,recall_at_1,recall_at_2,recall_at_4,recall_at_8,"
                                "map_at_r\n0,0,0.5,,,,\n3,1,0.75,,,,0.25\n"));
        QTemporaryDir dir;
        MetricChart chart(specOf(QStringLiteral("art-margin")), store);
        chart.resize(300, 200);
        QString error;
        QVERIFY(chart.exportCsv(dir.filePath(QStringLiteral("m.csv")), &error));
        QVERIFY(chart.exportPng(dir.filePath(QStringLiteral("m.png"))));
        QCOMPARE(QImage(dir.filePath(QStringLiteral("m.png"))).size(), QSize(300, 200));
        QVERIFY(!chart.exportCsv(dir.filePath(QStringLiteral("no/such/dir/m.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/dir/m.csv")), qPrintable(error));
    }

    void viewExportsEveryChartAndAppliesSmoothing() {
        MetricStore store;
        ChartsView view(store);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (qint64 s = 1; s <= 4; ++s)
            store.appendStep(s, {{QStringLiteral("j_real"), double(s)}});
        store.commit();
        QCOMPARE(view.chart(QStringLiteral("metric-loss"))->pointCount(), 4);
        view.setSmoothing(0.5);
        QVERIFY(view.chart(QStringLiteral("metric-loss"))
                    ->hoverText(2)
                    .contains(QStringLiteral("(smoothed 1.5)")));
        auto* legend = view.findChild<QLabel*>(QStringLiteral("markerLegend"));
        QVERIFY(legend && !legend->text().contains(QStringLiteral("raw pixels")));
        store.setFloor({{QStringLiteral("recall_at_1"), 0.8}});
        store.commit();
        QTRY_VERIFY(legend->text().contains(QStringLiteral("raw pixels, no training")));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(view.exportAll(dir.path(), &error), qPrintable(error));
        for (const auto& spec : standardCharts()) {
            QVERIFY(!QImage(dir.filePath(spec.id + QStringLiteral(".png"))).isNull());
            QVERIFY(QFileInfo(dir.filePath(spec.id + QStringLiteral(".csv"))).size() > 0);
        }
    }

    void runLogLoadsAndReportsDamagedLines() {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("run.json")),
                  R"({"format_version": 1, "status": "finished", "total_steps": 40,
                      "raw_pixel_floor": {"recall_at_1": 0.86, "nmi": null}})");
        writeFile(
            dir.filePath(QStringLiteral("metrics.jsonl")),
            R"({"type":"evaluation","step":0,"final":false,"metrics":{"recall_at_1":0.5,"nmi":null}})"
            "\n"
            R"({"type":"step","step":10,"time":1.5,"j_real":2.5,"m_t":null})"
            "\n"
            "{\"type\":\"step\",\"st\n"
            R"({"type":"event","step":10,"kind":"checkpoint","message":"step-10.pt"})"
            "\n"
            R"({"type":"snapshot","step":10})"
            "\n"
            R"({"type":"step","step":"eleven","j_real":1})"  // valid JSON, wrong type
            "\n"
            R"([1, 2])"
            "\n"
            R"({"type":"written-by-a-newer-version","step":12})"
            "\n");
        MetricStore store;
        const RunLogSummary summary = loadRunLog(dir.path(), store);
        QCOMPARE(summary.lines, 5);
        QCOMPARE(summary.skipped, 3);
        QVERIFY2(summary.problem.contains(QStringLiteral("metrics.jsonl, line 3")),
                 qPrintable(summary.problem));
        QCOMPARE(store.totalSteps(), 40);
        QCOMPARE(store.floor(), (QHash<QString, double>{{QStringLiteral("recall_at_1"), 0.86}}));
        QCOMPARE(store.steps(), QVector<qint64>{10});
        QCOMPARE(store.column(QStringLiteral("j_real"))->at(0), 2.5);
        QVERIFY(std::isnan(store.column(QStringLiteral("m_t"))->at(0)));  // null: non-finite
        QVERIFY(!store.column(QStringLiteral("time")));
        QCOMPARE(store.evaluations().size(), 1);
        QCOMPARE(store.evaluations()[0].metrics.value(QStringLiteral("recall_at_1")), 0.5);
        QCOMPARE(store.events().size(), 1);
        QCOMPARE(store.events()[0].message, QStringLiteral("step-10.pt"));

        const RunLogSummary missing = loadRunLog(dir.filePath(QStringLiteral("nope")), store);
        QVERIFY(missing.problem.contains(QStringLiteral("nope/metrics.jsonl")));
    }

    void stepRateFollowsTrainingTime() {
        StepRate rate;
        QCOMPARE(rate.stepsPerSecond(), 0.0);
        QVERIFY(rate.secondsLeft(100) < 0);
        for (int s = 1; s <= 11; ++s)
            rate.add(s, 0.5 * s);
        QCOMPARE(rate.stepsPerSecond(), 2.0);
        QCOMPARE(rate.secondsLeft(111), 50.0);
        rate.add(3, 1.5);  // a resumed run starts over
        QCOMPARE(rate.stepsPerSecond(), 0.0);
        QCOMPARE(formatDuration(42.4), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(185), QStringLiteral("3 min 05 s"));
        QCOMPARE(formatDuration(7440), QStringLiteral("2 h 04 min"));
    }
};

GRINDSTONE_GUI_TEST_MAIN(TestCharts)
#include "tst_charts.moc"
