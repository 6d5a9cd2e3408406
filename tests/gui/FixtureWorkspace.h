#pragma once

// Workspaces of run folders made from the committed fixture run (tests/data/gui/fixture-run):
// copies with their own seed, options and final metrics, for the comparison tests and bench.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace grindstone::test {

inline QJsonObject readJsonObject(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

inline bool writeJsonObject(const QString& path, const QJsonObject& object) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(object).toJson()) > 0;
}

/// Copies the fixture run to `workspace/name` with `seed`, option `key` = `value` (skipped
/// when `key` is empty) and Recall@1 = `recall1`. Returns the folder, empty on failure.
inline QString addFixtureRun(const QString& workspace, const QString& name, int seed,
                             const QString& key, const QJsonValue& value, double recall1) {
    const QString source = QStringLiteral(GRINDSTONE_TEST_DATA_DIR "/gui/fixture-run");
    const QString folder = workspace + QLatin1Char('/') + name;
    if (!QDir().mkpath(folder)) return {};
    for (const char* file : {"metrics.jsonl"})
        if (!QFile::copy(source + QLatin1Char('/') + QLatin1String(file),
                         folder + QLatin1Char('/') + QLatin1String(file)))
            return {};
    QJsonObject config = readJsonObject(source + QStringLiteral("/config.json"));
    config[QStringLiteral("seed")] = seed;
    if (!key.isEmpty()) config[key] = value;
    QJsonObject run = readJsonObject(source + QStringLiteral("/run.json"));
    run[QStringLiteral("seed")] = seed;
    QJsonObject metrics = run[QStringLiteral("final_metrics")].toObject();
    metrics[QStringLiteral("recall_at_1")] = recall1;
    run[QStringLiteral("final_metrics")] = metrics;
    if (!writeJsonObject(folder + QStringLiteral("/config.json"), config) ||
        !writeJsonObject(folder + QStringLiteral("/run.json"), run))
        return {};
    return folder;
}

}  // namespace grindstone::test
