#include "TrainingWorker.h"

#include <QCoreApplication>

#include <exception>

#include "EventBuffer.h"
#include "grindstone/bench/RawPixelBaseline.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/evaluation/Verification.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/TrainingRun.h"
#include "widgets/common/CoreMessageText.h"

namespace grindstone::gui {

namespace {

QString finalSummary(const EvaluationReport& report, const RawPixelBaseline& floor) {
    // The figures themselves were just logged with the final evaluation.
    QString text =
        QCoreApplication::translate("grindstone::gui::TrainingWorker",
                                    "finished at step %1 (final evaluation on %n test images)",
                                    nullptr, int(report.images))
            .arg(report.step);
    const std::string verdict = floorVerdict(metricsByKey(report.metrics), floor);
    if (!verdict.empty()) text += QStringLiteral("; ") + QString::fromStdString(verdict);
    if (report.verification)
        for (const std::string& line : describeVerification(*report.verification))
            text += QStringLiteral("\n") + QString::fromStdString(line);
    return text;
}

}  // namespace

TrainingWorker::TrainingWorker(EventBuffer& buffer) : m_buffer(buffer) {}

void TrainingWorker::requestPause(bool paused) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = paused;
    if (m_trainer) m_trainer->requestPause(paused);
}

void TrainingWorker::requestStop() {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopRequested = true;
    if (m_trainer) m_trainer->requestStop();
}

void TrainingWorker::trainNew(const QString& configJson, const QString& folder) {
    drive(folder, [&] {
        Config config;
        // i18n: not translated (names the source in core's messages, which are English)
        config.mergeJsonText(configJson.toStdString(), "the experiment panel");
        // Drawn here rather than inside loading so the window can count the families.
        if (config.text("dataset") == kGlyphDatasetName)
            ensureGlyphBenchmark([this](int done, int total) { Q_EMIT preparing(done, total); });
        return std::make_unique<TrainingRun>(config, folder.toStdString());
    });
}

void TrainingWorker::resumeRun(const QString& folder) {
    drive(folder, [&] {
        return std::make_unique<TrainingRun>(folder.toStdString(), TrainingRun::Resume{});
    });
}

void TrainingWorker::drive(const QString& folder,
                           const std::function<std::unique_ptr<TrainingRun>()>& make) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = false;
        m_stopRequested = false;
    }
    std::unique_ptr<TrainingRun> run;
    try {
        run = make();
    } catch (const std::exception& e) {
        Q_EMIT ended(folder, RunEnd::Failed, widgets::coreMessageText(e.what()));
        return;
    }
    run->addObserver(&m_buffer);
    run->recordVersion("qt", qVersion());
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer = &run->trainer();
        // Asked while the data was loading: the trainer honours it before its first step.
        if (m_stopRequested) m_trainer->requestStop();
        m_trainer->requestPause(m_paused && !m_stopRequested);
    }
    QStringList warnings;
    for (const auto& w : run->warnings())
        warnings << QString::fromStdString(w);
    Q_EMIT opened(QString::fromStdString(run->folder()), run->trainer().step(),
                  run->trainer().totalSteps(), warnings);

    RunEnd end = RunEnd::Failed;
    QString summary;
    try {
        TrainingOutcome outcome = TrainingOutcome::Stopped;
        const EvaluationReport report = run->run(&outcome);
        end = outcome == TrainingOutcome::Finished ? RunEnd::Finished : RunEnd::Stopped;
        if (outcome == TrainingOutcome::Diverged)
            summary = tr("diverged: a loss or weight stayed NaN/Inf after %1 rollbacks; saved "
                         "at its last good checkpoint (step %2), resumable with lower learning "
                         "rates")
                          .arg(TrainingRun::kMaxRollbacks)
                          .arg(report.step);
        else
            summary =
                end == RunEnd::Finished
                    ? finalSummary(report, run->rawPixelFloor())
                    : tr("stopped at step %1; resumable from its checkpoint").arg(report.step);
    } catch (const std::exception& e) {
        summary = widgets::coreMessageText(e.what());
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer = nullptr;
    }
    const QString runFolder = QString::fromStdString(run->folder());
    run.reset();  // releases the run's lock: a listing now shows its final status
    Q_EMIT ended(runFolder, end, summary);
}

}  // namespace grindstone::gui
