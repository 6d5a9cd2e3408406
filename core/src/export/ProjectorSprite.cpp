#include "export/ProjectorSprite.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "grindstone/Error.h"

namespace grindstone {
namespace {

/// One dataset image as 8-bit BGR (OpenCV's order), so grey images can carry a coloured frame.
cv::Mat tileImage(const ImageSet& images, int64_t index) {
    const int h = static_cast<int>(images.height), w = static_cast<int>(images.width);
    const uint8_t* pixels = images.image(index);
    std::vector<cv::Mat> planes;
    for (int64_t c = 0; c < images.channels; ++c)
        planes.emplace_back(h, w, CV_8UC1, const_cast<uint8_t*>(pixels + c * h * w));
    cv::Mat bgr;
    if (images.channels == 1) {
        cv::cvtColor(planes[0], bgr, cv::COLOR_GRAY2BGR);
    } else {
        // ImageSet holds colour images as RGB planes.
        std::swap(planes[0], planes[2]);
        cv::merge(planes, bgr);
    }
    return bgr;
}

}  // namespace

int64_t spriteGridSide(int64_t tiles) {
    auto side = static_cast<int64_t>(std::ceil(std::sqrt(static_cast<double>(tiles))));
    while (side * side < tiles)  // guards the floating-point square root
        ++side;
    return side;
}

std::array<int64_t, 2> spriteTileSize(const ImageSet& images, int64_t maxTileSide) {
    const int64_t longest = std::max(images.width, images.height);
    if (maxTileSide <= 0 || longest <= maxTileSide) return {images.width, images.height};
    return {std::max<int64_t>(1, images.width * maxTileSide / longest),
            std::max<int64_t>(1, images.height * maxTileSide / longest)};
}

std::string encodeSprite(const ImageSet& images, const std::vector<SpriteTile>& tiles,
                         const std::string& path, int64_t maxTileSide) {
    const int64_t grid = spriteGridSide(static_cast<int64_t>(tiles.size()));
    const auto [tileWidth, tileHeight] = spriteTileSize(images, maxTileSide);
    const int64_t width = grid * tileWidth, height = grid * tileHeight;
    if (width > kSpriteSideLimit || height > kSpriteSideLimit)
        throw InputError(
            "cannot write '" + path + "': " + std::to_string(tiles.size()) + " tiles of " +
            std::to_string(images.width) + " x " + std::to_string(images.height) + " px make a " +
            std::to_string(width) + " x " + std::to_string(height) +
            " px sprite, over TensorBoard's limit of " + std::to_string(kSpriteSideLimit) + " x " +
            std::to_string(kSpriteSideLimit) + " px; train with a smaller snapshot_size");
    cv::Mat sprite(static_cast<int>(height), static_cast<int>(width), CV_8UC3, cv::Scalar::all(0));
    // A frame of about 1/14 of the tile: 2 px on 28-32 px images, still visible when the
    // projector shows tiles small.
    const int thickness = std::max(1, static_cast<int>(std::min(tileWidth, tileHeight) / 14));
    for (size_t i = 0; i < tiles.size(); ++i) {
        const auto row = static_cast<int>(static_cast<int64_t>(i) / grid);
        const auto col = static_cast<int>(static_cast<int64_t>(i) % grid);
        const cv::Rect cell(col * static_cast<int>(tileWidth), row * static_cast<int>(tileHeight),
                            static_cast<int>(tileWidth), static_cast<int>(tileHeight));
        cv::Mat target = sprite(cell);
        const cv::Mat image = tileImage(images, tiles[i].imageIndex);
        if (image.size() == target.size())
            image.copyTo(target);
        else
            cv::resize(image, target, target.size(), 0, 0, cv::INTER_AREA);
        if (tiles[i].framed) {
            const auto& rgb = tiles[i].frame;
            const cv::Scalar bgr(rgb[2], rgb[1], rgb[0]);
            const int w = cell.width, h = cell.height, t = std::min({thickness, w, h});
            for (const cv::Rect band : {cv::Rect(0, 0, w, t), cv::Rect(0, h - t, w, t),
                                        cv::Rect(0, 0, t, h), cv::Rect(w - t, 0, t, h)})
                target(band).setTo(bgr);
        }
    }
    std::vector<uchar> png;
    if (!cv::imencode(".png", sprite, png))
        throw InputError("cannot write '" + path + "': PNG encoding failed");
    return std::string(png.begin(), png.end());
}

}  // namespace grindstone
