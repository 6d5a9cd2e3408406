// Stanford Online Products at its own scale, on this machine: a replica of its layout
// (Ebay_train.txt 59,551 images of 11,318 classes, Ebay_test.txt 60,502 of 11,316, 2-12 images
// a class) over synthetic photographs, read at 224 px (18 GB decoded), sampled P x K and
// evaluated with Recall@1/10/100/1000 as the literature reports SOP. Prints each phase's time and
// the process's memory: its peak, and the anonymous part (what cannot be paged back to a file).
// First, side by side on the same 4,000 images: random P x K batches read from decoded images
// in memory and on disk (PixelFile).
// The labels are drawn at random over a few distinct photographs, so the Recall figures are
// chance level: this measures time and memory, not accuracy.
//   bench_sop_scale [--folder DIR] [--distinct N] [--steps S] [--scale F] [--backbone-module M]
// --scale shrinks every class count (0.1: a tenth of SOP) for a quick look. --backbone-module
// trains in feature mode on a frozen TorchScript module (features computed once); without it
// the built-in CNN runs on the pixels (every evaluation then reads all 18 GB).
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

#include "SyntheticPhoto.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/ImageList.h"
#include "grindstone/data/PKSampler.h"
#include "grindstone/options/Config.h"
#include "grindstone/runtime/BlasKernels.h"
#include "grindstone/training/Trainer.h"

using namespace grindstone;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// A field of /proc/self/status in GB (VmHWM: peak resident; RssAnon: resident, not file-backed).
double statusGigabytes(const std::string& field) {
    std::ifstream status("/proc/self/status");
    std::string key;
    double kilobytes = 0;
    while (status >> key) {
        if (key == field + ":") {
            status >> kilobytes;
            return kilobytes / 1e6;
        }
        status.ignore(1 << 20, '\n');
    }
    return -1;
}

/// The kernel keeps no peak of the anonymous part: a thread samples it every 100 ms.
class AnonymousPeak {
public:
    AnonymousPeak()
        : m_thread([this] {
              while (!m_stop) {
                  const double now = statusGigabytes("RssAnon");
                  double seen = m_peak;
                  while (now > seen && !m_peak.compare_exchange_weak(seen, now)) {
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(100));
              }
          }) {}
    ~AnonymousPeak() {
        m_stop = true;
        m_thread.join();
    }
    double gigabytes() const { return m_peak; }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_peak{0};
    std::thread m_thread;
};

void printMemory(const char* phase, double seconds, const AnonymousPeak& anonymous) {
    std::printf("%-30s %7.1f s   peak: resident %5.1f GB, anonymous %5.1f GB\n", phase, seconds,
                statusGigabytes("VmHWM"), anonymous.gigabytes());
    std::fflush(stdout);
}

/// Class sizes 2-12 (SOP's range, most classes small) summing to `images`.
std::vector<int> classSizes(int classes, int images, std::mt19937& rng) {
    std::vector<int> sizes(static_cast<size_t>(classes), 2);
    int total = 2 * classes;
    while (total < images) {
        int& size = sizes[rng() % sizes.size()];
        if (size < 12) {
            ++size;
            ++total;
        }
    }
    return sizes;
}

/// Writes the layout into `folder`: `distinct` photographs, each list entry a hard link to one
/// of them (decoding cost is per entry, as with real files; the disk holds `distinct` images).
void writeReplica(const fs::path& folder, int distinct, double scale) {
    const fs::path sources = folder / "sources";
    fs::create_directories(sources);
    for (int i = 0; i < distinct; ++i) {
        const fs::path photo = sources / (std::to_string(i) + ".jpg");
        if (!fs::exists(photo)) bench::writePhoto(photo.string(), i);
    }
    std::mt19937 rng(7);
    int imageId = 0, classId = 0;
    const auto writeList = [&](const char* name, int classes, int images) {
        std::ofstream list(folder / name);
        list << "image_id class_id super_class_id path\n";
        for (int size : classSizes(classes, images, rng)) {
            ++classId;
            const std::string classFolder = "images/" + std::to_string(classId);
            fs::create_directories(folder / classFolder);
            for (int i = 0; i < size; ++i) {
                const std::string path = classFolder + "/" + std::to_string(i) + ".jpg";
                if (!fs::exists(folder / path))
                    fs::create_hard_link(sources / (std::to_string(rng() % distinct) + ".jpg"),
                                         folder / path);
                list << ++imageId << ' ' << classId << ' ' << 1 + classId % 12 << ' ' << path
                     << '\n';
            }
        }
    };
    writeList("Ebay_train.txt", static_cast<int>(std::lround(11318 * scale)),
              static_cast<int>(std::lround(59551 * scale)));
    writeList("Ebay_test.txt", static_cast<int>(std::lround(11316 * scale)),
              static_cast<int>(std::lround(60502 * scale)));
}

