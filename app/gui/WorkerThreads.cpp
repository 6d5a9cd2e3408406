#include "WorkerThreads.h"

#include <QThread>

namespace grindstone::gui {

WorkerThreads::~WorkerThreads() {
    wait();
    // Their queued clean-up dies with this object: delete what is left here.
    qDeleteAll(m_threads);
}

void WorkerThreads::start(std::function<void()> job, const QString& name) {
    QThread* thread = QThread::create(std::move(job));
    thread->setObjectName(name);
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void WorkerThreads::wait() {
    for (QThread* thread : m_threads)
        thread->wait();
}

}  // namespace grindstone::gui
