#include "widgets/common/DisplayPath.h"

#include <QDir>

namespace grindstone::widgets {

QString displayPath(const QString& path) {
    const QString home = QDir::cleanPath(QDir::homePath());
    const QString clean = QDir::cleanPath(path);
    // "/" as home (a service account) would turn every path into "~...": leave those alone.
    if (home.size() > 1 && (clean == home || clean.startsWith(home + QLatin1Char('/'))))
        return QDir::toNativeSeparators(QStringLiteral("~") + clean.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

}  // namespace grindstone::widgets
