#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <string>

#include "grindstone/options/Config.h"
#include "grindstone/training/TrainingObserver.h"

namespace grindstone {

/// Writes a run folder as training goes (the session format of sessions/README.md):
/// config.json, run.json (metadata and status), metrics.jsonl (append-only: steps,
/// evaluations, events), snapshots/ and probe/ (.npy with JSON sidecars).
class SessionWriter : public TrainingObserver {
public:
    /// Creates `folder` (and parents) and writes config.json and run.json with status
    /// "running". Throws InputError if the folder cannot be created or already holds a run.
    SessionWriter(const std::string& folder, const Config& config, int threads);

    /// Re-attaches to an existing run to continue it: keeps run.json's history, cuts a torn
    /// last line off metrics.jsonl (a crash mid-write) and appends from there. Throws
    /// InputError naming the file when run.json is unreadable or from a newer format.
    struct Reopen {};
    SessionWriter(const std::string& folder, Reopen);
    ~SessionWriter() override;
    SessionWriter(const SessionWriter&) = delete;
    SessionWriter& operator=(const SessionWriter&) = delete;
    void onStep(const StepReport& report) override;
    void onEvaluation(const EvaluationReport& report) override;
    void onSnapshot(const EmbeddingSnapshot& snapshot) override;
    void onStageSamples(const StageSamples& samples) override;
    void onEvent(const TrainingEvent& event) override;

    /// Updates run.json's status ("running", "finished", "stopped", "crashed") and step.
    /// `totalSteps` >= 0 also records a changed step budget (resume --steps).
    void setStatus(const std::string& status, int64_t step, int64_t totalSteps = -1);
    /// Records the final evaluation in run.json (the headline metrics of a run listing).
    void setFinalMetrics(const EvaluationReport& report);
    /// run.json's raw_pixel_floor: the final evaluation's figures on the test images' raw
    /// pixels, the floor the run is read against.
    void setRawPixelFloor(const std::map<std::string, double>& metrics);
    /// Adds a library version to run.json's `versions` (the GUI records Qt's).
    void recordVersion(const std::string& library, const std::string& version);
    /// Records why a run stopped on its own ("diverged: ...") in run.json's `stop_reason`.
    void setStopReason(const std::string& reason);
    /// Appends {from_step, world_size} to run.json's `world_sizes` when this process's world
    /// size differs from the last one recorded (a run without the field trained in one
    /// process), so a resume on another number of ranks stays on record.
    void recordWorldSize(int64_t step, int worldSize);
    /// Records the number of non-finite rollbacks so far in run.json's `rollbacks`.
    void setRollbacks(int64_t count);
    /// Continuing with changed options: rewrites config.json with `changed` and appends
    /// {step, time, changes: {key: {from, to}}} to run.json's `config_changes`.
    void recordConfigChange(int64_t step, const Config& previous, const Config& changed);
    /// Set by Reopen when it cut a torn last line off metrics.jsonl (empty otherwise).
    const std::string& repairNote() const { return m_repairNote; }
    std::string checkpointPath(int64_t step) const;
    const std::string& folder() const { return m_folder; }
    int logEvery() const { return m_logEvery; }

private:
    void appendLine(const std::string& line);
    void writeRunJson();
    /// Holds `.lock` for the writer's lifetime: listings tell running from crashed runs, and
    /// a second writer (a resume of a run still training) is refused.
    void lock();

    std::string m_folder;
    std::ofstream m_log;
    int m_lockFd = -1;
    std::string m_runJson;  // run.json's current text
    int m_logEvery = 10;
    std::string m_repairNote;
};

}  // namespace grindstone
