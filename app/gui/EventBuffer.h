#pragma once

#include <mutex>
#include <optional>
#include <vector>

#include "grindstone/training/TrainingObserver.h"

namespace grindstone::gui {

/// Everything the trainer reported since the GUI last looked.
struct TrainingUpdate {
    std::vector<StepReport> steps;
    std::vector<EvaluationReport> evaluations;
    std::vector<TrainingEvent> events;
    /// Steps whose probe batch is on disk (the session writer observes before the buffer).
    std::vector<int64_t> probeSteps;
    /// The latest progress of a phase before training (features), if any came.
    std::optional<PhaseProgress> progress;
    bool empty() const {
        return steps.empty() && evaluations.empty() && events.empty() && probeSteps.empty() &&
               !progress;
    }
};

/// The bridge from the training thread to the GUI thread: the trainer's observer callbacks
/// only copy into a mutex-guarded buffer (training never waits on drawing), and the GUI takes
/// the whole buffer on its refresh timer.
class EventBuffer : public TrainingObserver {
public:
    void onStep(const StepReport& report) override;
    void onEvaluation(const EvaluationReport& report) override;
    void onEvent(const TrainingEvent& event) override;
    void onProgress(const PhaseProgress& progress) override;
    /// Keeps only the step: the Samples view reads the batch from the run folder.
    void onStageSamples(const StageSamples& samples) override;
    /// Everything buffered so far; the buffer is empty afterwards.
    TrainingUpdate take();

private:
    std::mutex m_mutex;
    TrainingUpdate m_pending;
};

}  // namespace grindstone::gui
