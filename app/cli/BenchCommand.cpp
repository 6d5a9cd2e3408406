#include "BenchCommand.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>

#include "BenchFolder.h"
#include "BenchProgress.h"
#include "ProgressPrinter.h"
#include "StopSignal.h"
#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/session/TrainingRun.h"
#include "grindstone/tune/Tuner.h"

namespace grindstone::cli {
namespace {

std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> items;
    size_t begin = 0;
    while (true) {
        const size_t end = text.find(',', begin);
        std::string item = text.substr(begin, end == std::string::npos ? end : end - begin);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        items.push_back(item);
        if (end == std::string::npos) return items;
        begin = end + 1;
    }
}

long long integerArgument(const std::string& name, const std::string& text, long long lo,
                          long long hi) {
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || v < lo || v > hi)
        throw InputError(name + ": '" + text + "' is not an integer in [" + std::to_string(lo) +
                         ", " + std::to_string(hi) + "]");
    return v;
}

/// takeOption that refuses a repeated option instead of leaving the second for "does not take".
std::string takeOnce(Args& args, const std::string& name) {
    std::string value = takeOption(args, name);
    if (!value.empty() && !takeOption(args, name).empty())
        throw InputError(name + " is given more than once");
    return value;
}

/// A bench sets these per run: a --set of them would be silently overridden.
void refusePerRunAssignments(const Args& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        std::string assignment;
        if (args[i] == "--set" && i + 1 < args.size())
            assignment = args[i + 1];
        else if (args[i].rfind("--set=", 0) == 0)
            assignment = args[i].substr(6);
        std::string key = assignment.substr(0, assignment.find('='));
        key.erase(0, key.find_first_not_of(' '));
        key.erase(key.find_last_not_of(' ') + 1);
        if (key == "method" || key == "miner" || key == "seed")
            throw InputError("--set " + key +
                             ": bench sets it for each run; use --methods, --miners, --seeds "
                             "and --first-seed");
    }
}

/// Every `--method-set METHOD:KEY=VALUE` of `args` (taken out) into `request.methodOptions`;
/// the plan checks the method, key and value.
void takeMethodOptions(Args& args, BenchRequest& request) {
    for (std::string item = takeOption(args, "--method-set"); !item.empty();
         item = takeOption(args, "--method-set")) {
        const size_t colon = item.find(':');
        const size_t equals = item.find('=', colon == std::string::npos ? 0 : colon);
        if (colon == std::string::npos || colon == 0 || equals == std::string::npos ||
            equals == colon + 1)
            throw InputError("--method-set '" + item + "' is not METHOD:KEY=VALUE");
        auto& options = request.methodOptions[item.substr(0, colon)];
        const std::string key = item.substr(colon + 1, equals - colon - 1);
        if (options.count(key) != 0)
            throw InputError("--method-set " + item.substr(0, equals) + " is given twice");
        options[key] = item.substr(equals + 1);
    }
}

/// Every `--tuned DIR` of `args` (taken out): the method that search tuned gets the values it
/// found for the options it searched, as with --method-set.
void takeTunedSettings(Args& args, BenchRequest& request) {
    for (std::string folder = takeOption(args, "--tuned"); !folder.empty();
         folder = takeOption(args, "--tuned")) {
        const TunedSetting tuned = readTunedSetting(folder);
        auto& options = request.methodOptions[tuned.method];
        for (const auto& [key, value] : tuned.values) {
            if (options.count(key) != 0)
                throw InputError("--tuned " + folder + ": " + tuned.method + ":" + key +
                                 " is already given (--method-set or another --tuned)");
            options[key] = value;
        }
    }
}

