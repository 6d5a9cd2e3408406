// grindstone-cli: headless training, benches, evaluation, export, embedding projections and
// the option reference.
#include <iostream>

#include "BenchCommand.h"
#include "CliCommon.h"
#include "CommandTable.h"
#include "grindstone/Error.h"
#include "grindstone/runtime/BlasKernels.h"

namespace {

void printUsage(std::ostream& out) {
    out << grindstone::cli::usageText();
}

}  // namespace

int main(int argc, char** argv) {
    using namespace grindstone;
    chooseBlasKernels();
    if (argc < 2) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string command = argv[1];
    cli::Args args(argv + 2, argv + argc);
    try {
        if (command == "train") return cli::runTrain(args);
        if (command == "eval") return cli::runEval(args);
        if (command == "resume") return cli::runResume(args);
        if (command == "runs") return cli::runRuns(args);
        if (command == "bench") return cli::runBench(args);
        if (command == "tune") return cli::runTune(args);
        if (command == "export") return cli::runExport(args);
        if (command == "quality") return cli::runQuality(args);
        if (command == "decoder") return cli::runDecoder(args);
        if (command == "project") return cli::runProject(args);
        if (command == "options") return cli::runOptions(args);
        if (command == "make-glyphs") return cli::runMakeGlyphs(args);
        if (command == "demo") return cli::runDemo(args);
        if (command == "manual") return cli::runManual(args);
        if (command == "completion") return cli::runCompletion(args);
        if (command == "help" || command == "--help" || command == "-h") {
            printUsage(std::cout);
            return 0;
        }
        if (command == "version" || command == "--version") {
            std::cout << "grindstone-cli " GRINDSTONE_VERSION "\n";
            return 0;
        }
        std::cerr << "grindstone-cli: unknown command '" << command << "'\n\n";
        printUsage(std::cerr);
        return 2;
    } catch (const InputError& e) {
        std::cerr << "grindstone-cli: " << e.what() << '\n';
        return 2;
    } catch (const RankLostError& e) {
        std::cerr << "grindstone-cli: " << e.what() << '\n';
        return 5;
    } catch (const std::exception& e) {
        std::cerr << "grindstone-cli: internal error: " << e.what() << '\n';
        return 1;
    }
}
