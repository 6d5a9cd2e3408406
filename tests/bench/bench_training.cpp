// Training step time of triplet, hdml and two-stage on the default backbone (43 triplets per
// batch; two-stage with its critics' real and generated rows in separate passes and in one
// joint pass), measured interleaved in one process so the ratios survive a noisy machine; the
// generator and critic nets' GFLOP per step (counted from their layer sizes) and the GFLOP/s
// they reach (their FLOPs over the step time they add to a triplet step); then the final
// evaluation of every Fashion-MNIST test image (35,000).
//   bench_training [--rounds N] [--steps N] [--threads N] [--set KEY=VALUE]...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "grindstone/data/DatasetLoader.h"
#include "grindstone/evaluation/RetrievalMetrics.h"
#include "grindstone/options/Config.h"
#include "grindstone/runtime/BlasKernels.h"
#include "grindstone/training/Trainer.h"

using namespace grindstone;

namespace {

/// Step times by the BLAS kernels they ran on.
struct StepTimes : TrainingObserver {
    std::string kernels;
    std::map<std::string, std::vector<double>> seconds;
    void onStep(const StepReport& r) override {
        seconds[kernels].push_back(r.scalars.at("step_seconds"));
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// Multiply-adds of one row through an MLP with these layer widths.
double macs(std::initializer_list<double> widths) {
    double total = 0, previous = -1;
    for (double w : widths) {
        if (previous > 0) total += previous * w;
        previous = w;
    }
    return total;
}

/// FLOPs of the auxiliary nets in one training step, backward counted as twice the forward.
/// Two-stage: G1 and GS on the 2n stretched rows, G2 on 3n, D1 and DS on 2n real + 2n
/// generated rows, D2 on 3n + 2n + 3n, the softmax twice on 3n; the extra critic updates
/// repeat the critics. HDML: one generator on 3n rows and its softmax.
double auxiliaryGflop(const Config& c, double dim, double classes) {
    const double n = static_cast<double>(c.integer("triplets"));
    const double gen = macs({dim, 512, 256, 512, dim});
    const double critic = macs({dim, 512, 256, 256, 1});
    const double d2 = macs({dim, 512, 256, 256, classes + 1});
    const double softmax = dim * classes;
    double forward = 0, criticsOnly = 0;
    if (c.text("method") == "two-stage") {
        criticsOnly = 4 * n * critic * 2 + 8 * n * d2 + 3 * n * softmax;
        forward = 2 * n * gen * 2 + 3 * n * gen + criticsOnly + 3 * n * softmax;
        forward += (static_cast<double>(c.integer("discriminator_updates")) - 1) * criticsOnly;
    } else if (c.text("method") == "hdml") {
        const bool paper = c.text("hdml_variant") == "paper";
        forward = 3 * n * (paper ? macs({dim, 512, dim}) : gen) + 6 * n * softmax;
    }
    return 2 * 3 * forward / 1e9;  // 2 FLOPs a multiply-add; forward + backward = 3 forwards
}

}  // namespace

int main(int argc, char** argv) {
    // The kernels OpenBLAS picked when it loaded and the ones chooseBlasKernels moved it to
    // (when it did), alternated round by round.
    const BlasKernels kernels = chooseBlasKernels();
    std::vector<std::string> kernelSets = {kernels.inUse};
    if (kernels.loaded != kernels.inUse) kernelSets.push_back(kernels.loaded);
    int rounds = 3, steps = 20, threads = 0;
    Config base;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--steps")) steps = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--set")) base.setAssignment(argv[i + 1]);
    }
    base.set("eval_every", "0");
    base.set("eval_max_images", "50");
    base.set("snapshot_every", "0");
    base.set("threads", std::to_string(threads));
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(base, warnings);

    // name -> (method, critic pass)
    const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> variants = {
        {"triplet", {"triplet", ""}},
        {"hdml", {"hdml", ""}},
        {"two-stage", {"two-stage", "separate"}},
        {"two-stage/joint", {"two-stage", "joint"}}};
    std::vector<std::string> methods;
    std::map<std::string, std::unique_ptr<Trainer>> trainers;
    std::map<std::string, StepTimes> times;
    std::map<std::string, double> gflop;
    for (const auto& [m, setting] : variants) {
        methods.push_back(m);
        Config c = base;
        c.set("method", setting.first);
        if (!setting.second.empty()) c.set("critic_pass", setting.second);
        c.set("steps", "3");  // warm-up
        trainers[m] = std::make_unique<Trainer>(c, images, warnings);
        gflop[m] = auxiliaryGflop(c, static_cast<double>(c.integer("embedding_dim")),
                                  static_cast<double>(trainers[m]->trainClasses().size()));
        trainers[m]->run();
        trainers[m]->addObserver(&times[m]);
    }
    for (int r = 0; r < rounds; ++r)
        for (const std::string& set : kernelSets) {
            useBlasKernels(set);
            for (const auto& m : methods) {
                times[m].kernels = set;
                trainers[m]->setTotalSteps(trainers[m]->step() + steps);
                trainers[m]->run();
            }
        }
    useBlasKernels(kernels.inUse);
    std::printf(
        "training step (%d triplets, default backbone, %s thread%s, BLAS kernels %s), median "
        "of %d steps:\n",
        43, threads ? std::to_string(threads).c_str() : "all", threads == 1 ? "" : "s",
        kernels.inUse.empty() ? "not OpenBLAS" : kernels.inUse.c_str(), rounds * steps);
    const auto stepOf = [&](const std::string& m) {
        return median(times[m].seconds[kernels.inUse]);
    };
    const double tripletStep = stepOf("triplet");
    for (const auto& m : methods) {
        const double s = stepOf(m);
        std::printf("  %-16s %7.1f ms/step   %.2fx triplet", m.c_str(), 1e3 * s, s / tripletStep);
        if (gflop[m] > 0)
            std::printf("   auxiliary nets %.2f GFLOP/step, %.1f GFLOP/s over the added %.1f ms",
                        gflop[m], gflop[m] / std::max(s - tripletStep, 1e-9),
                        1e3 * (s - tripletStep));
        std::printf("%s\n", m.rfind("two-stage", 0) == 0 ? "   (target <= 2.5x)" : "");
    }
    if (kernelSets.size() > 1) {
        std::printf("  the same steps on the kernels OpenBLAS loaded (%s), alternated with %s:\n",
                    kernels.loaded.c_str(), kernels.inUse.c_str());
        for (const auto& m : methods) {
            const double loaded = median(times[m].seconds[kernels.loaded]);
            std::printf("  %-16s %7.1f ms/step on %s, %.2fx the %s step\n", m.c_str(), 1e3 * loaded,
                        kernels.loaded.c_str(), loaded / stepOf(m), kernels.inUse.c_str());
        }
    }
    const double twoStage = stepOf("two-stage");
    std::printf("  default two-stage run (%s steps) estimated training time: %.0f s\n",
                base.text("steps").c_str(), twoStage * static_cast<double>(base.integer("steps")));

    // Final evaluation: every test image through the network, then all metrics.
    auto& trainer = *trainers["triplet"];
    const auto e0 = std::chrono::steady_clock::now();
    const EvaluationReport full = trainer.evaluate(true);
    const double evalSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - e0).count();
    std::vector<int64_t> testIdx;
    std::vector<int> labels;
    for (int64_t i = 0; i < images.size(); ++i)
        if (std::find(trainer.testClasses().begin(), trainer.testClasses().end(),
                      images.labels[static_cast<size_t>(i)]) != trainer.testClasses().end()) {
            testIdx.push_back(i);
            labels.push_back(images.labels[static_cast<size_t>(i)]);
        }
    const auto e1 = std::chrono::steady_clock::now();
    const Matrix embeddings = trainer.embed(testIdx);
    const auto e2 = std::chrono::steady_clock::now();
    evaluateRetrieval(embeddings, labels, {1, 2, 4, 8}, 1);
    const auto e3 = std::chrono::steady_clock::now();
    std::printf(
        "evaluation of %lld test images: %.2f s in all (embedding %.2f s, metrics %.2f s; "
        "metrics target < 3 s)\n",
        static_cast<long long>(full.images), evalSeconds,
        std::chrono::duration<double>(e2 - e1).count(),
        std::chrono::duration<double>(e3 - e2).count());
    return 0;
}
