#include "grindstone/session/TrainingRun.h"

#include <unistd.h>
#include <chrono>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <ATen/Parallel.h>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/runtime/ProcessGroup.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/RunFolder.h"
#include "grindstone/session/RunListing.h"
#include "session/Thumbnails.h"

namespace grindstone {
namespace fs = std::filesystem;

/// Saves a checkpoint every N steps and prunes all but the newest few. Also remembers how far
/// the generators' learning rates were cut since the newest checkpoint, so repeated rollbacks
/// to the same checkpoint compound the halving.
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
        const auto started = std::chrono::steady_clock::now();
        m_trainer.saveCheckpoint(path);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        m_saved.push_back(step);
        m_lrFactorSinceSave = 1.0;
        std::error_code ec;
        char detail[96];
        std::snprintf(detail, sizeof(detail), " (%.1f MB, %.3f s)",
                      static_cast<double>(fs::file_size(path, ec)) / 1e6, seconds);
        const TrainingEvent event{step, "checkpoint", fs::path(path).filename().string() + detail};
        for (auto* listener : m_listeners)
            listener->onEvent(event);
        while (static_cast<int64_t>(m_saved.size()) > m_keep) {
            fs::remove(m_writer.checkpointPath(m_saved.front()), ec);
            m_saved.erase(m_saved.begin());
        }
    }

    bool empty() const { return m_saved.empty(); }
    int64_t newestStep() const { return m_saved.back(); }
    std::string newestPath() const { return m_writer.checkpointPath(m_saved.back()); }
    /// The factor to apply to the newest checkpoint's generator learning rates for one more
    /// halving.
    double halveAgain() { return m_lrFactorSinceSave *= 0.5; }

private:
    Trainer& m_trainer;
    SessionWriter& m_writer;
    const std::vector<TrainingObserver*>& m_listeners;
    int64_t m_every, m_keep;
    std::vector<int64_t> m_saved;
    double m_lrFactorSinceSave = 1.0;
};

namespace {

std::string describeChanges(const Config& previous, const Config& changed) {
    std::ostringstream s;
    for (const auto& key : previous.differences(changed))
        s << "\n  " << key << ": " << previous.text(key) << " -> " << changed.text(key);
    return s.str();
}

}  // namespace

std::string loadNewestReadableCheckpoint(Trainer& trainer, const std::string& folder,
                                         std::vector<std::string>& warnings) {
    const auto steps = checkpointSteps(folder);
    if (steps.empty()) {
        const std::string status = summariseRun(folder).status;
        if (status != "running" && status != "crashed")
            throw InputError("run '" + folder + "' (" + status +
                             ") has no checkpoint in checkpoints/ to continue from");
        // A named string: GCC 12 at -O3 misreads push_back of a long literal (-Warray-bounds).
        static const std::string restart =
            "no checkpoint was written before the run stopped; training again from step 0 with "
            "the same config and seed";
        warnings.push_back(restart);
        return {};
    }
    std::string problems;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        const std::string path = checkpointPath(folder, *it);
        try {
            trainer.loadCheckpoint(path);
            if (!problems.empty()) warnings.push_back("skipped damaged checkpoints:" + problems);
            return path;
        } catch (const InputError& e) {
            problems += std::string("\n  ") + e.what();
        }
    }
    throw InputError("run '" + folder + "' has no readable checkpoint:" + problems);
}

TrainingRun::TrainingRun(const Config& config, const std::string& folder) : m_config(config) {
    m_images = loadDataset(config, m_warnings);
    m_trainer = std::make_unique<Trainer>(config, m_images, m_warnings);
    m_writer = std::make_unique<SessionWriter>(folder, config, at::get_num_threads());
    if (const std::string warning = writeThumbnails(folder, m_images, m_trainer->displayedImages());
        !warning.empty())
        m_warnings.push_back(warning);
    attach();
}

TrainingRun::TrainingRun(const std::string& folder, Resume, int64_t totalSteps)
    : TrainingRun(folder, ResumeRequest{totalSteps, nullptr, false}) {}

TrainingRun::TrainingRun(const std::string& folder, const ResumeRequest& request)
    : m_config(loadRunConfig(folder)) {
    const Config saved = m_config;
    if (request.config) {
        Config wanted = *request.config;
        wanted.set("steps", saved.text("steps"));  // the budget changes through totalSteps
        if (!(wanted == saved) && !request.allowConfigChange)
            throw InputError("resuming '" + folder + "' would change options the run was " +
                             "trained with:" + describeChanges(saved, wanted) +
                             "\nask for it explicitly (--allow-config-change) to continue with "
                             "them; the change is then recorded in the run");
        m_config = wanted;
    }
    m_images = loadDataset(m_config, m_warnings);
    m_trainer = std::make_unique<Trainer>(m_config, m_images, m_warnings);
    const std::string checkpoint = loadNewestReadableCheckpoint(*m_trainer, folder, m_warnings);
    m_trainer->adoptChangedLearningRates(saved);
    if (request.totalSteps > 0) m_trainer->setTotalSteps(request.totalSteps);
    m_writer = std::make_unique<SessionWriter>(folder, SessionWriter::Reopen{});
    if (!m_writer->repairNote().empty()) m_warnings.push_back(m_writer->repairNote());
    if (const int stale = removeStaleTemporaries(folder))
        m_warnings.push_back("removed " + std::to_string(stale) +
                             " unfinished temporary file(s) of an interrupted write");
    m_writer->setStatus("running", m_trainer->step(), m_trainer->totalSteps());
    m_writer->onEvent({m_trainer->step(), "resume",
                       checkpoint.empty()
                           ? std::string("started again from step 0")
                           : "resumed from " + fs::path(checkpoint).filename().string()});
    if (!(m_config == saved)) {
        m_writer->recordConfigChange(m_trainer->step(), saved, m_config);
        m_writer->onEvent({m_trainer->step(), "config_change",
                           "continued with changed options:" + describeChanges(saved, m_config)});
    }
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
    m_writer->recordWorldSize(m_trainer->step(), processWorldSize());
    if (processWorldSize() > 1)
        m_writer->onEvent(
            {m_trainer->step(), "distributed",
             "rank 0 of " + std::to_string(processWorldSize()) + " ranks (c10d, Gloo): " +
                 std::to_string(processWorldSize() * m_config.integer("micro_batches")) +
                 " P x K batches per step, gradients averaged over them"});
}

