#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace grindstone::gui {

/// Short-lived worker threads of one widget: each runs one job off the UI thread (reading,
/// projecting, assessing a step, training a decoder) and hands its result back with a queued
/// call. The window's one way to run a job off the UI thread; only a long-lived worker object
/// with a queue of requests (training, projection) has a QThread of its own. The owner's
/// destructor calls wait() before its members go, so no job outlives what it reports to.
class WorkerThreads : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkerThreads() override;

    /// Runs `job` on a new low-priority thread named `name`; the thread is deleted when done.
    void start(std::function<void()> job, const QString& name);
    /// Blocks until every job has ended.
    void wait();

private:
    QList<QThread*> m_threads;  // running
};

}  // namespace grindstone::gui
