#include "RunFollower.h"

#include <QFileInfo>

#include "grindstone/session/RunListing.h"

namespace grindstone::gui {

RunFollower::RunFollower(QObject* parent, int intervalMs) : QObject(parent) {
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RunFollower::look);
}

bool RunFollower::follow(const QString& folder) {
    stop();
    if (!runIsLive(folder.toStdString())) return false;
    m_folder = folder;
    m_seen = fingerprint();
    m_timer.start();
    return true;
}

void RunFollower::stop() {
    m_timer.stop();
    m_folder.clear();
}

QString RunFollower::fingerprint() const {
    QString print;
    for (const char* name : {"metrics.jsonl", "run.json"}) {
        const QFileInfo file(m_folder + QLatin1Char('/') + QLatin1String(name));
        print += QString::number(file.size()) + QLatin1Char(':') +  // i18n: compared, not shown
                 QString::number(file.lastModified().toMSecsSinceEpoch()) + QLatin1Char(';');
    }
    return print;
}

void RunFollower::look() {
    const QString folder = m_folder;
    const bool live = runIsLive(folder.toStdString());
    const QString now = fingerprint();
    if (now != m_seen) {
        m_seen = now;
        Q_EMIT changed(folder);
    }
    if (!live) {
        stop();
        Q_EMIT ended(folder);
    }
}

}  // namespace grindstone::gui
