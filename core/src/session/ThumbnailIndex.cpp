#include "grindstone/session/ThumbnailIndex.h"

#include <nlohmann/json.hpp>

#include "grindstone/Error.h"
#include "grindstone/session/AtomicFile.h"

namespace grindstone {

ThumbnailIndex readThumbnailIndex(const std::string& runFolder) {
    const std::string path = runFolder + "/thumbnails/images.json";
    const std::string text = readWholeFile(path);  // names the file when it cannot be read
    const auto side = nlohmann::json::parse(text, nullptr, false);
    ThumbnailIndex index;
    index.spritePath = runFolder + "/thumbnails/images.png";
    bool valid = side.is_object();
    const auto positive = [&](const char* key, int& out) {
        const auto it = valid ? side.find(key) : side.end();
        valid = valid && it != side.end() && it->is_number_integer() && it->get<int64_t>() >= 1 &&
                it->get<int64_t>() <= 1'000'000;
        if (valid) out = it->get<int>();
    };
    positive("tile_width", index.tileWidth);
    positive("tile_height", index.tileHeight);
    positive("grid_columns", index.gridColumns);
    const auto indices = valid ? side.find("dataset_indices") : side.end();
    const auto labels = valid ? side.find("labels") : side.end();
    valid = valid && indices != side.end() && indices->is_array() && labels != side.end() &&
            labels->is_array() && indices->size() == labels->size();
    if (valid)
        for (size_t i = 0; i < indices->size() && valid; ++i) {
            valid = (*indices)[i].is_number_integer();
            if (!valid) break;
            index.datasetIndices.push_back((*indices)[i].get<int64_t>());
            index.labels.push_back((*labels)[i].is_number_integer() ? (*labels)[i].get<int>() : -1);
        }
    if (!valid)
        throw InputError(path +
                         ": not a thumbnails sidecar (tile_width, tile_height, grid_columns, "
                         "dataset_indices and labels expected)");
    return index;
}

}  // namespace grindstone
