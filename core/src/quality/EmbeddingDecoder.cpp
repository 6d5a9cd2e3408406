#include <algorithm>

#include "grindstone/Error.h"
#include "grindstone/quality/Decoder.h"
#include "quality/DecoderFiles.h"
#include "runtime/MatrixTensor.h"

namespace grindstone {

struct EmbeddingDecoder::Impl {
    quality::DecoderNet net{nullptr};
    quality::ImageShape shape;
    DecoderReport report;
};

EmbeddingDecoder::EmbeddingDecoder(const std::string& runFolder, int64_t step)
    : m_impl(std::make_unique<Impl>()) {
    if (step < 0) {
        const auto steps = decoderSteps(runFolder);
        if (steps.empty())
            throw InputError("'" + runFolder + "' has no decoder yet (decoder/step-N.pt)");
        step = steps.back();
    }
    m_impl->net = quality::loadDecoder(runFolder, step, m_impl->shape, m_impl->report);
}

EmbeddingDecoder::~EmbeddingDecoder() = default;
EmbeddingDecoder::EmbeddingDecoder(EmbeddingDecoder&&) noexcept = default;

std::vector<std::vector<uint8_t>> EmbeddingDecoder::decode(const Matrix& embeddings) const {
    if (embeddings.cols != m_impl->shape.embeddingDim)
        throw InputError("decoder: embeddings have " + std::to_string(embeddings.cols) +
                         " dimensions, the decoder " + std::to_string(m_impl->shape.embeddingDim));
    torch::NoGradGuard noGrad;
    const auto x = matrixView(embeddings);
    const auto pixels =
        (m_impl->net->forward(x) * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
    std::vector<std::vector<uint8_t>> images;
    const int64_t bytes = pixels.size(1);
    for (int64_t r = 0; r < embeddings.rows; ++r) {
        const uint8_t* p = pixels.data_ptr<uint8_t>() + r * bytes;
        images.emplace_back(p, p + bytes);
    }
    return images;
}

int64_t EmbeddingDecoder::channels() const {
    return m_impl->shape.channels;
}
int64_t EmbeddingDecoder::height() const {
    return m_impl->shape.height;
}
int64_t EmbeddingDecoder::width() const {
    return m_impl->shape.width;
}
int64_t EmbeddingDecoder::embeddingDim() const {
    return m_impl->shape.embeddingDim;
}
const DecoderReport& EmbeddingDecoder::report() const {
    return m_impl->report;
}

}  // namespace grindstone
