#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

namespace grindstone {
class Trainer;
class TrainingRun;
}  // namespace grindstone

namespace grindstone::gui {

class EventBuffer;

/// How a run ended, as the worker reports it.
enum class RunEnd { Finished, Stopped, Failed };

}  // namespace grindstone::gui

// Crosses threads in a queued signal.
Q_DECLARE_METATYPE(grindstone::gui::RunEnd)

namespace grindstone::gui {

/// Lives on the training thread and owns the TrainingRun while it trains: builds it (data,
/// networks, session folder), attaches the event buffer, runs it to the end or a stop, and
/// reports. Pause and stop requests come from the GUI thread at any time; the trainer honours
/// them between steps, and a request made while the run is still loading applies as soon as
/// it exists.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(EventBuffer& buffer);

    /// Thread-safe.
    void requestPause(bool paused);
    /// Thread-safe. The run still checkpoints and records "stopped", so it can be resumed.
    void requestStop();

public Q_SLOTS:
    /// `configJson`: every option (Config::toJson form).
    void trainNew(const QString& configJson, const QString& folder);
    void resumeRun(const QString& folder);

Q_SIGNALS:
    /// The default glyph benchmark is being drawn before the run opens: `done` of `total`
    /// font families.
    void preparing(int done, int total);
    /// The run exists (data loaded, session folder written) and is about to train.
    void opened(const QString& folder, qint64 step, qint64 totalSteps, const QStringList& warnings);
    /// `summary`: the final metrics, where it stopped, or what went wrong.
    void ended(const QString& folder, grindstone::gui::RunEnd end, const QString& summary);

private:
    void drive(const QString& folder, const std::function<std::unique_ptr<TrainingRun>()>& make);

    EventBuffer& m_buffer;
    std::mutex m_mutex;  // guards the three below: the GUI thread asks, this thread trains
    Trainer* m_trainer = nullptr;
    bool m_paused = false;
    bool m_stopRequested = false;
};

}  // namespace grindstone::gui
