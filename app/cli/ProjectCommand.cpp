#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/projection/RunProjection.h"
#include "grindstone/runtime/Threads.h"
#include "grindstone/session/Npy.h"

namespace grindstone::cli {

namespace {

const char* const kUsage =
    "grindstone-cli project RUN_DIR --method pca|tsne|umap [--step N] [--dims 2|3] [--seed S] "
    "--out FILE.npy";

/// A whole non-negative number, or InputError naming the flag.
/// Refuses an output path whose folder is missing or which names a folder, before any work.
void checkOutputPath(const std::string& out) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(out, ec))
        throw InputError("--out '" + out + "' is a folder; expected a .npy file name");
    const fs::path parent = fs::path(out).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
        throw InputError("--out '" + out + "': folder '" + parent.string() + "' does not exist");
}

/// Progress on stderr: one line per phase and per tenth done (a terminal gets one updated line).
class ProgressLines {
public:
    bool operator()(double fraction, const std::string& phase) {
        const int tenth = static_cast<int>(std::floor(fraction * 10));
        if (phase == m_phase && tenth == m_tenth) return true;
        m_phase = phase;
        m_tenth = tenth;
        std::cerr << (m_terminal ? "\r\033[K" : "") << "project: " << phase << ' '
                  << static_cast<int>(fraction * 100) << '%' << (m_terminal ? "" : "\n")
                  << std::flush;
        return true;
    }
    ~ProgressLines() {
        if (m_terminal && !m_phase.empty()) std::cerr << '\n';
    }

private:
    bool m_terminal = isatty(STDERR_FILENO) != 0;
    std::string m_phase;
    int m_tenth = -1;
};

}  // namespace

int runProject(Args args) {
    const std::string methodText = takeOption(args, "--method");
    const std::string stepText = takeOption(args, "--step");
    const std::string dimsText = takeOption(args, "--dims");
    const std::string seedText = takeOption(args, "--seed");
    const std::string out = takeOption(args, "--out");
    if (args.empty()) throw InputError(std::string("project needs a run folder: ") + kUsage);
    const std::string runFolder = args.front();
    args.erase(args.begin());
    expectNoMore(args, "project");
    if (methodText.empty()) throw InputError(std::string("project needs --method: ") + kUsage);
    if (out.empty()) throw InputError(std::string("project needs --out FILE.npy: ") + kUsage);

    ProjectionOptions options;
    options.method = projectionMethodFromName(methodText);
    if (!dimsText.empty()) {
        if (dimsText != "2" && dimsText != "3")
            throw InputError("--dims: '" + dimsText + "'; expected 2 or 3");
        options.dims = dimsText == "2" ? 2 : 3;
    }
    if (!seedText.empty()) options.seed = wholeNumber(seedText, "--seed");
    const int64_t step = stepText.empty() ? -1 : parseStep(stepText, "--step");
    checkOutputPath(out);

    // All cores for the projection's OpenMP loops, one OpenBLAS thread under them
    // (docs/ARCHITECTURE.md).
    configureThreads(0);
    ProgressLines progress;
    const RunProjection result = projectRunSnapshot(
        runFolder, step, options, [&progress](double fraction, const std::string& phase) {
            return progress(fraction, phase);
        });
    writeNpy(out, result.layout);
    std::cout << "projected snapshot step " << result.step << " of " << runFolder << " ("
              << result.layout.rows << " rows) with " << methodText << " into "
              << result.layout.cols << "D: " << out << '\n';
    return 0;
}

}  // namespace grindstone::cli
