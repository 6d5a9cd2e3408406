#include "quality/DecoderFiles.h"

#include <filesystem>
#include <sstream>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"
#include "grindstone/session/RunFolder.h"
#include "session/JsonIntegers.h"

namespace grindstone::quality {
namespace {

using Json = nlohmann::json;

Json reportJson(const DecoderReport& r, const ImageShape& shape) {
    return {
        {"checkpoint_step", r.checkpointStep},
        {"train_images", r.trainImages},
        {"held_out_images", r.heldOutImages},
        {"held_out_mse", r.heldOutMse},
        {"held_out_mse_untrained", r.heldOutMseUntrained},
        {"held_out_mse_mean_image", r.heldOutMseMeanImage},
        {"training_loss", r.trainingLoss},
        {"seconds", r.seconds},
        {"image", {{"channels", shape.channels}, {"height", shape.height}, {"width", shape.width}}},
        {"embedding_dim", shape.embeddingDim}};
}

}  // namespace

std::string decoderPath(const std::string& runFolder, int64_t step, const std::string& extension) {
    return (std::filesystem::path(runFolder) / "decoder" / (stepFileTag(step) + extension))
        .string();
}

void saveDecoder(const std::string& runFolder, DecoderNet& net, const ImageShape& shape,
                 const DecoderReport& report) {
    std::filesystem::create_directories(std::filesystem::path(runFolder) / "decoder");
    torch::serialize::OutputArchive archive;
    net->save(archive);
    archive.write("shape",
                  torch::tensor({shape.channels, shape.height, shape.width, shape.embeddingDim}));
    std::ostringstream bytes;
    archive.save_to(bytes);
    writeFileAtomically(decoderPath(runFolder, report.checkpointStep, ".pt"), bytes.str());
    // The report last: a listed report always has its network beside it.
    writeFileAtomically(decoderPath(runFolder, report.checkpointStep, ".json"),
                        reportJson(report, shape).dump(2) + "\n");
}

DecoderNet loadDecoder(const std::string& runFolder, int64_t step, ImageShape& shape,
                       DecoderReport& report) {
    const std::string jsonPath = decoderPath(runFolder, step, ".json");
    const std::string ptPath = decoderPath(runFolder, step, ".pt");
    try {
        const Json j = Json::parse(readWholeFile(jsonPath));
        report.checkpointStep = jsonfields::integerAt<int64_t>(j, "checkpoint_step");
        report.trainImages = jsonfields::integerAt<int64_t>(j, "train_images");
        report.heldOutImages = jsonfields::integerAt<int64_t>(j, "held_out_images");
        report.heldOutMse = j.at("held_out_mse").get<double>();
        report.heldOutMseUntrained = j.at("held_out_mse_untrained").get<double>();
        report.heldOutMseMeanImage = j.at("held_out_mse_mean_image").get<double>();
        report.trainingLoss = j.at("training_loss").get<std::vector<double>>();
        report.seconds = j.at("seconds").get<double>();
    } catch (const Json::exception& e) {
        throw InputError("'" + jsonPath + "' is not a decoder report: " + e.what());
    }
    const std::string bytes = readWholeFile(ptPath);
    try {
        std::istringstream in(bytes);
        torch::serialize::InputArchive archive;
        archive.load_from(in);
        torch::Tensor s;
        archive.read("shape", s);
        shape = {s[0].item<int64_t>(), s[1].item<int64_t>(), s[2].item<int64_t>(),
                 s[3].item<int64_t>()};
        DecoderNet net(shape.embeddingDim, shape.channels * shape.height * shape.width);
        net->load(archive);
        net->eval();
        return net;
    } catch (const c10::Error& e) {
        throw InputError("'" + ptPath +
                         "' is not a readable decoder: " + e.what_without_backtrace());
    }
}

}  // namespace grindstone::quality
