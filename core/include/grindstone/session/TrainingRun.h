#pragma once

#include <memory>
#include <string>
#include <vector>

#include "grindstone/bench/RawPixelBaseline.h"
#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/SessionWriter.h"
#include "grindstone/training/Trainer.h"

namespace grindstone {

/// Loads `folder`'s newest checkpoint that reads into `trainer`; damaged newer ones are
/// reported in `warnings`. Throws InputError naming every checkpoint and its problem when none
/// reads. A run that crashed before its first checkpoint had nothing saved to lose: it starts
/// again from step 0 (returns an empty path). Every rank of a resumed distributed run calls it.
std::string loadNewestReadableCheckpoint(Trainer& trainer, const std::string& folder,
                                         std::vector<std::string>& warnings);

/// A rank other than 0 of a run whose step went non-finite: takes the checkpoint and the
/// generator learning-rate factor rank 0's rollback returns to (shared through the process
/// group) and rolls `trainer` back to them. False when rank 0 gave up instead (the run
/// diverged). Rank 0 calls TrainingRun's own rollback at the same point.
bool followRankZeroRollback(Trainer& trainer);

/// One training run written to its session folder: loads the data, builds the trainer, writes
/// the log and snapshots, checkpoints every `checkpoint_every` steps (keeping the newest
/// `keep_checkpoints`), evaluates at the end and records the status. The CLI and the GUI's
/// worker both drive training through this.
class TrainingRun {
public:
    /// Throws InputError on a bad config, dataset or folder (nothing is written then except
    /// what names the failure).
    TrainingRun(const Config& config, const std::string& folder);

    /// Continues a stopped or crashed run from its newest readable checkpoint, with the config
    /// it was trained with; `totalSteps` > 0 changes the step budget.
    struct Resume {};
    TrainingRun(const std::string& folder, Resume, int64_t totalSteps = 0);

    /// Resume with options changed. A config that differs from the saved one (other than the
    /// step budget) is refused with InputError listing the differences, unless
    /// `allowConfigChange`; then the run continues with it and the change is recorded
    /// (config.json, run.json's config_changes, a `config_change` event).
    struct ResumeRequest {
        int64_t totalSteps = 0;
        const Config* config = nullptr;  ///< null: the saved config
        bool allowConfigChange = false;
    };
    TrainingRun(const std::string& folder, const ResumeRequest& request);

    /// Non-finite rollbacks a run makes before it gives up (the next one stops it).
    static constexpr int kMaxRollbacks = 3;
    ~TrainingRun();

    Trainer& trainer() { return *m_trainer; }
    /// Registers `observer` for the trainer's events and for the run's own: a "checkpoint"
    /// event whenever a checkpoint is saved (the trainer does not know about checkpoints).
    void addObserver(TrainingObserver* observer);
    const std::vector<std::string>& warnings() const { return m_warnings; }
    const std::string& folder() const { return m_writer->folder(); }
    const ImageSet& images() const { return m_images; }
    /// Adds a library version to run.json (core links no Qt; the GUI records Qt's version).
    void recordVersion(const std::string& library, const std::string& version) {
        m_writer->recordVersion(library, version);
    }

    /// Trains to the end (or a stop request), then checkpoints and, when finished, runs the
    /// final evaluation on every test image. Returns the final report (step, metrics).
    /// A non-finite loss or weight returns the trainer to the newest checkpoint with the
    /// generators' learning rates halved (a `rollback` event); after kMaxRollbacks it stops
    /// with outcome Diverged, status "stopped" and run.json's stop_reason saying why.
    EvaluationReport run(TrainingOutcome* outcome = nullptr);
    /// After a finished run: the same evaluation on the test images' raw pixels (cached per
    /// dataset and split), also in run.json's raw_pixel_floor. Not computed before.
    const RawPixelBaseline& rawPixelFloor() const { return m_rawPixelFloor; }

private:
    void attach();
    /// False when the rollback budget is spent.
    bool rollBack();
    /// The run's own events (checkpoint, rollback, diverged) to the writer and every observer.
    void emitRunEvent(const TrainingEvent& event);

    class Checkpointer;
    Config m_config;
    std::vector<std::string> m_warnings;
    ImageSet m_images;
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<SessionWriter> m_writer;
    std::unique_ptr<Checkpointer> m_checkpointer;
    int64_t m_rollbacks = 0;
    RawPixelBaseline m_rawPixelFloor;
    std::vector<TrainingObserver*> m_runObservers;  // receive the run's checkpoint events
};

}  // namespace grindstone
