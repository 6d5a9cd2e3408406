#include "widgets/runs/RunLogReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

#include "widgets/charts/MetricStore.h"

namespace grindstone::widgets {

namespace {

/// The log writes non-finite numbers as null.
double numberOrNan(const QJsonValue& value) {
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

void readLine(const QJsonObject& line, MetricStore& store) {
    const QString type = line.value(QLatin1String("type")).toString();
    const auto step = static_cast<qint64>(line.value(QLatin1String("step")).toDouble());
    if (type == QLatin1String("step")) {
        QHash<QString, double> scalars;
        for (auto it = line.begin(); it != line.end(); ++it)
            if (it.key() != QLatin1String("type") && it.key() != QLatin1String("step"))
                // "time" (training seconds so far) becomes "elapsed_seconds": a time axis for
                // comparing runs; no chart draws it as a curve.
                scalars.insert(it.key() == QLatin1String("time") ? QStringLiteral("elapsed_seconds")
                                                                 : it.key(),
                               numberOrNan(it.value()));
        store.appendStep(step, scalars);
    } else if (type == QLatin1String("evaluation")) {
        EvaluationPoint point;
        point.step = step;
        point.final = line.value(QLatin1String("final")).toBool();
        const QJsonObject metrics = line.value(QLatin1String("metrics")).toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            point.metrics.insert(it.key(), numberOrNan(it.value()));
        store.appendEvaluation(point);
    } else if (type == QLatin1String("event")) {
        store.appendEvent({step, line.value(QLatin1String("kind")).toString(),
                           line.value(QLatin1String("message")).toString()});
    }
    // "snapshot" and "probe" lines belong to other views.
}

}  // namespace

RunLogSummary loadRunLog(const QString& folder, MetricStore& store) {
    RunLogSummary summary;
    store.clear();

    QFile runFile(folder + QStringLiteral("/run.json"));
    if (runFile.open(QIODevice::ReadOnly)) {
        const QJsonObject run = QJsonDocument::fromJson(runFile.readAll()).object();
        store.setTotalSteps(
            static_cast<qint64>(run.value(QLatin1String("total_steps")).toDouble()));
        // Written once the final evaluation is done: nearest neighbours on raw pixels.
        const QJsonObject floor = run.value(QLatin1String("raw_pixel_floor")).toObject();
        QHash<QString, double> floorMetrics;
        for (auto it = floor.begin(); it != floor.end(); ++it)
            if (it.value().isDouble()) floorMetrics.insert(it.key(), it.value().toDouble());
        store.setFloor(floorMetrics);
    }

    const QString path = folder + QStringLiteral("/metrics.jsonl");
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly)) {
        summary.problem = QStringLiteral("cannot read '%1': %2").arg(path, log.errorString());
        store.commit();
        return summary;
    }
    int number = 0;
    while (!log.atEnd()) {
        const QByteArray text = log.readLine().trimmed();
        ++number;
        if (text.isEmpty()) continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (!document.isObject()) {
            if (summary.skipped++ == 0)
                summary.problem = QStringLiteral("%1, line %2: %3")
                                      .arg(path)
                                      .arg(number)
                                      .arg(error.error == QJsonParseError::NoError
                                               ? QStringLiteral("not a JSON object")
                                               : error.errorString());
            continue;
        }
        readLine(document.object(), store);
        ++summary.lines;
    }
    store.commit();
    return summary;
}

}  // namespace grindstone::widgets
