// report.md of a search: what it found, which knobs mattered, what halving saved.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/session/AtomicFile.h"
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

}  // namespace

void Tuner::writeReport(TuneOutcome& outcome) const {
    const TuneRequest& r = m_request;
    const std::string metric = metricLabel(r.metric);
    std::ostringstream md;
    md << "# Hyperparameter search\n\n"
       << "Method `" << r.base.text("method") << "` on `" << r.base.text("dataset") << "`. "
       << "Objective: " << metric << " (final evaluation, percent) on the validation classes "
       << m_validationClasses << ", training on " << m_trainClasses
       << "; the test classes were neither trained on nor evaluated. " << r.trials
       << " settings from a scrambled Halton sequence (seed " << r.seed
       << "), successive halving with eta " << r.eta << ":";
    for (size_t k = 0; k < m_rungs.size(); ++k)
        md << (k ? ", " : " ") << m_rungs[k].trials << " trained to " << m_rungs[k].steps
           << " steps";
    md << ".\n\n";
    if (outcome.stopped) md << "**Stopped before the end:** run the same command to continue.\n\n";

    // Halving's saving, from the trials' own step times: the steps each trial was trained
    // against the budget for every trial.
    double spent = 0, full = 0;
    for (const TrialResult& t : outcome.trials) {
        if (!(t.stepSeconds > 0)) continue;
        int64_t trained = 0;
        for (const auto& [steps, value] : t.objective)
            trained = std::max(trained, steps);
        spent += t.stepSeconds * static_cast<double>(trained);
        full += t.stepSeconds * static_cast<double>(r.budget);
    }
    if (spent > 0)
        md << "Training time: " << fixed(spent / 60, 1) << " min; every trial trained to "
           << r.budget << " steps would take " << fixed(full / 60, 1) << " min ("
           << fixed(full / spent, 2)
           << "x), both from the trials' measured step times (evaluations not counted).\n\n";

    md << "## Best setting\n\n";
    if (outcome.best >= 0) {
        const TrialResult& b = outcome.trials[static_cast<size_t>(outcome.best)];
        md << std::filesystem::path(b.folder).filename().string() << ": " << settingText(b.setting)
           << "; " << metric << " " << fixed(100 * b.objective.at(r.budget), 2) << " at "
           << r.budget
           << " steps. `best.json` holds the base options with this setting: `grindstone-cli "
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
        md << "Over the " << s.trials << " trials at " << m_rungs.front().steps
           << " steps. *Variance explained*: the share of the objective's variance that the "
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

    md << "## Trials\n\n| trial | setting |";
    for (const Rung& rung : m_rungs)
        md << " " << metric << " @" << rung.steps << " |";
    md << "\n|---|---|";
    for (size_t k = 0; k < m_rungs.size(); ++k)
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
        md << "\n";
    }
    outcome.reportPath = r.folder + "/report.md";
    writeFileAtomically(outcome.reportPath, md.str());
}

}  // namespace grindstone
