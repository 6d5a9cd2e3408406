#include "grindstone/session/TrainingRun.h"

#include <filesystem>

#include <ATen/Parallel.h>

#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/RunFolder.h"

namespace grindstone {
namespace fs = std::filesystem;

/// Saves a checkpoint every N steps and prunes all but the newest few.
class TrainingRun::Checkpointer : public TrainingObserver {
public:
    Checkpointer(Trainer& trainer, SessionWriter& writer,
                 const std::vector<TrainingObserver*>& listeners, int64_t every, int64_t keep)
        : m_trainer(trainer),
          m_writer(writer),
          m_listeners(listeners),
          m_every(every),
          m_keep(keep),
          m_saved(checkpointSteps(writer.folder())) {}

    void onStep(const StepReport& report) override {
        if (m_every > 0 && report.step % m_every == 0 && report.step < report.totalSteps)
            save(report.step);
    }

    void save(int64_t step) {
        if (!m_saved.empty() && m_saved.back() == step) return;
        const std::string path = m_writer.checkpointPath(step);
        m_trainer.saveCheckpoint(path);
        m_saved.push_back(step);
        const TrainingEvent event{step, "checkpoint", fs::path(path).filename().string()};
        for (auto* listener : m_listeners)
            listener->onEvent(event);
        while (static_cast<int64_t>(m_saved.size()) > m_keep) {
            std::error_code ec;
            fs::remove(m_writer.checkpointPath(m_saved.front()), ec);
            m_saved.erase(m_saved.begin());
        }
    }

private:
    Trainer& m_trainer;
    SessionWriter& m_writer;
    const std::vector<TrainingObserver*>& m_listeners;
    int64_t m_every, m_keep;
    std::vector<int64_t> m_saved;
};

TrainingRun::TrainingRun(const Config& config, const std::string& folder) : m_config(config) {
    m_images = loadDataset(config, m_warnings);
    m_trainer = std::make_unique<Trainer>(config, m_images, m_warnings);
    m_writer = std::make_unique<SessionWriter>(folder, config, at::get_num_threads());
    attach();
}

TrainingRun::TrainingRun(const std::string& folder, Resume, int64_t totalSteps)
    : m_config(loadRunConfig(folder)) {
    const std::string checkpoint = newestCheckpoint(folder);
    m_images = loadDataset(m_config, m_warnings);
    m_trainer = std::make_unique<Trainer>(m_config, m_images, m_warnings);
    m_trainer->loadCheckpoint(checkpoint);
    if (totalSteps > 0) m_trainer->setTotalSteps(totalSteps);
    m_writer = std::make_unique<SessionWriter>(folder, SessionWriter::Reopen{});
    m_writer->setStatus("running", m_trainer->step(), m_trainer->totalSteps());
    m_writer->onEvent(
        {m_trainer->step(), "resume", "resumed from " + fs::path(checkpoint).filename().string()});
    attach();
}

void TrainingRun::attach() {
    m_runObservers.push_back(m_writer.get());
    m_checkpointer = std::make_unique<Checkpointer>(*m_trainer, *m_writer, m_runObservers,
                                                    m_config.integer("checkpoint_every"),
                                                    m_config.integer("keep_checkpoints"));
    m_trainer->addObserver(m_writer.get());
    m_trainer->addObserver(m_checkpointer.get());
    for (const auto& w : m_warnings)
        m_writer->onEvent({0, "warning", w});
}

TrainingRun::~TrainingRun() = default;

void TrainingRun::addObserver(TrainingObserver* observer) {
    m_trainer->addObserver(observer);
    m_runObservers.push_back(observer);
}

EvaluationReport TrainingRun::run(TrainingOutcome* outcome) {
    TrainingOutcome result = TrainingOutcome::Stopped;
    try {
        result = m_trainer->run();
    } catch (...) {
        m_writer->setStatus("crashed", m_trainer->step());
        throw;
    }
    if (outcome) *outcome = result;
    m_checkpointer->save(m_trainer->step());
    if (result == TrainingOutcome::Stopped) {
        m_writer->setStatus("stopped", m_trainer->step());
        return EvaluationReport{m_trainer->step(), {}, 0, 0, false};
    }
    EvaluationReport report = m_trainer->evaluate(true);
    m_writer->setFinalMetrics(report);
    m_writer->setStatus("finished", m_trainer->step());
    return report;
}

}  // namespace grindstone
