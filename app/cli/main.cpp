// grindstone-cli: headless training, benches, evaluation, export, embedding projections and
// the option reference.
#include <iostream>

#include "BenchCommand.h"
#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/runtime/BlasKernels.h"

namespace {

void printUsage(std::ostream& out) {
    out << "usage: grindstone-cli COMMAND [ARGS]\n\n"
           "commands:\n"
           "  demo [--compare] [--set KEY=VALUE]... [--workspace DIR]\n"
           "        the first run: train the default method on the default data (the glyph\n"
           "        benchmark, drawn on first use) and show it against the raw-pixel floor;\n"
           "        --compare also trains plain triplet on the same seed beside it; the runs go\n"
           "        into DIR (default: the workspace train uses)\n"
           "  train [--config FILE.json] [--set KEY=VALUE]... [--out DIR] [--until STEP]\n"
           "        [--nproc N]\n"
           "        train a model and write the run into DIR; --until ends it (evaluated)\n"
           "        at STEP on the schedules of all its steps (resume --steps goes on);\n"
           "        --nproc N trains on N local ranks (c10d, Gloo), each with its own P x K\n"
           "        batches and 1/N of the cores; under a torchrun-style launcher (RANK,\n"
           "        WORLD_SIZE, MASTER_ADDR, MASTER_PORT set) this process is one rank\n"
           "  resume RUN_DIR [--steps N] [--config FILE] [--set KEY=VALUE]...\n"
           "         [--allow-config-change] [--nproc N]\n"
           "        continue a stopped or crashed run from its newest readable checkpoint;\n"
           "        changed options are refused unless --allow-config-change (then recorded);\n"
           "        --nproc N (or a launcher's variables) continues it on N ranks\n"
           "  bench [--config FILE.json] [--set KEY=VALUE]... [--methods LIST] [--miners LIST]\n"
           "        [--seeds N] [--first-seed S] [--ablations|--no-ablations] [--steps N]\n"
           "        [--method-set METHOD:KEY=VALUE]... [--tuned DIR]... [--out DIR]\n"
           "        train every method x miner x seed (and the two-stage ablations) into DIR,\n"
           "        one after another; run it again to continue; writes results.md / .csv;\n"
           "        --method-set gives one method its own option (its tuned setting);\n"
           "        --tuned DIR gives the method a tune search trained what it found\n"
           "  tune [--config FILE.json] [--set KEY=VALUE]... [--space SPACE.json]\n"
           "       [--trials N] [--budget STEPS] [--eta E] [--min-steps M] [--metric KEY]\n"
           "       [--seed S] [--folds F] [--parallel K] [--out DIR]\n"
           "        search the options of SPACE.json (default: the method's main knobs) on\n"
           "        the validation classes (validation_classes must be set): N quasi-random\n"
           "        settings (default 27), successive halving up to STEPS (default: steps),\n"
           "        keeping the best 1/E (default 3) at each rung, the first at M steps or\n"
           "        more (default 50), objective KEY (default\n"
           "        map_at_r); writes DIR/best.json (a config train takes) and report.md\n"
           "        with the knobs' sensitivity; run it again to continue; --parallel K\n"
           "        trains K trials at once, as processes of their own; --folds F trains\n"
           "        the last rung's trials on F validation folds (the validation classes\n"
           "        and F-1 other blocks of as many training classes, each with the next\n"
           "        seed) and ranks them by the mean\n"
           "  runs [DIR]\n"
           "        list the runs of a workspace with status, method, steps and metrics\n"
           "  eval RUN_DIR [--json]\n"
           "        evaluate a run's final model on its test classes\n"
           "  export RUN_DIR [--step N] (--torchscript FILE | --projector DIR)\n"
           "        write the trained network as TorchScript and / or one snapshot as\n"
           "        TensorBoard projector files (both flags may be given)\n"
           "  quality RUN_DIR [--step N] [--json]\n"
           "        quality figures of the generated samples of a stored probe batch\n"
           "        (hardness, label consistency, not-a-negative, outliers, collapse)\n"
           "  decoder RUN_DIR [--step N] [--steps K] [--seed S] [--threads T]\n"
           "        train the embedding -> image decoder of a checkpoint (the newest by\n"
           "        default) on the run's training images; reports its held-out error\n"
           "  project RUN_DIR --method pca|tsne|umap [--step N] [--dims 2|3] [--seed S]\n"
           "          --out FILE.npy\n"
           "        lay out one embedding snapshot (newest, or --step) in 2-D or 3-D and\n"
           "        write it as an N x dims float32 .npy in the snapshot's row order\n"
           "  make-glyphs OUT [--fonts FILE_OR_DIR]... [--size PX] [--list-fonts]\n"
           "        draw the glyph benchmark (0-9 A-Z a-z, one face per font family; the\n"
           "        installed families unless --fonts) into the new folder OUT as gzipped\n"
           "        IDX files with classes.txt and a README; --size 8-256 (default 32);\n"
           "        --list-fonts prints the faces it would try and exits\n"
           "  make-glyphs --default\n"
           "        draw the default dataset (dataset = glyphs) into the user's data folder\n"
           "        unless it is there already\n"
           "  options [--json | --schema]\n"
           "        list every option with type, default, range and doc (--schema: the JSON\n"
           "        Schema of a run's config.json)\n"
           "  help  show this text\n";
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
        if (command == "help" || command == "--help" || command == "-h") {
            printUsage(std::cout);
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
