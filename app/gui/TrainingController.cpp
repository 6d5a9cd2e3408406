#include "TrainingController.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

#include "grindstone/Error.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/options/Config.h"
#include "grindstone/runtime/Threads.h"
#include "grindstone/session/RunListing.h"
#include "widgets/charts/MetricStore.h"
#include "widgets/common/CoreMessageText.h"
#include "widgets/runs/RunLogReader.h"

namespace grindstone::gui {

namespace {

using Level = widgets::LogPanel::Level;

widgets::EvaluationPoint toPoint(const EvaluationReport& report) {
    widgets::EvaluationPoint point;
    point.step = report.step;
    point.final = report.final;
    // The metrics log's keys, so live and reopened runs read alike.
    point.metrics = widgets::toMetricHash(metricsByKey(report.metrics));
    return point;
}

QString evaluationLine(const EvaluationReport& report) {
    QString text = report.final ? QCoreApplication::translate("grindstone::gui::TrainingController",
                                                              "Final evaluation at step %1:")
                                : QCoreApplication::translate("grindstone::gui::TrainingController",
                                                              "Evaluation at step %1:");
    text = text.arg(report.step);
    for (const auto& [k, v] : report.metrics.recallAtK)
        text += QStringLiteral(" R@%1 %2").arg(k).arg(QLocale().toString(100 * v, 'f', 1));
    const QString images =
        report.galleryImages > 0
            ? QCoreApplication::translate("grindstone::gui::TrainingController",
                                          "%1 test queries against a gallery "
                                          "of %2")
                  .arg(report.images - report.galleryImages)
                  .arg(report.galleryImages)
            : QCoreApplication::translate("grindstone::gui::TrainingController", "%n test images",
                                          nullptr, int(report.images));
    return text + QCoreApplication::translate("grindstone::gui::TrainingController",
                                              ", MAP@R %1 (%2, %3 s)")
                      .arg(QLocale().toString(100 * report.metrics.mapAtR, 'f', 1))
                      .arg(images)
                      .arg(QLocale().toString(report.seconds, 'f', 1));
}

}  // namespace

TrainingController::TrainingController(widgets::MetricStore& store, QObject* parent)
    : QObject(parent), m_store(store) {
    qRegisterMetaType<RunEnd>();
    m_worker = new TrainingWorker(m_buffer);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::opened, this, &TrainingController::onOpened);
    connect(m_worker, &TrainingWorker::ended, this, &TrainingController::onEnded);
    connect(m_worker, &TrainingWorker::preparing, this, &TrainingController::onPreparing);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start();
    // docs/ARCHITECTURE.md: a ~40 ms coalescing timer, never one repaint per event.
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &TrainingController::drain);
}

TrainingController::~TrainingController() {
    if (busy()) m_worker->requestStop();
    m_thread.quit();  // runs after the worker's current slot: the run saves before we return
    m_thread.wait();
}

bool TrainingController::startRun(const QMap<QString, QString>& values, const QString& folder,
                                  QString* error) {
    if (busy()) return false;
    Config config;
    try {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            config.set(it.key().toStdString(), it.value().toStdString());
    } catch (const InputError& e) {
        if (error) *error = widgets::coreMessageText(e.what());
        return false;
    }
    if (config.integer("threads") == 0) {
        // "All cores" would put LibTorch's OpenMP threads on the core the window draws on, and
        // spinning threads that share a core slow every small op down (docs/ARCHITECTURE.md).
        // Measured here, two-stage on 2 cores under load (bench_gui_responsiveness): 2 threads 0.22
        // steps/s in the window vs 0.68 in the CLI; 1 thread 2.43 in both. So the window
        // trains on all cores but one.
        const int threads = std::max(1, hardwareThreads() - 1);
        config.set("threads", std::to_string(threads));
        Q_EMIT message(Level::Info,
                       tr("threads = 0: training on %1 of %2 cores (one is left for the window)")
                           .arg(threads)
                           .arg(hardwareThreads()));
    }
    m_store.clear();
    m_store.setTotalSteps(config.integer("steps"));
    m_store.commit();
    m_folder = folder;
    m_resuming = false;
    m_step = 0;
    m_totalSteps = config.integer("steps");
    m_stepsSeen = false;
    m_opened = false;
    m_preparation = {};
    m_features = {};
    m_rate.reset();
    setState(State::Loading);
    const QString json = QString::fromStdString(config.toJson());
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, json, folder] { worker->trainNew(json, folder); });
    return true;
}

void TrainingController::resumeRun(const QString& folder) {
    if (busy()) return;
    const widgets::RunLogSummary log = widgets::loadRunLog(folder, m_store);
    if (!log.problem.isEmpty()) Q_EMIT message(Level::Warning, log.problem);
    m_folder = folder;
    m_resuming = true;
    m_step = m_store.lastStep();
    m_totalSteps = m_store.totalSteps();
    m_stepsSeen = false;
    m_opened = false;
    m_features = {};
    m_rate.reset();
    setState(State::Loading);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, folder] { worker->resumeRun(folder); });
}

void TrainingController::pause() {
    if (m_state != State::Training && m_state != State::Loading) return;
    m_worker->requestPause(true);
    setState(State::Paused);
}

