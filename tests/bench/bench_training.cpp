// Training step time of triplet, hdml and two-stage on the default backbone (43 triplets per
// batch), measured interleaved in one process so the ratios survive a noisy machine; then the
// final evaluation of every Fashion-MNIST test image (35,000).
//   bench_training [--rounds N] [--steps N] [--threads N]
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
#include "grindstone/training/Trainer.h"

using namespace grindstone;

namespace {

struct StepTimes : TrainingObserver {
    std::vector<double> seconds;
    void onStep(const StepReport& r) override { seconds.push_back(r.scalars.at("step_seconds")); }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = 3, steps = 20, threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--steps")) steps = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
    }
    Config base;
    base.set("eval_every", "0");
    base.set("eval_max_images", "50");
    base.set("snapshot_every", "0");
    base.set("threads", std::to_string(threads));
    std::vector<std::string> warnings;
    const ImageSet images = loadDataset(base, warnings);

    const std::vector<std::string> methods = {"triplet", "hdml", "two-stage"};
    std::map<std::string, std::unique_ptr<Trainer>> trainers;
    std::map<std::string, StepTimes> times;
    for (const auto& m : methods) {
        Config c = base;
        c.set("method", m);
        c.set("steps", "3");  // warm-up
        trainers[m] = std::make_unique<Trainer>(c, images, warnings);
        trainers[m]->run();
        trainers[m]->addObserver(&times[m]);
    }
    for (int r = 0; r < rounds; ++r)
        for (const auto& m : methods) {
            trainers[m]->setTotalSteps(trainers[m]->step() + steps);
            trainers[m]->run();
        }
    std::printf("training step (%d triplets, default backbone, %s threads), median of %d steps:\n",
                43, threads ? std::to_string(threads).c_str() : "all", rounds * steps);
    const double tripletStep = median(times["triplet"].seconds);
    for (const auto& m : methods) {
        const double s = median(times[m].seconds);
        std::printf("  %-10s %7.1f ms/step   %.2fx triplet%s\n", m.c_str(), 1e3 * s,
                    s / tripletStep, m == "two-stage" ? "   (target <= 1.30x)" : "");
    }
    const double twoStage = median(times["two-stage"].seconds);
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
