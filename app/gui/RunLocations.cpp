#include "RunLocations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace grindstone::gui {

QString defaultWorkspace() {
    const QString source = QDir::cleanPath(QStringLiteral(GRINDSTONE_SOURCE_DIR));
    const QString exe = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    if (exe.startsWith(source + QLatin1Char('/'))) return source + QStringLiteral("/sessions/runs");
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    if (!xdg.isEmpty()) return xdg + QStringLiteral("/grindstone/runs");
    const QString home = qEnvironmentVariable("HOME");
    if (!home.isEmpty()) return home + QStringLiteral("/.local/share/grindstone/runs");
    return QDir::currentPath() + QStringLiteral("/grindstone-runs");
}

QString newRunFolder(const QString& workspace, const QString& method, const QString& miner,
                     const QString& seed) {
    const QString name = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QLatin1Char('-') + method + QLatin1Char('-') + miner +
                         QStringLiteral("-s") + seed;
    const QDir dir(workspace);
    QString folder = dir.filePath(name);
    for (int i = 2; QFileInfo::exists(folder); ++i)
        folder = dir.filePath(name + QLatin1Char('-') + QString::number(i));
    return folder;
}

}  // namespace grindstone::gui
