// A TorchScript backbone (e.g. torchvision's ResNet-50, exported with random weights: the
// speed does not depend on them) trained two ways in one run: fine-tuned end to end, and
// frozen in feature mode (features computed once into the cache, then the head and the
// generators train on them). Prints the cache's build time and size and both speeds.
//   bench_script_backbone --module FILE.pt [--images N] [--size PX] [--frozen-steps S]
//                         [--tuned-steps S] [--method M]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "grindstone/data/ImageSet.h"
#include "grindstone/options/Config.h"
#include "grindstone/runtime/BlasKernels.h"
#include "grindstone/training/Trainer.h"
#include "grindstone/training/TrainingObserver.h"

using namespace grindstone;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

/// N colour images of smooth random blobs, 100 classes (the speed needs pixels, not content).
ImageSet syntheticPhotos(int64_t count, int64_t size) {
    ImageSet set;
    set.channels = 3;
    set.height = set.width = size;
    set.pixels.resize(static_cast<size_t>(count * 3 * size * size));
    std::mt19937 rng(1);
    for (int64_t i = 0; i < count; ++i) {
        uint8_t* image = set.pixels.data() + i * set.imageBytes();
        const int base = static_cast<int>(rng() % 200);
        for (int64_t p = 0; p < set.imageBytes(); ++p)
            image[p] = static_cast<uint8_t>(base + static_cast<int>((p / 7 + rng() % 50) % 56));
        set.labels.push_back(static_cast<int>(i % 100));
    }
    for (int c = 0; c < 100; ++c)
        set.classNames.push_back(std::to_string(c));
    set.source = "synthetic";
    return set;
}

struct Timing : TrainingObserver {
    Clock::time_point started = Clock::now();
    Clock::time_point featuresDone{};
    std::vector<Clock::time_point> steps;
    void onStep(const StepReport&) override { steps.push_back(Clock::now()); }
    void onEvent(const TrainingEvent& e) override {
        if (e.kind == "features" && e.message.find("cached in") != std::string::npos)
            featuresDone = Clock::now();
    }
    /// Seconds per step after the first (which may still warm caches up).
    double secondsPerStep() const {
        if (steps.size() < 2) return 0;
        return std::chrono::duration<double>(steps.back() - steps.front()).count() /
               static_cast<double>(steps.size() - 1);
    }
};

Timing train(const ImageSet& images, Config config, bool frozen, int64_t steps) {
    config.set("freeze_backbone", frozen ? "true" : "false");
    config.set("steps", std::to_string(steps));
    std::vector<std::string> warnings;
    Timing timing;
    Trainer trainer(config, images, warnings);
    trainer.addObserver(&timing);
    timing.started = Clock::now();
    trainer.run();
    return timing;
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    std::string module, method = "two-stage";
    int64_t images = 10000, size = 224, frozenSteps = 200, tunedSteps = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--module") module = value;
        if (key == "--images") images = std::atoll(value.c_str());
        if (key == "--size") size = std::atoll(value.c_str());
        if (key == "--frozen-steps") frozenSteps = std::atoll(value.c_str());
        if (key == "--tuned-steps") tunedSteps = std::atoll(value.c_str());
        if (key == "--method") method = value;
    }
    if (module.empty()) {
        std::fprintf(stderr, "usage: bench_script_backbone --module FILE.pt [--images N] ...\n");
        return 2;
    }
    const fs::path cache = fs::temp_directory_path() / "grindstone-bench-feature-cache";
    fs::remove_all(cache);
    setenv("XDG_CACHE_HOME", cache.c_str(), 1);

    const ImageSet photos = syntheticPhotos(images, size);
    Config config;
    config.set("backbone", "torchscript");
    config.set("backbone_module", module);
    config.set("method", method);
    config.set("channels", "3");
    config.set("image_size", std::to_string(size));
    config.set("eval_every", "0");
    config.set("eval_max_images", "100");
    config.set("snapshot_every", "0");
    config.set("checkpoint_every", "0");
    std::printf("%s on %lld synthetic %lld px colour images, %s, all cores\n", module.c_str(),
                static_cast<long long>(images), static_cast<long long>(size), method.c_str());

    const Timing frozen = train(photos, config, true, frozenSteps);
    const double build =
        std::chrono::duration<double>(frozen.featuresDone - frozen.started).count();
    uintmax_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(cache))
        if (entry.is_regular_file()) bytes += entry.file_size();
    std::printf("feature cache: built in %.1f s (%.1f images/s), %.1f MB\n", build,
                static_cast<double>(images) / build, static_cast<double>(bytes) / 1e6);
    const double frozenStep = frozen.secondsPerStep();
    std::printf("frozen, cached features: %.4f s/step (%.1f steps/s) over %lld steps\n", frozenStep,
                1 / frozenStep, static_cast<long long>(frozenSteps));

    const Timing tuned = train(photos, config, false, tunedSteps);
    const double tunedStep = tuned.secondsPerStep();
    std::printf("fine-tuned end to end:   %.4f s/step (%.3f steps/s) over %lld steps\n", tunedStep,
                1 / tunedStep, static_cast<long long>(tunedSteps));
    std::printf("feature mode is %.0fx faster a step\n", tunedStep / frozenStep);
    fs::remove_all(cache);
    return 0;
}
