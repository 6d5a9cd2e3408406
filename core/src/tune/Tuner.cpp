#include "grindstone/tune/Tuner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/bench/BenchPlan.h"
#include "grindstone/bench/BenchTable.h"
#include "grindstone/data/ClassSplit.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/RunListing.h"
#include "grindstone/session/TrainingRun.h"
#include "grindstone/tune/ParzenSampler.h"
#include "tune/TuneFolder.h"

namespace grindstone {
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

/// "0-19,25": a class list as the class options take it.
std::string classListText(const std::vector<int>& classes) {
    std::string out;
    for (size_t i = 0; i < classes.size();) {
        size_t j = i;
        while (j + 1 < classes.size() && classes[j + 1] == classes[j] + 1)
            ++j;
        if (!out.empty()) out += ',';
        out += std::to_string(classes[i]);
        if (j > i) out += '-' + std::to_string(classes[j]);
        i = j + 1;
    }
    return out;
}

/// The request's validation classes, then folds-1 disjoint blocks of as many training
/// classes, taken from the end of the training classes backwards (next to the validation
/// classes, which are usually the last ones); each fold trains on every other class.
std::vector<ValidationFold> validationFolds(const std::vector<int>& train,
                                            const std::vector<int>& validation, int folds) {
    if (folds < 1 || folds > 100)
        throw InputError("tune: " + std::to_string(folds) +
                         " validation folds; give a number from 1 to 100");
    const size_t size = validation.size();
    if ((static_cast<size_t>(folds) - 1) * size > train.size())
        throw InputError(
            "tune: " + std::to_string(folds) + " validation folds of " + std::to_string(size) +
            " classes need " + std::to_string((static_cast<size_t>(folds) - 1) * size) +
            " training classes besides the validation ones (there are " +
            std::to_string(train.size()) + "); give fewer folds or fewer validation classes");
    std::vector<ValidationFold> out{{classListText(train), classListText(validation)}};
    for (size_t f = 1; f < static_cast<size_t>(folds); ++f) {
        const size_t end = train.size() - (f - 1) * size, begin = end - size;
        std::vector<int> held(train.begin() + static_cast<std::ptrdiff_t>(begin),
                              train.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<int> rest(train.begin(), train.begin() + static_cast<std::ptrdiff_t>(begin));
        rest.insert(rest.end(), train.begin() + static_cast<std::ptrdiff_t>(end), train.end());
        rest.insert(rest.end(), validation.begin(), validation.end());
        std::sort(rest.begin(), rest.end());
        out.push_back({classListText(rest), classListText(held)});
    }
    return out;
}

/// A run of the trial stopped by divergence (its stop reason), which is never trained further.
bool diverged(const std::string& runFolder) {
    std::error_code ec;
    return fs::exists(runFolder + "/run.json", ec) && !summariseRun(runFolder).stopReason.empty();
}

}  // namespace

TrialOrigin trialOrigin(size_t index, size_t trials, size_t dims, size_t starting, bool parzen) {
    if (index < starting) return TrialOrigin::Start;
    return parzen && index >= parzenStartupTrials(trials, dims) ? TrialOrigin::Parzen
                                                                : TrialOrigin::QuasiRandom;
}

Tuner::Tuner(TuneRequest request) : m_request(std::move(request)) {
    TuneRequest& r = m_request;
    if (r.budget <= 0) r.budget = r.base.integer("steps");
    m_rungs = halvingRungs(r.trials, r.budget, r.eta, std::min(r.minSteps, r.budget));
    if (r.space.dimensions.empty()) throw InputError("tune: the search space has no option");

    const auto keys = benchMetricKeys(recallKs(r.base));
    if (std::find(keys.begin(), keys.end(), r.metric) == keys.end()) {
        std::string known;
        for (const auto& k : keys)
            known += (known.empty() ? "" : ", ") + k;
        throw InputError("tune: the evaluation makes no metric '" + r.metric + "' (" + known + ")");
    }
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(r.base, warnings);
    const ClassSplit split =
        makeClassSplit(images, r.base.text("train_classes"), r.base.text("test_classes"),
                       r.base.text("validation_classes"), warnings);
    if (split.validationClasses.empty())
        throw InputError(
            "tune chooses settings on validation classes, never on the test classes: hold some "
            "training classes out with --set validation_classes=LIST (e.g. the last fifth of "
            "them)");
    m_folds = validationFolds(split.trainClasses, split.validationClasses, r.folds);

    Json record = {{"format_version", 1},    {"space", Json::parse(searchSpaceJson(r.space))},
                   {"trials", r.trials},     {"budget", r.budget},
                   {"eta", r.eta},           {"min_steps", r.minSteps},
                   {"metric", r.metric},     {"seed", r.seed},
                   {"base", r.base.values()}};
    if (r.folds > 1) record["folds"] = r.folds;  // absent: one fold, as searches before folds
    // Absent: none, as searches before starting settings.
    if (!r.startingSettings.empty()) record["starting_settings"] = r.startingSettings;
    // Absent: quasi-random throughout, as searches before the Parzen estimator.
    if (r.sampler == TuneRequest::Sampler::Parzen) record["sampler"] = "parzen";
    if (r.proposalRound < 1) throw InputError("tune: a round proposes at least one setting");
    const std::string recordPath = r.folder + "/tune.json";
    std::error_code ec;
    if (fs::exists(recordPath, ec)) {
        if (readTuneRecord(r.folder) != record)
            throw InputError("tune: '" + r.folder +
                             "' holds a search with other settings (its tune.json); run that "
                             "search again to continue it, or choose another --out");
    } else {
        if (fs::exists(r.folder, ec) && !fs::is_empty(r.folder, ec))
            throw InputError("tune: '" + r.folder +
                             "' is a folder that holds something else than a search; choose "
                             "another --out");
        fs::create_directories(r.folder, ec);
        if (ec) throw InputError("tune: cannot create '" + r.folder + "': " + ec.message());
        // Written with the space in its own order (the coordinates' order, the order a
        // user's space file gave), which the sorted record above does not keep.
        auto written = nlohmann::ordered_json::parse(record.dump());
        written["space"] = nlohmann::ordered_json::parse(searchSpaceJson(r.space));
        writeFileAtomically(recordPath, written.dump(2) + "\n");
    }
}

Config Tuner::trialConfig(const std::map<std::string, std::string>& setting, size_t fold) const {
    Config c = m_request.base;
    for (const auto& [key, value] : setting)
        c.set(key, value);
    // Trained without the fold's validation classes, evaluated on them: its "test" classes.
    c.set("train_classes", m_folds[fold].trainClasses);
    c.set("test_classes", m_folds[fold].validationClasses);
    if (fold > 0)  // another seed too: the folds average over seeds as well as classes
        c.set("seed", std::to_string(c.integer("seed") + static_cast<int64_t>(fold)));
    c.set("validation_classes", "");
    c.set("steps", std::to_string(m_request.budget));  // schedules follow the full budget
    c.set("eval_every", "0");                          // evaluated at each rung's end only
    c.set("snapshot_every", "0");
    c.set("keep_checkpoints", "1");
    return c;
}

bool Tuner::trainHere(const TrialJob& job) {
    std::unique_ptr<TrainingRun> run;
    if (job.fresh) {
        run = std::make_unique<TrainingRun>(job.config, job.folder);
        run->trainer().setTotalSteps(job.steps);
    } else {
        run = std::make_unique<TrainingRun>(job.folder, TrainingRun::Resume{}, job.steps);
    }
    if (m_onTrial) m_onTrial(*run, job.what);
    TrainingOutcome outcome = TrainingOutcome::Finished;
    run->run(&outcome);
    return outcome != TrainingOutcome::Stopped;
}

void Tuner::addJobs(TrialResult& trial, int64_t steps, bool lastRung, const std::string& what,
                    std::vector<TrialJob>& jobs) const {
    const size_t folds = lastRung ? m_folds.size() : 1;
    std::vector<TrialJob> planned;
    for (size_t f = 0; f < folds; ++f) {
        const std::string folder = foldFolder(trial.folder, f);
        if (std::isfinite(objectiveAt(folder, m_request.metric, steps))) continue;
        if (diverged(folder)) {
            trial.objective[steps] = NAN;  // one fold diverged: the trial is never trained further
            return;
        }
        std::error_code ec;
        const bool fresh = !fs::exists(folder + "/run.json", ec);
        std::string label = what;
        if (folds > 1) label += ", fold " + std::to_string(f + 1) + " of " + std::to_string(folds);
        planned.push_back(
            {folder, fresh ? trialConfig(trial.setting, f) : Config(), fresh, steps, label});
    }
    jobs.insert(jobs.end(), planned.begin(), planned.end());
}

bool Tuner::trainRung(TuneOutcome& outcome, size_t k, const std::vector<size_t>& active,
                      const std::vector<size_t>& positions) {
    const TuneRequest& r = m_request;
    const int64_t steps = m_rungs[k].steps;
    const bool lastRung = k + 1 == m_rungs.size();
    std::vector<TrialJob> jobs;
    for (size_t n : positions) {
        TrialResult& trial = outcome.trials[active[n]];
        if (trial.objective.count(steps)) continue;
        char what[96];
        std::snprintf(what, sizeof what, "rung %zu/%zu (%lld steps), trial %zu of %zu", k + 1,
                      m_rungs.size(), static_cast<long long>(steps), n + 1, active.size());
        addJobs(trial, steps, lastRung, what, jobs);
    }
    if (m_runner) {
        if (!m_runner(jobs)) m_stopRequested = true;
    } else {
        for (size_t j = 0; j < jobs.size() && !m_stopRequested; ++j)
            if (!trainHere(jobs[j])) m_stopRequested = true;
    }
    for (size_t n : positions) {
        TrialResult& trial = outcome.trials[active[n]];
        if (trial.objective.count(steps)) continue;  // complete, or diverged before
        readTrialFigures(trial, r.metric, r.folds, r.budget);
        if (trial.objective.count(steps)) continue;
        bool anyDiverged = false;
        for (size_t f = 0; f < (lastRung ? m_folds.size() : 1); ++f)
            anyDiverged = anyDiverged || diverged(foldFolder(trial.folder, f));
        if (anyDiverged)
            trial.objective[steps] = NAN;  // diverged in this rung
        else
            m_stopRequested = true;  // not trained to the rung: stopped before it
    }
    return !m_stopRequested;
}

bool Tuner::trainFirstRung(TuneOutcome& outcome, const std::vector<size_t>& active) {
    const TuneRequest& r = m_request;
    const int64_t steps = m_rungs.front().steps;
    std::vector<size_t> placed, open;
    for (size_t n = 0; n < active.size(); ++n)
        (outcome.trials[active[n]].setting.empty() ? open : placed).push_back(n);
    if (!trainRung(outcome, 0, active, placed)) return false;
    for (size_t from = 0; from < open.size(); from += r.proposalRound) {
        std::vector<SearchObservation> observed;
        for (const TrialResult& t : outcome.trials) {
            const auto it = t.objective.find(steps);
            if (t.setting.empty() || it == t.objective.end()) continue;
            try {
                observed.push_back({unitPointOf(r.space, t.setting), it->second});
            } catch (const InputError& e) {
                throw InputError("tune: " + t.folder + ": its setting is not of this search (" +
                                 e.what() + ")");
            }
        }
        const std::vector<size_t> round(open.begin() + static_cast<std::ptrdiff_t>(from),
                                        open.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                           open.size(), from + r.proposalRound)));
        for (size_t n : round)
            outcome.trials[active[n]].setting =
                settingAt(r.space, proposeParzenPoint(r.space, observed, r.seed, active[n]));
        if (!trainRung(outcome, 0, active, round)) return false;
    }
    return true;
}