BenchRequest requestFromArgs(Args args, std::string& out) {
    refusePerRunAssignments(args);
    Args rest;
    BenchRequest request;
    request.base = configFromArgs(args, rest);
    takeMethodOptions(rest, request);
    takeTunedSettings(rest, request);
    const std::string methods = takeOnce(rest, "--methods");
    const std::string miners = takeOnce(rest, "--miners");
    const std::string seeds = takeOnce(rest, "--seeds");
    const std::string firstSeed = takeOnce(rest, "--first-seed");
    const std::string steps = takeOnce(rest, "--steps");
    const bool ablationsOn = takeFlag(rest, "--ablations");
    const bool ablationsOff = takeFlag(rest, "--no-ablations");
    out = takeOnce(rest, "--out");
    expectNoMore(rest, "bench");

    if (!methods.empty()) request.methods = commaList(methods);
    if (!miners.empty()) request.miners = commaList(miners);
    if (!seeds.empty())
        request.seeds = static_cast<int>(integerArgument("--seeds", seeds, 1, 1000));
    if (!firstSeed.empty())
        request.firstSeed = integerArgument("--first-seed", firstSeed, 0, 2147483647);
    if (!steps.empty())
        request.base.set("steps", std::to_string(integerArgument("--steps", steps, 1, 10000000)));
    if (ablationsOn && ablationsOff)
        throw InputError("--ablations and --no-ablations contradict each other");
    // The ablations are of the two-stage method: by default they come with it.
    const bool twoStage = std::find(request.methods.begin(), request.methods.end(), "two-stage") !=
                          request.methods.end();
    request.ablations = ablationsOn || (!ablationsOff && twoStage);
    if (out.empty()) out = (std::filesystem::path(defaultWorkspace()) / "bench").string();
    return request;
}

/// Trains `run` to its end or a stop request, with the per-step progress on stderr. The run
/// is destroyed before the observers it reports to.
TrainingOutcome trainRun(std::unique_ptr<TrainingRun> run) {
    for (const auto& w : run->warnings())
        std::cerr << "warning: " << w << '\n';
    ProgressPrinter printer(isatty(STDERR_FILENO) != 0);
    StopOnSignal stop(run->trainer());
    run->trainer().addObserver(&printer);
    run->trainer().addObserver(&stop);
    TrainingOutcome outcome = TrainingOutcome::Stopped;
    try {
        run->run(&outcome);
    } catch (...) {
        printer.finish();
        run.reset();
        throw;
    }
    printer.finish();
    run.reset();
    return outcome;
}

/// Loads the data and builds each variant's trainer before anything is written, so a bad
/// dataset or option is refused without leaving a bench folder behind (which would then hold
/// a plan nobody wants). The loaded images give the raw-pixel baseline.
RawPixelBaseline checkedBaseline(const BenchPlan& plan) {
    const Config& first = plan.entries.front().config;
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(first, warnings);
    std::set<std::string> checked;
    for (const auto& entry : plan.entries)
        if (checked.insert(entry.variant).second) Trainer trainer(entry.config, images, warnings);
    return computeRawPixelBaseline(images, first);
}

/// The run to train for `entry`: its stopped, crashed or damaged run resumed where that works,
/// else a fresh one (a run that cannot be continued, or was trained with other options, is
/// first moved aside, never deleted).
std::unique_ptr<TrainingRun> openRun(const BenchEntry& entry, const BenchRunResult& state,
                                     const BenchFolder& folder, const std::string& tag) {
    // A mismatched run was trained with other options: continuing it would not give the
    // plan's run. Damaged ones may still resume (from an older readable checkpoint).
    bool setAside = state.status == "mismatched";
    std::string problem = state.detail;
    if (state.status == "stopped" || state.status == "crashed" || state.status == "damaged") {
        try {
            auto run =
                std::make_unique<TrainingRun>(folder.runFolder(entry), TrainingRun::Resume{});
            std::cerr << tag << ": resuming at step " << run->trainer().step() << " of "
                      << run->trainer().totalSteps() << '\n';
            return run;
        } catch (const std::exception& e) {
            setAside = true;
            problem = e.what();
        }
    }
    if (setAside)
        std::cerr << tag << ": " << state.status << " run cannot be continued (" << problem
                  << "); kept as " << folder.setAside(entry) << ", training it afresh\n";
    auto run = std::make_unique<TrainingRun>(entry.config, folder.runFolder(entry));
    std::cerr << tag << ": training " << entry.config.text("steps") << " steps\n";
    return run;
}

