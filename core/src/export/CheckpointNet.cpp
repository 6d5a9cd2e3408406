#include "export/CheckpointNet.h"

#include <filesystem>

#include "grindstone/Error.h"
#include "session/ArchiveChild.h"

namespace grindstone {

EmbeddingNetSpec embeddingNetSpec(const Config& config, const ImageSet& images) {
    // Mirrors Trainer::Impl's construction; the export test compares the exported module with
    // the trainer's own embeddings, so a drift between the two fails there.
    EmbeddingNetSpec spec;
    spec.channels = images.channels;
    spec.imageSize = images.height;
    spec.embeddingDim = config.integer("embedding_dim");
    spec.normalize = config.flag("normalize");
    spec.gemP = config.real("gem_p");
    const std::string backbone = config.text("backbone");
    spec.deep = backbone == "deep" || (backbone == "auto" && images.height > 32);
    return spec;
}

EmbeddingNet loadCheckpointNet(const std::string& checkpoint, const EmbeddingNetSpec& spec) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(checkpoint, ec))
        throw InputError("checkpoint '" + checkpoint + "' does not exist");
    EmbeddingNet net(spec);
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(checkpoint, torch::kCPU);
        readChild(archive, "metric_net", *net);
    } catch (const c10::Error& e) {
        throw InputError("checkpoint '" + checkpoint +
                         "' cannot be read: " + e.what_without_backtrace());
    }
    net->eval();
    return net;
}

}  // namespace grindstone