/// Seconds to gather `batches` P x K batches of pixels, as training's first copy does.
double batchReadSeconds(const ImageSet& set, int batches) {
    std::vector<int64_t> indices(static_cast<size_t>(set.size()));
    for (size_t i = 0; i < indices.size(); ++i)
        indices[i] = static_cast<int64_t>(i);
    PKSampler sampler(indices, set.labels, 8, 4, 1);
    std::vector<uint8_t> batch;
    const auto start = Clock::now();
    uint64_t checksum = 0;
    for (int b = 0; b < batches; ++b) {
        batch.clear();
        for (int64_t index : sampler.next())
            batch.insert(batch.end(), set.image(index), set.image(index) + set.imageBytes());
        checksum += batch[batch.size() / 2];
    }
    const double seconds = secondsSince(start);
    if (checksum == 1) std::printf(" ");  // keeps the copies from being optimised away
    return seconds;
}

}  // namespace

int main(int argc, char** argv) {
    grindstone::chooseBlasKernels();
    fs::path folder = fs::temp_directory_path() / "grindstone-bench-sop";
    int distinct = 1500, steps = 20;
    std::string backboneModule;
    double scale = 1.0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--folder")) folder = argv[i + 1];
        if (!std::strcmp(argv[i], "--distinct")) distinct = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--steps")) steps = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--scale")) scale = std::atof(argv[i + 1]);
        if (!std::strcmp(argv[i], "--backbone-module")) backboneModule = argv[i + 1];
    }
    const AnonymousPeak anonymous;
    auto start = Clock::now();
    writeReplica(folder, distinct, scale);
    printMemory("replica written", secondsSince(start), anonymous);

    {  // Side by side: the same 4,000 images in memory and on disk, random P x K batches.
        ImageList list = readSopList(folder.string());
        list.entries.resize(std::min<size_t>(list.entries.size(), 4000));
        std::vector<std::string> warnings;
        DecodeSettings decode;
        decode.size = 224;
        decode.storage = PixelStorage::Memory;
        const ImageSet inMemory = decodeImageList(list, decode, warnings);
        decode.storage = PixelStorage::Disk;
        const ImageSet onDisk = decodeImageList(list, decode, warnings);
        double memory = 0, disk = 0;
        for (int round = 0; round < 3; ++round) {  // alternated: the machine's load hits both
            memory += batchReadSeconds(inMemory, 200);
            disk += batchReadSeconds(onDisk, 200);
        }
        std::printf("600 batches of 8 x 4 at 224 px: memory %.3f s, disk %.3f s (%.2fx)\n", memory,
                    disk, disk / memory);
    }

    Config config;
    config.set("dataset", folder.string());
    config.set("channels", "3");
    config.set("image_size", "224");
    config.set("image_fit", "crop");
    config.set("train_classes", "official");
    config.set("test_classes", "official");
    config.set("batch_classes", "8");
    config.set("batch_per_class", "4");
    config.set("method", "triplet");
    config.set("steps", std::to_string(steps));
    config.set("eval_every", "0");
    config.set("snapshot_every", "0");
    config.set("recall_k", "1,10,100,1000");
    if (!backboneModule.empty()) {
        config.set("backbone", "torchscript");
        config.set("backbone_module", backboneModule);
        config.set("freeze_backbone", "true");
    }
    std::vector<std::string> warnings;
    start = Clock::now();
    const ImageSet images = loadDataset(config, warnings);
    std::printf("%lld images, %zu classes, %.1f GB decoded, kept %s\n",
                static_cast<long long>(images.size()), images.classNames.size(),
                static_cast<double>(images.pixelBytes()) / 1e9,
                images.pixelFile ? "on disk (decoded_images = auto)" : "in memory");
    printMemory("loaded at 224 px", secondsSince(start), anonymous);

    start = Clock::now();
    Trainer trainer(config, images, warnings);
    for (const std::string& warning : warnings)
        std::printf("  warning: %s\n", warning.c_str());
    printMemory("trainer set up", secondsSince(start), anonymous);
    start = Clock::now();
    trainer.run();
    printMemory(("trained " + std::to_string(steps) + " steps").c_str(), secondsSince(start),
                anonymous);

    start = Clock::now();
    const EvaluationReport report = trainer.evaluate(false);
    std::printf("Recall@1 %.3f  @10 %.3f  @100 %.3f  @1000 %.3f  MAP@R %.3f\n",
                report.metrics.recallAtK.at(1), report.metrics.recallAtK.at(10),
                report.metrics.recallAtK.at(100), report.metrics.recallAtK.at(1000),
                report.metrics.mapAtR);
    printMemory("evaluated every test image", secondsSince(start), anonymous);
    return 0;
}
