#pragma once

#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>
#include <QTimer>

#include "EventBuffer.h"
#include "TrainingWorker.h"
#include "widgets/experiment/StepRate.h"
#include "widgets/log/LogPanel.h"

namespace grindstone::widgets {
class MetricStore;
}

namespace grindstone::gui {

/// The GUI thread's side of training: owns the training thread and its worker, starts,
/// pauses, resumes and stops runs, and on a coalescing timer moves what the trainer reported
/// into the MetricStore (one chart refresh per tick, however many steps arrived). Nothing here
/// ever waits for the trainer.
class TrainingController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Training, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(widgets::MetricStore& store, QObject* parent = nullptr);
    /// Stops a run still training and waits for it to save: the session stays resumable.
    ~TrainingController() override;

    State state() const { return m_state; }
    bool busy() const { return m_state != State::Idle; }
    QString runFolder() const { return m_folder; }
    qint64 step() const { return m_step; }
    qint64 totalSteps() const { return m_totalSteps; }
    /// While the default data is drawn before a run opens: font families done and in all;
    /// {0, 0} otherwise.
    QPair<int, int> preparation() const;
    /// While a frozen backbone's features are computed before the first step: images done and
    /// in all; {0, 0} otherwise.
    QPair<qint64, qint64> featureProgress() const;
    /// One line on where the run is: speed and time left, or what it is doing instead.
    QString statusText() const;
    /// The state in a word, for the status bar ("Training", "Paused", ...).
    QString stateText() const;
    /// Milliseconds between two looks at the trainer's buffer (default 40).
    void setRefreshInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /// Trains a new run of `values` (every option) into `folder`. Returns false, with the
    /// reason in `error`, when the values do not make a valid config.
    bool startRun(const QMap<QString, QString>& values, const QString& folder, QString* error);
    /// Continues a stopped or crashed run; its logged curves load first.
    void resumeRun(const QString& folder);
    void pause();
    void unpause();
    void stop();

Q_SIGNALS:
    void stateChanged(grindstone::gui::TrainingController::State state);
    /// After each tick that brought steps, and on state changes.
    void progressed();
    void message(grindstone::widgets::LogPanel::Level level, const QString& text);
    void runStarted(const QString& folder);
    void runEnded(const QString& folder, grindstone::gui::RunEnd end, const QString& summary);
    /// The run wrote its probe batch (and snapshot) of `step`.
    void probeStored(qint64 step);

private:
    void setState(State state);
    void drain();
    /// Draws the finished run's raw-pixel floor in the charts.
    void showFloor(const QString& folder);
    void onOpened(const QString& folder, qint64 step, qint64 totalSteps,
                  const QStringList& warnings);
    void onEnded(const QString& folder, RunEnd end, const QString& summary);
    void onPreparing(int done, int total);

    widgets::MetricStore& m_store;
    EventBuffer m_buffer;
    QThread m_thread;
    TrainingWorker* m_worker = nullptr;  // lives on m_thread
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_folder;
    bool m_resuming = false;
    bool m_opened = false;  // the worker built the run (data loaded)
    qint64 m_step = 0;
    qint64 m_totalSteps = 0;
    bool m_stepsSeen = false;
    QPair<int, int> m_preparation;     // font families drawn / in all, before the run opens
    QPair<qint64, qint64> m_features;  // backbone features computed / in all
    widgets::StepRate m_rate;
};

}  // namespace grindstone::gui
