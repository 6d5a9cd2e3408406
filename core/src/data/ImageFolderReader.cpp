// Image folders: one sub-folder per class. Sorting class folders and files by name makes labels
// and image order the same on every machine and every run.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <string_view>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/ImageList.h"

namespace grindstone {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> sortedEntries(const fs::path& folder, bool wantDirectories) {
    std::vector<fs::path> entries;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(".")) continue;  // .DS_Store, .git and friends are not data
        const bool isDirectory = entry.is_directory(error);
        if (isDirectory == wantDirectories && (isDirectory || entry.is_regular_file(error)))
            entries.push_back(entry.path());
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

bool hasImageExtension(const fs::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // What OpenCV 4.6 decodes (not GIF).
    static const std::array<std::string_view, 12> kImageExtensions = {
        ".jpg", ".jpeg", ".png", ".bmp",  ".pgm",  ".ppm",
        ".pbm", ".pnm",  ".tif", ".tiff", ".webp", ".jp2"};
    return std::find(kImageExtensions.begin(), kImageExtensions.end(), extension) !=
           kImageExtensions.end();
}

}  // namespace

ImageList readClassFolderList(const std::string& folder) {
    if (!fs::is_directory(folder))
        throw InputError("image folder '" + folder + "' does not exist or is not a folder");
    const std::vector<fs::path> classFolders = sortedEntries(folder, true);
    if (classFolders.empty()) {
        throw InputError("image folder '" + folder +
                         "' has no class sub-folders (expected one sub-folder of images per "
                         "class)");
    }
    ImageList list;
    list.source = folder;
    for (size_t label = 0; label < classFolders.size(); ++label) {
        list.classNames.push_back(classFolders[label].filename().string());
        for (const fs::path& file : sortedEntries(classFolders[label], false)) {
            if (!hasImageExtension(file)) continue;
            list.entries.push_back({file.string(), static_cast<int>(label),
                                    "class folder " + classFolders[label].string()});
        }
    }
    if (list.entries.empty()) {
        throw InputError("image folder '" + folder +
                         "' holds no image files (.jpg, .png, .bmp, .pgm, .ppm, .tif, .webp "
                         "...) in its class sub-folders");
    }
    return list;
}

ImageSet loadImageFolder(const std::string& folder, int size, int channels,
                         std::vector<std::string>& warnings, UnreadableImages unreadable) {
    DecodeSettings decode;
    decode.size = size;
    decode.channels = channels;
    decode.unreadable = unreadable;
    return decodeImageList(readClassFolderList(folder), decode, warnings);
}

}  // namespace grindstone
