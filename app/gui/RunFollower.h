#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

namespace grindstone::gui {

/// Watches a run another process is training (grindstone-cli, or the ranks of a distributed
/// run on a shared disk) while the window shows it read-only: says when its files grew and
/// when it ended. Polling, because file-change notices do not reach across network disks.
class RunFollower : public QObject {
    Q_OBJECT
public:
    explicit RunFollower(QObject* parent = nullptr, int intervalMs = 2000);

    /// Starts watching `folder` when a live process holds it; true when it does.
    bool follow(const QString& folder);
    void stop();
    QString folder() const { return m_folder; }
    bool following() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// metrics.jsonl or run.json changed since the last look.
    void changed(const QString& folder);
    /// The training process let go of the run (finished, stopped or died): one last look.
    void ended(const QString& folder);

private:
    void look();
    /// metrics.jsonl's size and both files' modification times: what changes as it trains.
    QString fingerprint() const;

    QTimer m_timer;
    QString m_folder;
    QString m_seen;
};

}  // namespace grindstone::gui
