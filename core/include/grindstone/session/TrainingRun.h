#pragma once

#include <memory>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/SessionWriter.h"
#include "grindstone/training/Trainer.h"

namespace grindstone {

/// One training run written to its session folder: loads the data, builds the trainer, writes
/// the log and snapshots, checkpoints every `checkpoint_every` steps (keeping the newest
/// `keep_checkpoints`), evaluates at the end and records the status. The CLI and the GUI's
/// worker both drive training through this.
class TrainingRun {
public:
    /// Throws InputError on a bad config, dataset or folder (nothing is written then except
    /// what names the failure).
    TrainingRun(const Config& config, const std::string& folder);

    /// Continues a stopped or crashed run from its newest checkpoint, with the config it was
    /// trained with; `totalSteps` > 0 changes the step budget.
    struct Resume {};
    TrainingRun(const std::string& folder, Resume, int64_t totalSteps = 0);
    ~TrainingRun();

    Trainer& trainer() { return *m_trainer; }
    /// Registers `observer` for the trainer's events and for the run's own: a "checkpoint"
    /// event whenever a checkpoint is saved (the trainer does not know about checkpoints).
    void addObserver(TrainingObserver* observer);
    const std::vector<std::string>& warnings() const { return m_warnings; }
    const std::string& folder() const { return m_writer->folder(); }
    const ImageSet& images() const { return m_images; }

    /// Trains to the end (or a stop request), then checkpoints and, when finished, runs the
    /// final evaluation on every test image. Returns the final report (step, metrics).
    EvaluationReport run(TrainingOutcome* outcome = nullptr);

private:
    void attach();

    class Checkpointer;
    Config m_config;
    std::vector<std::string> m_warnings;
    ImageSet m_images;
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<SessionWriter> m_writer;
    std::unique_ptr<Checkpointer> m_checkpointer;
    std::vector<TrainingObserver*> m_runObservers;  // receive the run's checkpoint events
};

}  // namespace grindstone
