// grindstone-cli decoder: train the embedding -> image decoder of a run's checkpoint.
#include <cstdio>
#include <iostream>

#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/quality/Decoder.h"

namespace grindstone::cli {
namespace {

int64_t positive(const std::string& text, const std::string& flag) {
    const int64_t v = parseStep(text, flag);
    if (v < 1) throw InputError(flag + ": '" + text + "' must be at least 1");
    return v;
}

}  // namespace

int runDecoder(Args args) {
    const std::string stepText = takeOption(args, "--step");
    const std::string stepsText = takeOption(args, "--steps");
    const std::string seedText = takeOption(args, "--seed");
    const std::string threadsText = takeOption(args, "--threads");
    if (args.empty())
        throw InputError(
            "decoder needs a run folder: grindstone-cli decoder RUN_DIR [--step N] [--steps K]");
    const std::string folder = args.front();
    args.erase(args.begin());
    expectNoMore(args, "decoder");

    DecoderSettings settings;
    if (!stepsText.empty()) settings.steps = positive(stepsText, "--steps");
    if (!seedText.empty()) settings.seed = static_cast<uint64_t>(parseStep(seedText, "--seed"));
    if (!threadsText.empty())
        settings.threads = static_cast<int>(parseStep(threadsText, "--threads"));
    const int64_t step = stepText.empty() ? -1 : parseStep(stepText, "--step");

    // Phases on stderr; a kill leaves nothing half-written (both files are replaced atomically).
    std::string lastPhase;
    const DecoderReport r =
        trainRunDecoder(folder, step, settings, [&](double, const std::string& phase) {
            if (phase != lastPhase) std::cerr << phase << "...\n";
            lastPhase = phase;
            return true;
        });
    std::printf(
        "decoder of checkpoint step %lld: %lld training images, %lld held out, %.1f s\n"
        "held-out pixel MSE (pixels in [0, 1]): %.4f trained, %.4f untrained, %.4f for the mean "
        "image\n",
        static_cast<long long>(r.checkpointStep), static_cast<long long>(r.trainImages),
        static_cast<long long>(r.heldOutImages), r.seconds, r.heldOutMse, r.heldOutMseUntrained,
        r.heldOutMseMeanImage);
    return 0;
}

}  // namespace grindstone::cli
