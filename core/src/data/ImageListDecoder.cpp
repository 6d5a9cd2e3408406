// Decodes a dataset's image list into one ImageSet. Photographs take milliseconds each to
// decode and resize, so the work is spread over threads; each image lands in its own slot, so
// the result is the same whatever the thread count.
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include <unistd.h>

#include "grindstone/Error.h"
#include "grindstone/data/ImageList.h"
#include "grindstone/session/UserFolders.h"

namespace grindstone {
namespace {

constexpr unsigned kMaxDecodeThreads = 8;

/// Decodes, converts and resizes one file; an empty Mat means "not a readable image".
/// OpenCV throws on some corrupt files instead of returning empty, so both are caught here.
cv::Mat readImage(const std::string& path, int size, int channels, ImageFit fit) {
    std::error_code error;  // a missing file is reported once, by the caller, not by OpenCV
    if (!std::filesystem::is_regular_file(path, error)) return {};
    try {
        cv::Mat image = cv::imread(path, channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
        if (image.empty()) return {};
        if (channels == 3) cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
        if (fit == ImageFit::Crop && image.rows != image.cols) {
            const int side = std::min(image.rows, image.cols);
            image = image(cv::Rect((image.cols - side) / 2, (image.rows - side) / 2, side, side))
                        .clone();
        }
        if (image.rows != size || image.cols != size) {
            cv::Mat resized;
            // INTER_AREA averages when shrinking; when enlarging it behaves like bilinear.
            cv::resize(image, resized, cv::Size(size, size), 0, 0, cv::INTER_AREA);
            image = resized;
        }
        return image;
    } catch (const cv::Exception&) {
        return {};
    }
}

/// Writes `image` channel-planar (CHW) into `out`, which holds channels * rows * cols bytes.
void copyChannelPlanar(const cv::Mat& image, uint8_t* out) {
    std::vector<cv::Mat> planes;
    cv::split(image, planes);
    for (const cv::Mat& plane : planes) {
        const cv::Mat contiguous = plane.isContinuous() ? plane : plane.clone();
        out = std::copy(contiguous.data, contiguous.data + contiguous.total(), out);
    }
}

void checkShape(const std::string& source, int size, int channels) {
    if (channels != 1 && channels != 3) {
        throw InputError("cannot read '" + source + "' with " + std::to_string(channels) +
                         " channels: use 1 (grayscale) or 3 (colour)");
    }
    if (size < 1) {
        throw InputError("cannot read '" + source + "' at image size " + std::to_string(size) +
                         ": the size must be at least 1 pixel");
    }
}

/// Auto keeps a set in memory up to a quarter of the machine's memory: beyond that, training's
/// own tensors and the page cache need the room more than pixels read once per epoch.
bool onDisk(PixelStorage storage, uint64_t bytes) {
    if (storage != PixelStorage::Auto) return storage == PixelStorage::Disk;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0) return false;
    return bytes > static_cast<uint64_t>(pages) * static_cast<uint64_t>(pageSize) / 4;
}

}  // namespace

ImageSet decodeImageList(const ImageList& list, const DecodeSettings& settings,
                         std::vector<std::string>& warnings) {
    const int size = settings.size;
    const int channels = settings.channels;
    checkShape(list.source, size, channels);
    if (list.entries.empty()) throw InputError("dataset '" + list.source + "' lists no images");

    ImageSet set;
    set.channels = channels;
    set.height = size;
    set.width = size;
    set.source = list.source;
    set.classNames = list.classNames;
    set.classSplit = list.classSplit;
    const auto count = static_cast<int64_t>(list.entries.size());
    const int64_t bytes = set.imageBytes();
    const auto total = static_cast<uint64_t>(count * bytes);
    if (onDisk(settings.storage, total)) {
        set.pixelFile =
            PixelFile::create(settings.diskFolder.empty() ? userCacheFolder() + "/decoded-images"
                                                          : settings.diskFolder,
                              total);
    } else {
        set.pixels.resize(total);
    }
    uint8_t* const pixels = set.pixelFile ? set.pixelFile->data() : set.pixels.data();
    std::vector<char> decoded(static_cast<size_t>(count), 0);

    std::atomic<int64_t> next{0};
    const auto work = [&] {
        for (int64_t i = next++; i < count; i = next++) {
            const cv::Mat image =
                readImage(list.entries[static_cast<size_t>(i)].path, size, channels, settings.fit);
            if (image.empty()) continue;
            copyChannelPlanar(image, pixels + i * bytes);
            decoded[static_cast<size_t>(i)] = 1;
        }
    };
    const unsigned threads = settings.threads > 0 ? settings.threads
                                                  : std::clamp(std::thread::hardware_concurrency(),
                                                               1u, kMaxDecodeThreads);
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread& worker : workers)
        worker.join();

    // Compact in list order, leaving out what did not decode.
    int64_t kept = 0;
    int64_t skipped = 0;
    const ImageListEntry* firstSkipped = nullptr;
    for (int64_t i = 0; i < count; ++i) {
        const ImageListEntry& entry = list.entries[static_cast<size_t>(i)];
        if (!decoded[static_cast<size_t>(i)]) {
            if (settings.unreadable == UnreadableImages::Fail) {
                throw InputError(entry.origin + ": '" + entry.path +
                                 "' is missing or not a readable image (set "
                                 "unreadable_images = skip to leave such images out)");
            }
            if (skipped++ == 0) firstSkipped = &entry;
            continue;
        }
        if (kept != i) std::copy_n(pixels + i * bytes, bytes, pixels + kept * bytes);
        set.labels.push_back(entry.label);
        if (list.queryGallery) set.inGallery.push_back(entry.inGallery);
        ++kept;
    }
    if (set.pixelFile) {
        set.pixelFile->shrink(static_cast<uint64_t>(kept * bytes));
    } else {
        set.pixels.resize(static_cast<size_t>(kept * bytes));
        set.pixels.shrink_to_fit();
    }
    if (skipped > 0) {
        warnings.push_back("skipped " + std::to_string(skipped) + " unreadable images in " +
                           list.source + ", e.g. " + firstSkipped->path + " (" +
                           firstSkipped->origin + ")");
    }
    if (set.labels.empty())
        throw InputError("dataset '" + list.source + "' holds no readable images");
    return set;
}

}  // namespace grindstone
