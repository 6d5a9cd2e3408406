#pragma once
// Shared by the session tests: run grindstone-cli, make tiny runs, read a run's files.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include "TestSupport.h"

namespace sessiontest {

using Result = grindstone::test::ProcessResult;

using grindstone::test::glyphsFolder;

inline QString glyphs() {
    return glyphsFolder();
}

/// Options of a run that trains in seconds: glyphs, 8 test classes, small subsets.
inline QStringList tinyRunSettings(int steps, int checkpointEvery) {
    QStringList args;
    for (const QString& kv : QStringList{
             QString(QStringLiteral("dataset=") + glyphs()), QStringLiteral("steps=%1").arg(steps),
             QStringLiteral("checkpoint_every=%1").arg(checkpointEvery),
             QStringLiteral("keep_checkpoints=100"), QStringLiteral("test_classes=31-38"),
             QStringLiteral("eval_every=0"),
             QStringLiteral("snapshot_every=%1").arg(checkpointEvery),
             QStringLiteral("snapshot_size=60"), QStringLiteral("log_every=1"),
             QStringLiteral("threads=1")})
        args << QStringLiteral("--set") << kv;
    return args;
}

inline Result runCli(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return grindstone::test::runProgram(QStringLiteral(GRINDSTONE_CLI), args, env);
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject readJson(const QString& path) {
    return QJsonDocument::fromJson(readFile(path)).object();
}

/// The metrics log's complete lines as JSON objects (a torn last line is left out).
inline QList<QJsonObject> logRecords(const QString& run) {
    QList<QJsonObject> records;
    const QByteArray log = readFile(run + QStringLiteral("/metrics.jsonl"));
    for (const QByteArray& line : log.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject()) records << doc.object();
    }
    return records;
}

inline QList<QJsonObject> events(const QString& run, const QString& kind) {
    QList<QJsonObject> out;
    for (const QJsonObject& r : logRecords(run))
        if (r.value(QStringLiteral("type")).toString() == QStringLiteral("event") &&
            r.value(QStringLiteral("kind")).toString() == kind)
            out << r;
    return out;
}

/// Every file under `folder` with its bytes, for "nothing changed" checks.
inline QMap<QString, QByteArray> snapshotFolder(const QString& folder) {
    QMap<QString, QByteArray> files;
    QDir dir(folder);
    const QStringList names =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names)
        files.insert(name, readFile(dir.filePath(name)));
    for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (auto [name, bytes] : snapshotFolder(dir.filePath(sub)).asKeyValueRange())
            files.insert(sub + QLatin1Char('/') + name, bytes);
    return files;
}

}  // namespace sessiontest
