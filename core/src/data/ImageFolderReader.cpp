// Image folders: one sub-folder per class, read through OpenCV. Sorting class folders and files
// by name makes labels and image order the same on every machine and every run.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"

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

/// Decodes, converts and resizes one file; an empty Mat means "not a readable image".
/// OpenCV throws on some corrupt files instead of returning empty, so both are caught here.
cv::Mat readImage(const fs::path& path, int size, int channels) {
    try {
        cv::Mat image =
            cv::imread(path.string(), channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
        if (image.empty()) return {};
        if (channels == 3) cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
        if (image.rows != size || image.cols != size) {
            cv::Mat resized;
            cv::resize(image, resized, cv::Size(size, size), 0, 0, cv::INTER_AREA);
            image = resized;
        }
        return image;
    } catch (const cv::Exception&) {
        return {};
    }
}

void appendChannelPlanar(const cv::Mat& image, std::vector<uint8_t>& pixels) {
    std::vector<cv::Mat> planes;
    cv::split(image, planes);
    for (const cv::Mat& plane : planes) {
        const cv::Mat contiguous = plane.isContinuous() ? plane : plane.clone();
        pixels.insert(pixels.end(), contiguous.data, contiguous.data + contiguous.total());
    }
}

}  // namespace

ImageSet loadImageFolder(const std::string& folder, int size, int channels,
                         std::vector<std::string>& warnings) {
    if (!fs::is_directory(folder))
        throw InputError("image folder '" + folder + "' does not exist or is not a folder");
    if (channels != 1 && channels != 3) {
        throw InputError("cannot read '" + folder + "' with " + std::to_string(channels) +
                         " channels: use 1 (grayscale) or 3 (colour)");
    }
    if (size < 1) {
        throw InputError("cannot read '" + folder + "' at image size " + std::to_string(size) +
                         ": the size must be at least 1 pixel");
    }
    const std::vector<fs::path> classFolders = sortedEntries(folder, true);
    if (classFolders.empty()) {
        throw InputError("image folder '" + folder +
                         "' has no class sub-folders (expected one sub-folder of images per "
                         "class)");
    }

    ImageSet set;
    set.channels = channels;
    set.height = size;
    set.width = size;
    set.source = folder;
    int64_t skipped = 0;
    std::string firstSkipped;
    for (size_t label = 0; label < classFolders.size(); ++label) {
        set.classNames.push_back(classFolders[label].filename().string());
        for (const fs::path& file : sortedEntries(classFolders[label], false)) {
            const cv::Mat image = readImage(file, size, channels);
            if (image.empty()) {
                if (skipped++ == 0) firstSkipped = file.string();
                continue;
            }
            appendChannelPlanar(image, set.pixels);
            set.labels.push_back(static_cast<int>(label));
        }
    }
    if (skipped > 0) {
        warnings.push_back("skipped " + std::to_string(skipped) + " unreadable images in " +
                           folder + ", e.g. " + firstSkipped);
    }
    if (set.labels.empty())
        throw InputError("image folder '" + folder + "' holds no readable images");
    return set;
}

}  // namespace grindstone