TrainingRun::~TrainingRun() = default;

void TrainingRun::addObserver(TrainingObserver* observer) {
    m_trainer->addObserver(observer);
    m_runObservers.push_back(observer);
}

void TrainingRun::emitRunEvent(const TrainingEvent& event) {
    for (auto* observer : m_runObservers)
        observer->onEvent(event);
}

namespace {

// What rank 0 shares with the other ranks when a step went non-finite: nothing (the run
// diverged), or the generator learning-rate factor, a newline and the checkpoint's bytes.
std::string rollbackMessage(double factor, const std::string& checkpoint) {
    char head[64];
    std::snprintf(head, sizeof(head), "%.17g\n", factor);
    return head + readWholeFile(checkpoint);
}

}  // namespace

bool followRankZeroRollback(Trainer& trainer) {
    const std::string message = shareFromRankZero({});
    if (message.empty()) return false;
    const size_t newline = message.find('\n');
    const double factor = std::strtod(message.substr(0, newline).c_str(), nullptr);
    // The trainer loads checkpoints from files: a private one, gone once read.
    const fs::path file =
        fs::temp_directory_path() / ("grindstone-rollback-" + std::to_string(::getpid()) + ".pt");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(message.data() + newline + 1,
                  static_cast<std::streamsize>(message.size() - newline - 1));
        if (!out) throw InputError("cannot write the rollback checkpoint '" + file.string() + "'");
    }
    try {
        trainer.rollBack(file.string(), factor);
    } catch (...) {
        fs::remove(file);
        throw;
    }
    fs::remove(file);
    return true;
}

bool TrainingRun::rollBack() {
    const std::string problem = m_trainer->nonFiniteProblem();
    const bool distributed = processWorldSize() > 1;
    if (m_rollbacks == kMaxRollbacks) {
        if (distributed) shareFromRankZero({});  // the other ranks stop with this one
        const std::string reason = "diverged: " + problem + " after " +
                                   std::to_string(kMaxRollbacks) +
                                   " rollbacks with halved generator learning rates";
        emitRunEvent({m_trainer->step(), "diverged", reason});
        m_writer->setStopReason(reason);
        return false;
    }
    m_writer->setRollbacks(++m_rollbacks);
    const double factor = m_checkpointer->halveAgain();
    const std::string checkpoint = m_checkpointer->newestPath();
    // Every rank returns to the same checkpoint: the others get its bytes from this one, so
    // they need no access to the run folder.
    if (distributed) shareFromRankZero(rollbackMessage(factor, checkpoint));
    m_trainer->rollBack(checkpoint, factor);
    char detail[160];
    std::snprintf(detail, sizeof(detail),
                  "; returned to %s, generator learning rates x%g of the checkpoint's (rollback "
                  "%lld of %d)",
                  fs::path(checkpoint).filename().c_str(), factor,
                  static_cast<long long>(m_rollbacks), kMaxRollbacks);
    emitRunEvent({m_trainer->step(), "rollback", problem + detail});
    return true;
}

EvaluationReport TrainingRun::run(TrainingOutcome* outcome) {
    TrainingOutcome result = TrainingOutcome::Stopped;
    try {
        // A fresh run needs a rollback target before its first periodic checkpoint.
        if (m_checkpointer->empty()) m_checkpointer->save(m_trainer->step());
        while ((result = m_trainer->run()) == TrainingOutcome::NonFinite)
            if (!rollBack()) {
                result = TrainingOutcome::Diverged;
                break;
            }
    } catch (...) {
        m_writer->setStatus("crashed", m_trainer->step());
        throw;
    }
    if (outcome) *outcome = result;
    // Nothing evaluated: the step alone says where the run stands.
    EvaluationReport nothing;
    nothing.step = m_trainer->step();
    if (result == TrainingOutcome::Diverged) {
        // The weights in memory are poisoned: the last good checkpoint stays the newest and the
        // run is where that checkpoint is.
        m_writer->setStatus("stopped", m_checkpointer->newestStep());
        nothing.step = m_checkpointer->newestStep();
        return nothing;
    }
    m_checkpointer->save(m_trainer->step());
    if (result == TrainingOutcome::Stopped) {
        m_writer->setStatus("stopped", m_trainer->step());
        return nothing;
    }
    EvaluationReport report = m_trainer->evaluate(true);
    m_writer->setFinalMetrics(report);
    m_rawPixelFloor = cachedRawPixelBaseline(m_images, m_config);
    if (m_rawPixelFloor.computed) m_writer->setRawPixelFloor(m_rawPixelFloor.metrics);
    m_writer->setStatus("finished", m_trainer->step());
    return report;
}

}  // namespace grindstone
