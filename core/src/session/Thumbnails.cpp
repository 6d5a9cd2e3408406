#include "session/Thumbnails.h"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "export/ProjectorSprite.h"
#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone {
namespace {

/// Thumbnails of photographs are shrunk to this side: galleries show tiles of 48-96 px, and a
/// few hundred 224 px tiles would pass the sprite's size limit.
constexpr int64_t kThumbnailSide = 96;

}  // namespace

std::string writeThumbnails(const std::string& folder, const ImageSet& images,
                            const std::vector<int64_t>& datasetIndices) {
    const std::string dir = folder + "/thumbnails";
    std::vector<SpriteTile> tiles;
    for (int64_t index : datasetIndices)
        tiles.push_back({index, false, {}});
    std::string png;
    try {
        png = encodeSprite(images, tiles, dir + "/images.png", kThumbnailSide);
    } catch (const InputError& e) {
        return std::string("no thumbnails: ") + e.what();  // too large: the run goes on
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw InputError("cannot create '" + dir + "': " + ec.message());
    writeFileAtomically(dir + "/images.png", png);
    nlohmann::ordered_json index;
    const auto [tileWidth, tileHeight] = spriteTileSize(images, kThumbnailSide);
    index["tile_width"] = tileWidth;
    index["tile_height"] = tileHeight;
    index["grid_columns"] = spriteGridSide(static_cast<int64_t>(tiles.size()));
    index["dataset_indices"] = datasetIndices;
    std::vector<int> labels;
    for (int64_t i : datasetIndices)
        labels.push_back(images.labels[static_cast<size_t>(i)]);
    index["labels"] = labels;
    writeFileAtomically(dir + "/images.json", index.dump() + "\n");
    return {};
}

}  // namespace grindstone
