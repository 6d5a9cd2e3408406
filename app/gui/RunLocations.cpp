#include "RunLocations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include "grindstone/session/UserFolders.h"

namespace grindstone::gui {

QString defaultWorkspace() {
    const QString exe = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString source = QDir::cleanPath(QStringLiteral(GRINDSTONE_SOURCE_DIR));
    return QString::fromStdString(
        grindstone::defaultWorkspace(exe.toStdString(), source.toStdString()));
}

QString newRunFolder(const QString& workspace, const QString& method, const QString& miner,
                     const QString& seed) {
    const QString name = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QLatin1Char('-') + method + QLatin1Char('-') + miner +
                         QStringLiteral("-s") + seed;
    const QDir dir(workspace);
    QString folder = dir.filePath(name);
    for (int i = 2; QFileInfo::exists(folder); ++i)
        // i18n: a folder name, the same in every locale
        folder = dir.filePath(name + QLatin1Char('-') + QString::number(i));
    return folder;
}

}  // namespace grindstone::gui
