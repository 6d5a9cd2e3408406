#pragma once

#include "grindstone/training/Trainer.h"
#include "grindstone/training/TrainingObserver.h"

namespace grindstone::cli {

/// While alive, the first SIGINT or SIGTERM becomes a stop request that the caller and the
/// running trainer honour between steps, so the run is checkpointed and left resumable; a
/// second one ends the process the usual way (nothing is lost: a crashed run resumes from its
/// newest checkpoint). The previous handlers come back on destruction.
class StopSignal {
public:
    StopSignal();
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    static bool requested();
};

/// Passes a stop request on to the trainer at the next step.
class StopOnSignal : public TrainingObserver {
public:
    explicit StopOnSignal(Trainer& trainer) : m_trainer(trainer) {}
    void onStep(const StepReport&) override {
        if (StopSignal::requested()) m_trainer.requestStop();
    }

private:
    Trainer& m_trainer;
};

}  // namespace grindstone::cli
