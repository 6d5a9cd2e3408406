#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "grindstone/options/Config.h"
#include "grindstone/tune/SearchSpace.h"
#include "grindstone/tune/Sensitivity.h"
#include "grindstone/tune/SuccessiveHalving.h"

namespace grindstone {

class TrainingRun;

/// Where a trial's setting comes from: a starting setting, a quasi-random point, or the
/// Parzen estimator's proposal from the first rung's results.
enum class TrialOrigin { Start, QuasiRandom, Parzen };

/// Trial `index`'s origin in a search of `trials` settings in `dims` knobs with `starting`
/// starting settings: those first, quasi-random points up to parzenStartupTrials (or to the
/// end without the Parzen estimator), proposals after.
TrialOrigin trialOrigin(size_t index, size_t trials, size_t dims, size_t starting, bool parzen);

/// What to search and where.
struct TuneRequest {
    Config base;  ///< every trial's options; must name validation_classes
    SearchSpace space;
    size_t trials = 27;
    int64_t budget = 0;  ///< steps of a trial trained to the end; 0 = the base's steps
    int eta = 3;         ///< successive halving keeps the best 1/eta at each rung
    int64_t minSteps = 50;
    std::string metric = "map_at_r";  ///< a key of the final evaluation, higher is better
    uint64_t seed = 1;                ///< the quasi-random sequence's scrambling
    /// Validation folds the last rung's trials are each trained and evaluated on: the
    /// validation classes, then folds-1 other blocks of as many training classes (each with
    /// the next seed); their mean is the objective there. One fold of a few classes moves by
    /// points from one seed to the next, as much as the finalists differ.
    int folds = 1;
    /// Tried as the first trials, before the quasi-random points (startingSettings).
    std::vector<std::map<std::string, std::string>> startingSettings;
    /// How the settings after the first parzenStartupTrials are chosen: quasi-random like
    /// the first (the default), or by the Parzen estimator from the first rung's results.
    enum class Sampler { QuasiRandom, Parzen };
    Sampler sampler = Sampler::QuasiRandom;
    /// Parzen settings proposed at once, from the results in so far (the trials trained at
    /// once): a round's trials are all trained before the next round is proposed.
    size_t proposalRound = 1;
    std::string folder;  ///< where the trials, tune.json and best.json go
};

/// One trial: a normal run folder trained on the training classes minus the validation ones
/// and evaluated on the validation classes (its "test" classes).
struct TrialResult {
    std::string folder;
    std::map<std::string, std::string> setting;
    /// Rung steps -> the metric there (NaN: diverged). At the last rung of a search with
    /// several folds: the mean over the folds, once every fold is evaluated.
    std::map<int64_t, double> objective;
    std::vector<double> foldObjectives;  ///< each fold's metric at the last rung, fold 1 first
    double stepSeconds = 0;              ///< training seconds per step (fold 1)
};

struct TuneOutcome {
    std::vector<Rung> rungs;
    std::vector<TrialResult> trials;
    int best = -1;  ///< the trial with the best objective at the last rung
    bool stopped = false;
    SensitivityReport sensitivity;  ///< over every trial at the first rung
    std::string bestConfigPath;     ///< best.json: the base options with the best setting
    std::string reportPath;         ///< report.md
};

/// One trial to train to `steps`: a new run in `folder` with `config`, or (`fresh` false) the
/// continuation of the run there.
struct TrialJob {
    std::string folder;
    Config config;
    bool fresh = true;
    int64_t steps = 0;
    std::string what;  ///< "rung 1/3 (67 steps), trial 4 of 40", for progress lines
};

/// One validation fold: the classes a trial trains on and the ones it is evaluated on.
struct ValidationFold {
    std::string trainClasses, validationClasses;  ///< class lists, "0-18,25-30"
};

/// Hyperparameter search: the starting settings, quasi-random settings (scrambled Halton)
/// and, with the Parzen sampler, settings it proposes from the first rung's results;
/// successive halving on the step budget, the objective on the validation classes only (the test
/// classes are never trained on nor evaluated). Every trial is a run folder under the search's
/// folder; stopping and running the same search again continues it (finished rungs are read back
/// from the trials' logs); a search folder holding another search is refused.
class Tuner {
public:
    /// Checks the request (InputError: no validation classes, a metric the evaluation does
    /// not make, a folder holding another search, bad halving settings) and records it in
    /// folder/tune.json.
    explicit Tuner(TuneRequest request);

