// Feature mode: a frozen backbone gives every image the same features at every step, so they
// are computed once, kept in the user's cache folder, and training runs the head and the
// generators on them (a ResNet-50 forward costs seconds per batch on 2 cores; the head, far
// less).
#include <cstring>
#include <filesystem>

#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/UserFolders.h"
#include "runtime/Fnv1a.h"
#include "training/TrainerImpl.h"

namespace grindstone {
namespace {

namespace fs = std::filesystem;

constexpr char kMagic[8] = {'G', 'S', 'F', 'E', 'A', 'T', '1', '\n'};
constexpr int64_t kFeatureBatch = 32;

/// Everything the features depend on: the module's bytes (through the hash the backbone took of
/// them when it loaded the file), the images, their input scale and, for feature maps, the
/// pooling exponent they are pooled with.
std::string featureKey(const EmbeddingNetSpec& spec, const std::string& moduleHash,
                       const ImageSet& images, bool pooled) {
    Fnv1a hash;
    hash.mix(moduleHash);
    hash.mix(images.pixelData(), images.pixelBytes());
    const int64_t shape[] = {images.size(), images.channels, images.height, images.width};
    hash.mix(shape, sizeof(shape));
    hash.mix(spec.inputMean.data(), spec.inputMean.size() * sizeof(double));
    hash.mix(spec.inputStd.data(), spec.inputStd.size() * sizeof(double));
    if (pooled) hash.mix(&spec.gemP, sizeof(spec.gemP));
    return hash.hex();
}

/// The cached table, or an undefined tensor when the file is absent or not the expected shape.
torch::Tensor readFeatureFile(const fs::path& file, int64_t rows, int64_t columns) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) return {};
    const std::string bytes = readWholeFile(file.string());
    const size_t header = sizeof(kMagic) + 2 * sizeof(int64_t);
    const auto payload = static_cast<size_t>(rows * columns) * sizeof(float);
    if (bytes.size() != header + payload || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)))
        return {};
    int64_t shape[2];
    std::memcpy(shape, bytes.data() + sizeof(kMagic), sizeof(shape));
    if (shape[0] != rows || shape[1] != columns) return {};
    torch::Tensor table = torch::empty({rows, columns}, torch::kFloat32);
    std::memcpy(table.data_ptr<float>(), bytes.data() + header, payload);
    return table;
}

void writeFeatureFile(const fs::path& file, const torch::Tensor& table) {
    const torch::Tensor rows = table.contiguous();
    const int64_t shape[2] = {rows.size(0), rows.size(1)};
    std::string bytes(kMagic, sizeof(kMagic));
    bytes.append(reinterpret_cast<const char*>(shape), sizeof(shape));
    bytes.append(reinterpret_cast<const char*>(rows.data_ptr<float>()),
                 static_cast<size_t>(rows.numel()) * sizeof(float));
    fs::create_directories(file.parent_path());
    writeFileAtomically(file.string(), bytes);
}

}  // namespace

bool Trainer::Impl::featureMode() const {
    return net->scriptBackbone() && net->scriptBackbone()->frozen() && config.flag("feature_cache");
}

void Trainer::Impl::ensureFeatures() {
    if (featureTable.defined() || !featureMode()) return;
    const EmbeddingNetSpec& spec = net->spec();
    const bool pooled = net->scriptBackbone()->info().spatial;
    const fs::path file =
        fs::path(userCacheFolder()) / "backbone-features" /
        (featureKey(spec, net->scriptBackbone()->fileHash(), images, pooled) + ".features");
    featureTable = readFeatureFile(file, images.size(), net->featureSize());
    if (featureTable.defined()) {
        emitEvent("features", "backbone features of " + std::to_string(images.size()) +
                                  " images read from the cache " + file.string());
    } else {
        torch::NoGradGuard noGrad;
        net->eval();
        std::vector<torch::Tensor> parts;
        int64_t reported = 0;
        for (int64_t begin = 0; begin < images.size(); begin += kFeatureBatch) {
            std::vector<int64_t> batch;
            for (int64_t i = begin; i < std::min(images.size(), begin + kFeatureBatch); ++i)
                batch.push_back(i);
            parts.push_back(net->features(pixelBatch(batch)).to(torch::kCPU));
            const int64_t done = begin + static_cast<int64_t>(batch.size());
            emitProgress("features", done, images.size());
            if (done == images.size() || done - reported >= images.size() / 10) {
                reported = done;
                emitEvent("features", "computing backbone features: " + std::to_string(done) +
                                          " / " + std::to_string(images.size()) + " images");
            }
            if (stopRequested) break;  // a stop while building leaves no cache file
        }
        net->train();
        if (stopRequested) return;
        featureTable = torch::cat(parts).contiguous();
        writeFeatureFile(file, featureTable);
        emitEvent("features", "backbone features cached in " + file.string());
    }
    featureTable = featureTable.to(device);
}

}  // namespace grindstone
