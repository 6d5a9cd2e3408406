#pragma once
// Shared by the integration tests that stop a run partway (resume, export).
#include "grindstone/training/Trainer.h"
#include "grindstone/training/TrainingObserver.h"

namespace grindstone::test {

/// Asks the trainer to stop once it has done `at` steps.
struct StopAt : TrainingObserver {
    Trainer* trainer = nullptr;
    int64_t at = 0;
    void onStep(const StepReport& r) override {
        if (r.step == at) trainer->requestStop();
    }
};

}  // namespace grindstone::test