    /// Called with each trial's TrainingRun before it trains (to watch it or stop it).
    void onTrial(std::function<void(TrainingRun&, const std::string& what)> callback) {
        m_onTrial = std::move(callback);
    }
    /// Trains a rung's jobs some other way (several processes at once); it returns false when
    /// stopped before every job was done. Without one, trials train one after another in this
    /// process.
    void setRunner(std::function<bool(const std::vector<TrialJob>&)> runner) {
        m_runner = std::move(runner);
    }
    /// Stops after the trial in progress (checkpointed; the search continues when run again).
    void requestStop() { m_stopRequested = true; }

    TuneOutcome run();

    const TuneRequest& request() const { return m_request; }
    const std::vector<Rung>& rungs() const { return m_rungs; }

private:
    Config trialConfig(const std::map<std::string, std::string>& setting, size_t fold) const;
    /// The jobs that bring `trial` to `steps` (its other folds too at the last rung); marks a
    /// trial with a diverged run NaN there instead.
    void addJobs(TrialResult& trial, int64_t steps, bool lastRung, const std::string& what,
                 std::vector<TrialJob>& jobs) const;
    /// Brings the trials active[p] (p in `positions`) to rung k; false when stopped before.
    bool trainRung(TuneOutcome& outcome, size_t k, const std::vector<size_t>& active,
                   const std::vector<size_t>& positions);
    /// The first rung: the settings placed in advance, then (Parzen) the proposed ones round
    /// by round, each round from every first-rung result in before it.
    bool trainFirstRung(TuneOutcome& outcome, const std::vector<size_t>& active);
    /// Trains one job in this process; false when it was stopped.
    bool trainHere(const TrialJob& job);
    void writeReport(TuneOutcome& outcome) const;

    TuneRequest m_request;
    std::vector<Rung> m_rungs;
    std::vector<ValidationFold> m_folds;  ///< the request's validation classes first
    std::function<void(TrainingRun&, const std::string&)> m_onTrial;
    std::function<bool(const std::vector<TrialJob>&)> m_runner;
    bool m_stopRequested = false;
};

/// A search folder as it stands, read back without training (the window's Tune page): its
/// settings, every trial's setting, objective per rung and status, the best so far and the
/// sensitivity over the first rung. Throws InputError naming the file when tune.json is
/// missing or damaged; a trial that cannot be read is listed with its problem.
struct TuneSearch {
    std::string folder;
    std::string method, metric;
    SearchSpace space;
    size_t trialsPlanned = 0;
    int64_t budget = 0;
    int eta = 3;
    int folds = 1;  ///< validation folds at the last rung
    std::vector<Rung> rungs;
    struct Trial {
        TrialResult result;
        TrialOrigin origin = TrialOrigin::QuasiRandom;
        std::string status;  ///< the run's status ("not started" before it exists)
        int64_t step = 0;
    };
    std::vector<Trial> trials;
    int best = -1;  ///< the best trial at the last rung, once it has one
    SensitivityReport sensitivity;
    bool hasAnswer = false;                ///< best.json written
    std::vector<std::string> runningRuns;  ///< run folders training now (trials or their folds)
};
TuneSearch readTuneSearch(const std::string& folder);

/// A finished search's answer for a method: the method its trials trained and the values
/// best.json gives the options it searched. Throws InputError naming the folder when it holds
/// no search (tune.json) or the search has no answer yet (best.json).
struct TunedSetting {
    std::string method;
    std::map<std::string, std::string> values;
};
TunedSetting readTunedSetting(const std::string& searchFolder);

}  // namespace grindstone