void printPlan(const BenchPlan& plan, const BenchFolder& folder) {
    const BenchRequest& r = plan.request;
    std::cout << (folder.continued() ? "continuing" : "starting") << " bench of "
              << plan.entries.size() << " runs (" << r.methods.size() << " method(s) x "
              << r.miners.size() << " miner(s)"
              << (r.ablations ? " + " + std::to_string(benchAblations().size()) + " ablations" : "")
              << ", " << r.seeds << " seed(s), " << r.base.text("steps") << " steps) in "
              << folder.path() << std::endl;
}

void printRawPixels(const RawPixelBaseline& raw) {
    if (!raw.computed) {
        std::cout << "raw pixels: skipped (" << raw.skipped << ")" << std::endl;
        return;
    }
    std::cout << "raw pixels (no training), " << raw.images << " test images:";
    for (const auto& [key, label] :
         {std::pair{"recall_at_1", "R@1"}, std::pair{"map_at_r", "MAP@R"}})
        if (const auto it = raw.metrics.find(key); it != raw.metrics.end())
            std::cout << "  " << label << ' ' << std::fixed << std::setprecision(2)
                      << 100 * it->second << std::defaultfloat;
    std::cout << std::endl;
}

}  // namespace

int runBench(Args args) {
    std::string out;
    const BenchPlan plan = makeBenchPlan(requestFromArgs(std::move(args), out));
    BenchFolder folder(out, plan);
    if (!folder.continued()) folder.create(checkedBaseline(plan));
    StopSignal stopSignal;
    printPlan(plan, folder);
    printRawPixels(folder.rawPixels());

    std::vector<BenchRunResult> runs = folder.writeResults();
    BenchProgress progress(plan);
    int failed = 0;
    for (size_t i = 0; i < plan.entries.size() && !StopSignal::requested(); ++i) {
        const BenchEntry& entry = plan.entries[i];
        const BenchRunResult state = runs[i];
        const std::string tag = progress.tag(i);
        if (state.status == "finished") {
            progress.alreadyFinished(i, state);
            continue;
        }
        if (state.status == "running") {
            progress.leftAlone(i, "left alone: another process is writing it");
            continue;
        }
        if (state.status == "diverged") {
            // Resuming would only repeat the rollbacks; it is a result, reported as one.
            progress.leftAlone(i, "diverged (" + state.detail +
                                      "): left alone; its metrics.jsonl has the rollbacks");
            continue;
        }
        const auto started = std::chrono::steady_clock::now();
        std::unique_ptr<TrainingRun> run = openRun(entry, state, folder, tag);
        try {
            if (trainRun(std::move(run)) == TrainingOutcome::Diverged) ++failed;
        } catch (const std::exception& e) {
            std::cerr << tag << ": failed: " << e.what() << '\n';
            ++failed;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        runs = folder.writeResults();
        progress.ran(i, runs[i], seconds, runs);
    }

    const auto finished = std::count_if(runs.begin(), runs.end(),
                                        [](const auto& r) { return r.status == "finished"; });
    std::cout << finished << " of " << runs.size() << " runs finished; results: " << folder.path()
              << "/results.md" << std::endl;
    if (StopSignal::requested()) {
        std::cerr << "bench stopped; run the same command again to continue\n";
        return 3;
    }
    if (failed > 0)
        std::cerr << failed << " run(s) failed or diverged; the results list them under "
                  << "\"Not in the table\"\n";
    return finished == static_cast<long>(runs.size()) ? 0 : 1;
}

}  // namespace grindstone::cli
