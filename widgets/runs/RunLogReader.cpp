#include "widgets/runs/RunLogReader.h"

#include "grindstone/session/MetricsLog.h"
#include "grindstone/session/RunListing.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/common/CoreMessageText.h"

namespace grindstone::widgets {

RunLogSummary loadRunLog(const QString& folder, MetricStore& store) {
    RunLogSummary summary;
    store.clear();
    const std::string path = folder.toStdString();

    // A damaged run still shows what its run.json and log hold.
    const RunSummary run = summariseRun(path);
    store.setTotalSteps(run.totalSteps);
    store.setFloor(toMetricHash(run.rawPixelFloor));

    const MetricsLog log = readMetricsLog(path);
    for (const LoggedStep& step : log.steps) {
        QHash<QString, double> scalars = toMetricHash(step.scalars);
        // "time" (training seconds so far) becomes "elapsed_seconds": a time axis for
        // comparing runs; no chart draws it as a curve.
        if (const auto time = scalars.constFind(QStringLiteral("time")); time != scalars.cend()) {
            scalars.insert(QStringLiteral("elapsed_seconds"), time.value());
            scalars.remove(QStringLiteral("time"));
        }
        store.appendStep(step.step, scalars);
    }
    for (const LoggedEvaluation& evaluation : log.evaluations)
        store.appendEvaluation(
            {evaluation.step, evaluation.final, toMetricHash(evaluation.metrics)});
    for (const LoggedEvent& event : log.events)
        store.appendEvent(
            {event.step, QString::fromStdString(event.kind), coreMessageText(event.message)});
    // Snapshot and probe lines belong to other views.
    summary.lines = log.lines;
    summary.skipped = log.skipped;
    summary.problem = coreMessageText(log.problem);
    store.commit();
    return summary;
}

}  // namespace grindstone::widgets
