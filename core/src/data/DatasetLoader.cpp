// Picks the reader for the configured dataset (by `dataset_format`, or by the files a folder
// holds) and brings IDX images to the configured shape, so the rest of the pipeline sees one
// ImageSet whatever the source.
#include <opencv2/imgproc.hpp>

#include <filesystem>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/GlyphSet.h"
#include "grindstone/data/ImageList.h"
#include "grindstone/options/Config.h"
#include "grindstone/session/UserFolders.h"
#include "model/ScriptBackbone.h"

namespace grindstone {
namespace {

namespace fs = std::filesystem;

constexpr int kDefaultFolderImageSize = 32;
constexpr int kScriptBackboneImageSize = 224;

std::string withoutTrailingSlash(std::string path) {
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    return path;
}

/// IDX data is single-channel at its stored size; `image_size` and `channels` still apply so a
/// model configured for 3 x 32 x 32 can train on it.
ImageSet reshapeIdx(ImageSet set, int size, int channels) {
    const bool resize = size > 0 && (size != set.height || size != set.width);
    if (!resize && channels == set.channels) return set;
    const int64_t newHeight = resize ? size : set.height;
    const int64_t newWidth = resize ? size : set.width;
    std::vector<uint8_t> pixels;
    pixels.reserve(static_cast<size_t>(set.size() * channels * newHeight * newWidth));
    for (int64_t i = 0; i < set.size(); ++i) {
        // cv::Mat over const data: the source is only read.
        const cv::Mat source(static_cast<int>(set.height), static_cast<int>(set.width), CV_8UC1,
                             const_cast<uint8_t*>(set.image(i)));
        cv::Mat plane = source;
        if (resize) {
            // INTER_AREA averages when shrinking; when enlarging it behaves like bilinear.
            cv::resize(source, plane, cv::Size(size, size), 0, 0, cv::INTER_AREA);
        }
        for (int c = 0; c < channels; ++c)
            pixels.insert(pixels.end(), plane.datastart, plane.dataend);
    }
    set.pixels = std::move(pixels);
    set.height = newHeight;
    set.width = newWidth;
    set.channels = channels;
    return set;
}

ImageList readLayout(const std::string& layout, const std::string& path) {
    if (layout == "cub") return readCubList(path);
    if (layout == "cars") return readCarsList(path);
    if (layout == "sop") return readSopList(path);
    if (layout == "inshop") return readInShopList(path);
    if (layout == "csv") return readCsvList(path);
    return readClassFolderList(path);
}

}  // namespace

std::string datasetFolder(const std::string& dataset) {
    if (dataset == kGlyphDatasetName) return glyphBenchmarkFolder();
    if (dataset == kFashionMnistName) return kFashionMnistFolder;
    return dataset;
}

std::string datasetLayout(const std::string& path) {
    std::error_code error;
    const auto has = [&](const char* name) {
        return fs::is_regular_file(fs::path(path) / name, error);
    };
    if (fs::is_regular_file(path, error)) return fs::path(path).extension() == ".csv" ? "csv" : "";
    if (!fs::is_directory(path, error)) return "";
    if (has("images.txt") && has("image_class_labels.txt")) return "cub";
    if (has("cars_annos.mat")) return "cars";
    if (has("Ebay_train.txt") || has("Ebay_test.txt")) return "sop";
    if (has("list_eval_partition.txt") || has("Eval/list_eval_partition.txt")) return "inshop";
    if (folderHasIdxFiles(path)) return "idx";
    return "folder";
}

bool ensureGlyphBenchmark(const std::function<void(int, int)>& progress) {
    const std::string folder = glyphBenchmarkFolder();
    std::error_code error;  // an unreadable place reads as absent: writing it then says why
    if (fs::is_directory(folder, error) && folderHasIdxFiles(folder)) return false;
    fs::create_directories(fs::path(folder).parent_path(), error);
    if (fs::is_directory(folder, error) && fs::is_empty(folder, error)) fs::remove(folder, error);
    if (fs::exists(folder, error))
        throw InputError("the glyph benchmark folder '" + folder +
                         "' exists but holds no IDX images; move it away to rebuild it");
    const GlyphSet set = drawGlyphSet(findFontFamilies({}), kDefaultGlyphSize, progress);
    if (set.faces.size() < 2)
        throw InputError(
            "the glyph benchmark needs two or more installed font families that draw all 62 "
            "characters 0-9 A-Z a-z; packaging/setup.sh installs them");
    writeGlyphSetFolder(set, glyphRawPixelRecallAt1(set.images), folder);
    return true;
}

ImageSet loadDataset(const Config& config, std::vector<std::string>& warnings) {
    const std::string dataset = config.text("dataset");
    const std::string path = datasetFolder(dataset);
    if (dataset == kGlyphDatasetName && ensureGlyphBenchmark())
        warnings.push_back("built the glyph benchmark into " + path + " (first use)");
    const std::string format = config.text("dataset_format");
    // A TorchScript backbone's own input_size, else 224 px (ImageNet's torchvision models).
    const bool scriptBackbone = config.text("backbone") == "torchscript";
    const int imageSize = config.integer("image_size") == 0 && scriptBackbone
                              ? static_cast<int>(scriptBackboneInputSize(
                                    config.text("backbone_module"), kScriptBackboneImageSize))
                              : static_cast<int>(config.integer("image_size"));
    const int channels = static_cast<int>(config.integer("channels"));

    if (channels != 1 && channels != 3) {
        throw InputError("option 'channels': " + std::to_string(channels) +
                         " is not supported, use 1 (grayscale) or 3 (colour)");
    }
    if (!fs::exists(path)) {
        std::string message = "option 'dataset': '" + path + "' does not exist";
        if (withoutTrailingSlash(path) == kFashionMnistFolder)
            message += "; install it with: sudo apt-get install dataset-fashion-mnist";
        throw InputError(message);
    }
    const std::string layout = format == "auto" ? datasetLayout(path) : format;
    if (layout == "csv") {
        if (!fs::is_regular_file(path))
            throw InputError("option 'dataset': '" + path + "' is not a CSV file");
    } else if (!fs::is_directory(path)) {
        throw InputError("option 'dataset': '" + path + "' is not a folder (expected a folder " +
                         "of IDX files, of class sub-folders, or of a benchmark's layout: " +
                         "CUB-200-2011, Cars196, Stanford Online Products, In-Shop Clothes; or "
                         "a .csv list)");
    }
    if (layout == "idx") return reshapeIdx(loadIdxFolder(path), imageSize, channels);

    DecodeSettings decode;
    decode.size = imageSize > 0 ? imageSize : kDefaultFolderImageSize;
    decode.channels = channels;
    decode.unreadable = config.text("unreadable_images") == "skip" ? UnreadableImages::Skip
                                                                   : UnreadableImages::Fail;
    decode.fit = config.text("image_fit") == "crop" ? ImageFit::Crop : ImageFit::Stretch;
    const std::string storage = config.text("decoded_images");
    decode.storage = storage == "disk"     ? PixelStorage::Disk
                     : storage == "memory" ? PixelStorage::Memory
                                           : PixelStorage::Auto;
    return decodeImageList(readLayout(layout, path), decode, warnings);
}

}  // namespace grindstone
