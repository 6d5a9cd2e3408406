#include "export/CheckpointNet.h"

#include <filesystem>

#include "grindstone/Error.h"
#include "session/ArchiveChild.h"

namespace grindstone {

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
