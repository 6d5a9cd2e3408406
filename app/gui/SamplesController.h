#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>

#include "WorkerThreads.h"
#include "grindstone/quality/Decoder.h"
#include "widgets/log/LogPanel.h"

namespace grindstone::widgets {
class SamplesView;
}

namespace grindstone::gui {

/// Feeds the Samples view: lists a run's probe steps, computes a step's quality figures and
/// decoded images on a thread of its own (about a second: never on the UI thread), and trains
/// the run's decoder in the background with progress and cancel. Only the newest request is
/// kept while a load runs, so scrubbing through steps never queues work.
class SamplesController : public QObject {
    Q_OBJECT
public:
    explicit SamplesController(widgets::SamplesView& view, QObject* parent = nullptr);
    /// Cancels a decoder training and waits for the threads.
    ~SamplesController() override;

    /// Shows `folder` in the view (read-only, or `live` while it trains there).
    void setRun(const QString& folder, bool live);
    /// The run stored a probe batch at `step` (live training): lists the steps again.
    void probeStored(qint64 step);
    /// Lists the run's probe steps again.
    void refreshSteps();

    bool loading() const { return m_loading; }
    bool trainingDecoder() const { return m_trainingDecoder; }
    /// How "Train decoder" trains (tests use few steps). Threads default to 1: the window and
    /// possibly a training run share the cores.
    void setDecoderSettings(const DecoderSettings& settings) { m_decoderSettings = settings; }

Q_SIGNALS:
    void stepLoaded(qint64 step);
    void decoderFinished(bool ok, const QString& text);
    void message(grindstone::widgets::LogPanel::Level level, const QString& text);

private:
    void load(qint64 step);
    void startLoad(qint64 step);
    void trainDecoder(qint64 step);
    void cancelDecoder();
    void onDecoderEnded(bool ok, const QString& text);

    widgets::SamplesView& m_view;
    QString m_folder;
    bool m_loading = false;
    qint64 m_pendingStep = -1;
    bool m_trainingDecoder = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    DecoderSettings m_decoderSettings;
    WorkerThreads m_workers;  // the loader and the decoder training
};

}  // namespace grindstone::gui