TuneOutcome Tuner::run() {
    const TuneRequest& r = m_request;
    TuneOutcome outcome;
    outcome.rungs = m_rungs;
    const size_t starting = r.startingSettings.size(), dims = r.space.dimensions.size();
    std::vector<TrialOrigin> origins;
    for (size_t i = 0; i < r.trials; ++i)
        origins.push_back(
            trialOrigin(i, r.trials, dims, starting, r.sampler == TuneRequest::Sampler::Parzen));
    for (size_t i = 0; i < r.trials; ++i) {
        TrialResult t;
        t.folder = trialFolder(r.folder, i);
        switch (origins[i]) {
            case TrialOrigin::Start:
                t.setting = r.startingSettings[i];
                break;
            case TrialOrigin::QuasiRandom:
                t.setting = settingAt(r.space, haltonPoint(i - starting, dims, r.seed));
                break;
            case TrialOrigin::Parzen:  // proposed before (its folder says); none yet: empty
                t.setting = trialSetting(t.folder, r.space);
                break;
        }
        readTrialFigures(t, r.metric, r.folds, r.budget);  // rungs already trained
        outcome.trials.push_back(std::move(t));
    }
    std::vector<size_t> active(r.trials);
    for (size_t i = 0; i < r.trials; ++i)
        active[i] = i;
    for (size_t k = 0; k < m_rungs.size() && !m_stopRequested; ++k) {
        const int64_t steps = m_rungs[k].steps;
        const bool lastRung = k + 1 == m_rungs.size();
        std::vector<size_t> everyOne(active.size());
        for (size_t n = 0; n < active.size(); ++n)
            everyOne[n] = n;
        if (!(k == 0 ? trainFirstRung(outcome, active) : trainRung(outcome, k, active, everyOne)))
            break;
        std::vector<double> objective;
        for (size_t i : active)
            objective.push_back(outcome.trials[i].objective.at(steps));
        const size_t keep = k + 1 < m_rungs.size() ? m_rungs[k + 1].trials : 1;
        std::vector<size_t> next;
        for (size_t position : bestTrials(objective, keep))
            next.push_back(active[position]);
        if (lastRung && !next.empty() &&
            std::isfinite(outcome.trials[next.front()].objective.at(steps)))
            outcome.best = static_cast<int>(next.front());
        std::sort(next.begin(), next.end());
        active = next;
    }
    outcome.stopped = m_stopRequested;

    std::vector<std::map<std::string, std::string>> settings;
    std::vector<double> first;
    for (size_t i = 0; i < outcome.trials.size(); ++i) {
        const TrialResult& t = outcome.trials[i];
        settings.push_back(t.setting);
        const auto it = t.objective.find(m_rungs.front().steps);
        // The proposals gather where the first trials did well, which would confound the
        // knobs: the sensitivity rests on the trials spread over the space.
        const bool proposed = origins[i] == TrialOrigin::Parzen;
        first.push_back(it == t.objective.end() || proposed ? NAN : it->second);
    }
    outcome.sensitivity = analyseSensitivity(r.space, settings, first);
    if (outcome.best >= 0) {
        Config best = r.base;
        for (const auto& [key, value] : outcome.trials[static_cast<size_t>(outcome.best)].setting)
            best.set(key, value);
        best.set("steps", std::to_string(r.budget));
        outcome.bestConfigPath = r.folder + "/best.json";
        writeFileAtomically(outcome.bestConfigPath, best.toJson() + "\n");
    }
    writeReport(outcome);
    return outcome;
}

}  // namespace grindstone
