// report.md of a search: what it found, which knobs mattered, what halving saved.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/tune/ParzenSampler.h"
#include "grindstone/tune/Tuner.h"

namespace grindstone {
namespace {

std::string fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "–";
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string settingText(const std::map<std::string, std::string>& setting) {
    std::string out;
    for (const auto& [key, value] : setting)
        out += (out.empty() ? "`" : ", `") + key + "=" + value + "`";
    return out;
}

/// "91.12 / 88.40 / 90.03": a finalist's objective on each validation fold.
std::string foldsText(const TrialResult& t) {
    std::string out;
    for (double v : t.foldObjectives)
        out += (out.empty() ? "" : " / ") + fixed(100 * v, 2);
    return out;
}

}  // namespace

void Tuner::writeReport(TuneOutcome& outcome) const {
    const TuneRequest& r = m_request;
    const std::string metric = metricLabel(r.metric);
    std::ostringstream md;
    md << "# Hyperparameter search\n\n"
       << "Method `" << r.base.text("method") << "` on `" << r.base.text("dataset") << "`. "
       << "Objective: " << metric << " (final evaluation, percent) on the validation classes "
       << m_folds.front().validationClasses << ", training on " << m_folds.front().trainClasses
       << "; the test classes were neither trained on nor evaluated. " << r.trials << " settings";
    const size_t starting = std::min(r.startingSettings.size(), r.trials);
    if (starting > 0)
        md << ": "
           << (starting == 1 ? "the first is" : "the first " + std::to_string(starting) + " are")
           << " where the search started (the config's values of the knobs, then their "
              "defaults, each where it lies inside the space), the others";
    const size_t placed = r.sampler == TuneRequest::Sampler::Parzen
                              ? parzenStartupTrials(r.trials, r.space.dimensions.size())
                              : r.trials;
    md << " from a scrambled Halton sequence (seed " << r.seed << ")";
    if (placed < r.trials)
        md << " up to trial " << placed << ", the last " << r.trials - placed
           << " proposed by a Parzen estimator (TPE) from the first rung's results, "
           << r.proposalRound << " at a time";
    md << "; successive halving with eta " << r.eta << ":";
    for (size_t k = 0; k < m_rungs.size(); ++k)
        md << (k ? ", " : " ") << m_rungs[k].trials << " trained to " << m_rungs[k].steps
           << " steps";
    md << ".\n\n";
    if (m_folds.size() > 1) {
        md << "At the last rung each trial is trained and evaluated on " << m_folds.size()
           << " validation folds, each with the next seed, and ranked by their mean:";
        for (size_t f = 0; f < m_folds.size(); ++f)
            md << (f ? "; " : " ") << "fold " << f + 1 << " validation classes "
               << m_folds[f].validationClasses;
        md << ".\n\n";
    }
    if (outcome.stopped) md << "**Stopped before the end:** run the same command to continue.\n\n";

    // Halving's saving, from the trials' own step times: the steps each trial was trained
    // against the budget for every trial.
    double spent = 0, full = 0;
    for (const TrialResult& t : outcome.trials) {
        if (!(t.stepSeconds > 0)) continue;
        int64_t trained = 0;
        for (const auto& [steps, value] : t.objective)
            trained = std::max(trained, steps);
        // A finalist's other folds trained the budget each, at about its step time.
        const size_t otherFolds = t.foldObjectives.empty() ? 0 : t.foldObjectives.size() - 1;
        spent += t.stepSeconds * static_cast<double>(trained + otherFolds * r.budget);
        full += t.stepSeconds * static_cast<double>(r.budget * r.folds);
    }
    if (spent > 0)
        md << "Training time: " << fixed(spent / 60, 1) << " min; every trial trained to "
           << r.budget << " steps" << (r.folds > 1 ? " on every fold" : "") << " would take "
           << fixed(full / 60, 1) << " min (" << fixed(full / spent, 2)
           << "x), both from the trials' measured step times (evaluations not counted).\n\n";

    md << "## Best setting\n\n";
    if (outcome.best >= 0) {
        const TrialResult& b = outcome.trials[static_cast<size_t>(outcome.best)];
        md << std::filesystem::path(b.folder).filename().string() << ": " << settingText(b.setting)
           << "; " << metric << " " << fixed(100 * b.objective.at(r.budget), 2) << " at "
           << r.budget << " steps"
           << (b.foldObjectives.size() > 1 ? " (mean of the folds: " + foldsText(b) + ")" : "")
           << ". `best.json` holds the base options with this setting: `grindstone-cli "
              "train --config "
           << outcome.bestConfigPath << "` trains it on the full split.\n\n";
    } else {
        md << "None yet.\n\n";
    }

    const SensitivityReport& s = outcome.sensitivity;
    md << "## Sensitivity\n\n";
    if (s.knobs.empty()) {
        md << "Needs 4 or more trials evaluated at the first rung (" << s.trials << " so far).\n\n";
    } else {
        md << "Over the " << s.trials << " trials at " << m_rungs.front().steps << " steps";
        if (placed < r.trials)
            md << " placed ahead (the Parzen estimator's proposals gather where the first trials "
                  "did well, which would confound the knobs)";
        md << ". *Variance explained*: the share of the objective's variance that the "
              "knob's bins account for (its main effect); *rank correlation*: Spearman's, "
              "with the knob's logarithm for a log range; then the mean "
           << metric << " per bin.\n\n"
           << "| knob | variance explained | rank correlation | mean " << metric
           << " by bin (trials) |\n|---|---|---|---|\n";
        for (const KnobSensitivity& k : s.knobs) {
            md << "| `" << k.option << "` | " << fixed(100 * k.varianceShare, 0) << " % | "
               << fixed(k.rankCorrelation, 2) << " | ";
            for (size_t i = 0; i < k.bins.size(); ++i)
                md << (i ? "; " : "") << k.bins[i].label << ": " << fixed(100 * k.bins[i].mean, 2)
                   << " (" << k.bins[i].trials << ")";
            md << " |\n";
        }
        md << "\nInteractions (variance of the two knobs' joint halves beyond their main "
              "effects):\n\n| knobs | variance explained |\n|---|---|\n";
        for (size_t i = 0; i < s.interactions.size() && i < 5; ++i)
            md << "| `" << s.interactions[i].first << "` × `" << s.interactions[i].second << "` | "
               << fixed(100 * s.interactions[i].varianceShare, 0) << " % |\n";
        md << "\n";
    }

    const bool folds = m_folds.size() > 1;
    md << "## Trials\n\n| trial | setting |";
    for (const Rung& rung : m_rungs)
        md << " " << metric << " @" << rung.steps
           << (folds && rung.steps == r.budget ? " (mean)" : "") << " |";
    if (folds) md << " folds @" << r.budget << " |";
    md << "\n|---|---|";
    for (size_t k = 0; k < m_rungs.size() + (folds ? 1 : 0); ++k)
        md << "---|";
    md << "\n";
    for (const TrialResult& t : outcome.trials) {
        md << "| " << std::filesystem::path(t.folder).filename().string() << " | "
           << settingText(t.setting) << " |";
        for (const Rung& rung : m_rungs) {
            const auto it = t.objective.find(rung.steps);
            md << " " << (it == t.objective.end() ? std::string() : fixed(100 * it->second, 2))
               << " |";
        }
        if (folds) md << " " << foldsText(t) << " |";
        md << "\n";
    }
    outcome.reportPath = r.folder + "/report.md";
    writeFileAtomically(outcome.reportPath, md.str());
}

}  // namespace grindstone
