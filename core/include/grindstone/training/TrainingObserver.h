#pragma once

#include "grindstone/training/TrainingEvents.h"

namespace grindstone {

/// Receives the trainer's events, synchronously, on the trainer's thread. The session writer
/// and the GUI's controller implement it; implementations must be quick (buffer, don't
/// render) because training waits for them.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    virtual void onStep(const StepReport&) {}
    virtual void onEvaluation(const EvaluationReport&) {}
    virtual void onSnapshot(const EmbeddingSnapshot&) {}
    virtual void onStageSamples(const StageSamples&) {}
    virtual void onEvent(const TrainingEvent&) {}
    virtual void onProgress(const PhaseProgress&) {}
};

}  // namespace grindstone