void TrainingController::unpause() {
    if (m_state != State::Paused) return;
    m_worker->requestPause(false);
    setState(m_opened ? State::Training : State::Loading);
}

void TrainingController::stop() {
    if (!busy() || m_state == State::Stopping) return;
    m_worker->requestStop();
    setState(State::Stopping);
}

void TrainingController::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT progressed();
}

QPair<int, int> TrainingController::preparation() const {
    const bool drawing = m_state != State::Idle && !m_opened && m_preparation.second > 0 &&
                         m_preparation.first < m_preparation.second;
    return drawing ? m_preparation : QPair<int, int>();
}

QPair<qint64, qint64> TrainingController::featureProgress() const {
    const bool computing =
        busy() && !m_stepsSeen && m_features.second > 0 && m_features.first < m_features.second;
    return computing ? m_features : QPair<qint64, qint64>();
}

void TrainingController::onPreparing(int done, int total) {
    m_preparation = {done, total};
    Q_EMIT progressed();
}

void TrainingController::onOpened(const QString& folder, qint64 step, qint64 totalSteps,
                                  const QStringList& warnings) {
    m_folder = folder;
    m_opened = true;
    m_step = step;
    m_totalSteps = totalSteps;
    m_store.setTotalSteps(totalSteps);
    if (m_resuming)
        m_store.appendEvent({step, QStringLiteral("resume"),
                             tr("resumed from the checkpoint of step %1").arg(step)});
    m_store.commit();
    for (const QString& w : warnings)
        Q_EMIT message(Level::Warning, w);
    if (m_state == State::Loading) setState(State::Training);
    m_timer.start();
    Q_EMIT runStarted(folder);
    Q_EMIT progressed();
}

void TrainingController::onEnded(const QString& folder, RunEnd end, const QString& summary) {
    drain();  // the last steps arrived before the end
    m_timer.stop();
    if (end == RunEnd::Finished) showFloor(folder);
    m_folder = folder;
    setState(State::Idle);
    Q_EMIT runEnded(folder, end, summary);
}

void TrainingController::showFloor(const QString& folder) {
    // The run wrote the raw-pixel floor into run.json after its final evaluation.
    m_store.setFloor(widgets::toMetricHash(summariseRun(folder.toStdString()).rawPixelFloor));
    m_store.commit();
}

void TrainingController::drain() {
    TrainingUpdate update = m_buffer.take();
    if (update.empty()) return;
    for (const auto& report : update.steps) {
        m_store.appendStep(report.step, widgets::toMetricHash(report.scalars));
        m_rate.add(report.step, report.elapsedSeconds);
        m_step = report.step;
        m_totalSteps = report.totalSteps;
    }
    if (!update.steps.empty()) m_stepsSeen = true;
    if (update.progress && update.progress->phase == "features")
        m_features = {update.progress->done, update.progress->total};
    for (const auto& report : update.evaluations) {
        m_store.appendEvaluation(toPoint(report));
        Q_EMIT message(Level::Info, evaluationLine(report));
    }
    for (const auto& event : update.events) {
        const QString kind = QString::fromStdString(event.kind);
        const QString text = widgets::coreMessageText(event.message);
        m_store.appendEvent({event.step, kind, text});
        Q_EMIT message(kind == QLatin1String("warning") ? Level::Warning : Level::Info,
                       tr("%1 at step %2: %3").arg(kind).arg(event.step).arg(text));
    }
    m_store.commit();
    for (int64_t step : update.probeSteps)
        Q_EMIT probeStored(step);
    Q_EMIT progressed();
}

QString TrainingController::stateText() const {
    switch (m_state) {
        case State::Idle:
            return tr("Idle");
        case State::Loading:
            return tr("Loading");
        case State::Training:
            return tr("Training");
        case State::Paused:
            return tr("Paused");
        case State::Stopping:
            return tr("Stopping");
    }
    return {};
}

QString TrainingController::statusText() const {
    switch (m_state) {
        case State::Idle:
            return tr("Idle");
        case State::Loading: {
            // The bar beside it counts the font families.
            if (preparation().second > 0)
                return tr("Drawing the glyph benchmark (first use only)...");
            return tr("Loading the data and building the networks...");
        }
        case State::Paused:
            return tr("Paused at step %1").arg(m_step);
        case State::Stopping:
            return tr("Stopping: saving a checkpoint at step %1...").arg(m_step);
        case State::Training:
            break;
    }
    if (featureProgress().second > 0)  // the bar beside it counts the images
        return tr("Computing the backbone's features (cached for later runs)...");
    if (!m_stepsSeen && !m_resuming) return tr("Evaluating the untrained network...");
    if (m_step >= m_totalSteps && m_totalSteps > 0)
        return tr("Final evaluation on every test image...");
    const double rate = m_rate.stepsPerSecond();
    if (rate <= 0) return tr("Training...");
    return tr("%1 steps/s, ETA %2")
        .arg(QLocale().toString(rate, 'f', rate < 10 ? 2 : 1))
        .arg(widgets::formatDuration(m_rate.secondsLeft(m_totalSteps)));
}

}  // namespace grindstone::gui
