#include "CommandTable.h"

#include <algorithm>
#include <regex>

namespace grindstone::cli {

const std::vector<CommandHelp>& commandTable() {
    static const std::vector<CommandHelp> table = {
        {"demo",
         {"[--compare] [--set KEY=VALUE]... [--workspace DIR]"},
         {"the first run: train the default method on the default data (the glyph",
          "benchmark, drawn on first use) and show it against the raw-pixel floor;",
          "--compare also trains plain triplet on the same seed beside it (normalised,",
          "margin 1.0, lr_metric 3e-3: its validated glyph setting); the runs go",
          "into DIR (default: the workspace train uses)"}},
        {"train",
         {"[--config FILE.json] [--set KEY=VALUE]... [--out DIR] [--until STEP]", "[--nproc N]"},
         {"train a model and write the run into DIR; --until ends it (evaluated)",
          "at STEP on the schedules of all its steps (resume --steps goes on);",
          "--nproc N trains on N local ranks (c10d, Gloo), each with its own P x K",
          "batches and 1/N of the cores; under a torchrun-style launcher (RANK,",
          "WORLD_SIZE, MASTER_ADDR, MASTER_PORT set) this process is one rank"}},
        {"resume",
         {"RUN_DIR [--steps N] [--config FILE] [--set KEY=VALUE]...",
          "[--allow-config-change] [--nproc N]"},
         {"continue a stopped or crashed run from its newest readable checkpoint;",
          "changed options are refused unless --allow-config-change (then recorded);",
          "--nproc N (or a launcher's variables) continues it on N ranks"}},
        {"bench",
         {"[--config FILE.json] [--set KEY=VALUE]... [--methods LIST] [--miners LIST]",
          "[--seeds N] [--first-seed S] [--ablations|--no-ablations] [--steps N]",
          "[--method-set METHOD:KEY=VALUE]... [--tuned DIR]... [--out DIR]"},
         {"train every method x miner x seed (and the two-stage ablations) into DIR,",
          "one after another; run it again to continue; writes results.md / .csv;",
          "--method-set gives one method its own option (its tuned setting);",
          "--tuned DIR gives the method a tune search trained what it found"}},
        {"tune",
         {"[--config FILE.json] [--set KEY=VALUE]... [--space SPACE.json]",
          "[--trials N] [--budget STEPS] [--eta E] [--min-steps M] [--metric KEY]",
          "[--seed S] [--folds F] [--parallel K] [--no-starting-settings]",
          "[--sampler quasi-random|parzen] [--out DIR]"},
         {"search the options of SPACE.json (default: the method's main knobs) on",
          "the validation classes (validation_classes must be set): N settings",
          "(default 27), successive halving up to STEPS (default: steps),",
          "keeping the best 1/E (default 3) at each rung, the first at M steps or",
          "more (default 50), objective KEY (default",
          "map_at_r); writes DIR/best.json (a config train takes) and report.md",
          "with the knobs' sensitivity; run it again to continue; --parallel K",
          "trains K trials at once, as processes of their own; --folds F trains",
          "the last rung's trials on F validation folds (the validation classes",
          "and F-1 other blocks of as many training classes, each with the next",
          "seed) and ranks them by the mean; the first trials are the knobs' values",
          "in the config, then their defaults (where inside the space), unless",
          "--no-starting-settings, then quasi-random ones; --sampler parzen has a",
          "Parzen estimator (TPE) propose the trials after the first third (at",
          "least the number of knobs + 2) from the first rung's results, K at a time"}},
        {"runs",
         {"[DIR]"},
         {"list the runs of a workspace with status, method, steps and metrics"}},
        {"eval", {"RUN_DIR [--json]"}, {"evaluate a run's final model on its test classes"}},
        {"export",
         {"RUN_DIR [--step N] (--torchscript FILE | --projector DIR)"},
         {"write the trained network as TorchScript and / or one snapshot as",
          "TensorBoard projector files (both flags may be given)"}},
        {"quality",
         {"RUN_DIR [--step N] [--json]"},
         {"quality figures of the generated samples of a stored probe batch",
          "(hardness, label consistency, not-a-negative, outliers, collapse)"}},
        {"decoder",
         {"RUN_DIR [--step N] [--steps K] [--seed S] [--threads T]"},
         {"train the embedding -> image decoder of a checkpoint (the newest by",
          "default) on the run's training images; reports its held-out error"}},
        {"project",
         {"RUN_DIR --method pca|tsne|umap [--step N] [--dims 2|3] [--seed S]", "--out FILE.npy"},
         {"lay out one embedding snapshot (newest, or --step) in 2-D or 3-D and",
          "write it as an N x dims float32 .npy in the snapshot's row order"}},
        {"make-glyphs",
         {"OUT [--fonts FILE_OR_DIR]... [--size PX] [--list-fonts]"},
         {"draw the glyph benchmark (0-9 A-Z a-z, one face per font family; the",
          "installed families unless --fonts) into the new folder OUT as gzipped",
          "IDX files with classes.txt and a README; --size 8-256 (default 32);",
          "--list-fonts prints the faces it would try and exits"}},
        {"make-glyphs",
         {"--default"},
         {"draw the default dataset (dataset = glyphs) into the user's data folder",
          "unless it is there already"}},
        {"options",
         {"[--json | --schema]"},
         {"list every option with type, default, range and doc (--schema: the JSON",
          "Schema of a run's config.json)"}},
        {"help", {}, {"show this text"}},
        {"completion",
         {"bash"},
         {"print a bash completion script: commands, their flags, option keys and values"}},
        {"manual", {}, {"print this text and every option as a manual page (roff)"}},
        {"version", {}, {"print the version"}},
    };
    return table;
}

std::string usageText() {
    std::string text = "usage: grindstone-cli COMMAND [ARGS]\n\ncommands:\n";
    for (const CommandHelp& command : commandTable()) {
        // A command without arguments and a one-line description reads best on one line.
        if (command.synopsis.empty() && command.description.size() == 1) {
            text += "  " + command.name + "  " + command.description.front() + '\n';
            continue;
        }
        // Later synopsis lines line up under the first argument.
        const std::string under(2 + command.name.size() + 1, ' ');
        for (size_t i = 0; i < command.synopsis.size(); ++i)
            text += (i == 0 ? "  " + command.name + ' ' : under) + command.synopsis[i] + '\n';
        if (command.synopsis.empty()) text += "  " + command.name + '\n';
        for (const std::string& line : command.description)
            text += "        " + line + '\n';
    }
    return text;
}

std::string spaceJoined(const std::vector<std::string>& parts) {
    std::string all;
    for (const std::string& part : parts)
        all += (all.empty() ? "" : " ") + part;
    return all;
}

std::vector<std::string> flagsOf(const CommandHelp& command) {
    static const std::regex flag(R"(--[a-z][a-z-]*)");
    std::vector<std::string> flags;
    const std::string all = spaceJoined(command.synopsis);
    for (auto it = std::sregex_iterator(all.begin(), all.end(), flag); it != std::sregex_iterator();
         ++it)
        if (std::find(flags.begin(), flags.end(), it->str()) == flags.end())
            flags.push_back(it->str());
    return flags;
}

std::string flagValueName(const CommandHelp& command, const std::string& flag) {
    const std::string all = spaceJoined(command.synopsis);
    if (flag.empty()) {  // the positional argument: the synopsis' first word when not a flag
        const size_t end = all.find_first_of(" ]");
        const std::string first = all.substr(all[0] == '[' ? 1 : 0, end - (all[0] == '[' ? 1 : 0));
        return first.empty() || first[0] == '-' || first[0] == '(' ? std::string() : first;
    }
    // The word after the flag, when it is a value (upper case, or a|b|c choices).
    const std::regex after(flag + R"( ([A-Za-z0-9_.:=|]+))");
    std::smatch match;
    if (!std::regex_search(all, match, after)) return {};
    const std::string value = match[1].str();
    const bool isValue =
        value.find('|') != std::string::npos ||
        std::any_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return isValue ? value : std::string();
}

std::vector<std::string> flagChoices(const CommandHelp& command, const std::string& flag) {
    const std::string value = flagValueName(command, flag);
    if (value.find('|') == std::string::npos) return {};
    std::vector<std::string> choices;
    size_t start = 0;
    for (size_t bar = value.find('|');; bar = value.find('|', start)) {
        choices.push_back(value.substr(start, bar == std::string::npos ? bar : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return choices;
}

}  // namespace grindstone::cli
