#include "training/Augmentation.h"

#include <algorithm>
#include <cmath>

#include <torch/nn/functional/upsampling.h>

namespace grindstone {
namespace {

// The area and aspect ranges of a random resized crop. torchvision's default keeps 8 % of the
// area at the least; fine-grained classes (a bird's beak, a car's grille) lose their telling
// parts that small, so the smallest crop here is 16 %, as several metric-learning codebases
// use.
constexpr double kMinArea = 0.16;
constexpr double kMinAspect = 3.0 / 4.0, kMaxAspect = 4.0 / 3.0;

double uniform(std::mt19937_64& rng, double low, double high) {
    return std::uniform_real_distribution<double>(low, high)(rng);
}

torch::Tensor randomResizedCrop(const torch::Tensor& image, std::mt19937_64& rng) {
    const int64_t height = image.size(1), width = image.size(2);
    const double area = uniform(rng, kMinArea, 1.0);
    const double aspect = std::exp(uniform(rng, std::log(kMinAspect), std::log(kMaxAspect)));
    const auto side = [](double length, int64_t limit) {
        return std::clamp<int64_t>(std::llround(length), 1, limit);
    };
    const int64_t w = side(std::sqrt(area * aspect) * static_cast<double>(width), width);
    const int64_t h = side(std::sqrt(area / aspect) * static_cast<double>(height), height);
    const auto top = std::uniform_int_distribution<int64_t>(0, height - h)(rng);
    const auto left = std::uniform_int_distribution<int64_t>(0, width - w)(rng);
    const torch::Tensor crop = image.slice(1, top, top + h).slice(2, left, left + w).unsqueeze(0);
    namespace F = torch::nn::functional;
    return F::interpolate(crop, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{height, width})
                                    .mode(torch::kBilinear)
                                    .align_corners(false))
        .squeeze(0);
}

}  // namespace

AugmentationSettings augmentationSettings(const std::string& option) {
    return {option == "crop" || option == "crop-flip", option == "flip" || option == "crop-flip"};
}

torch::Tensor augmentImages(const torch::Tensor& images, const AugmentationSettings& settings,
                            std::mt19937_64& rng) {
    if (!settings.crop && !settings.flip) return images;
    std::vector<torch::Tensor> out;
    out.reserve(static_cast<size_t>(images.size(0)));
    for (int64_t i = 0; i < images.size(0); ++i) {
        torch::Tensor image = images[i];
        if (settings.crop) image = randomResizedCrop(image, rng);
        if (settings.flip && std::bernoulli_distribution(0.5)(rng)) image = image.flip({2});
        out.push_back(image);
    }
    return torch::stack(out);
}

}  // namespace grindstone
