#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grindstone/data/ImageList.h"
#include "grindstone/data/ImageSet.h"

namespace grindstone {

class Config;

/// Reads one MNIST-style IDX pair (gzipped or not; magic 0x803 images, 0x801 labels).
/// Throws InputError naming the file on: missing file, wrong magic, truncated data,
/// image/label count mismatch.
ImageSet loadIdxPair(const std::string& imagesPath, const std::string& labelsPath);

/// Reads every `*-images-idx3-ubyte[.gz]` / `*-labels-idx1-ubyte[.gz]` pair in `folder` and
/// pools them (Fashion-MNIST: train + t10k). Throws InputError if there is none.
ImageSet loadIdxFolder(const std::string& folder);

/// Reads a folder with one sub-folder per class (sorted names = labels; readClassFolderList)
/// through OpenCV, converting to `channels` (1 or 3) and resizing to `size` x `size`. An image
/// file that does not decode is an InputError, or with Skip left out and counted in one
/// warning appended to `warnings`.
ImageSet loadImageFolder(const std::string& folder, int size, int channels,
                         std::vector<std::string>& warnings,
                         UnreadableImages unreadable = UnreadableImages::Fail);

/// The layout `dataset_format = auto` reads `path` as: "csv" (a .csv file), "cub"
/// (images.txt + image_class_labels.txt), "cars" (cars_annos.mat), "sop" (Ebay_train.txt or
/// Ebay_test.txt), "idx" (IDX files), "folder" (any other folder: class sub-folders), or ""
/// when it is a file of another kind or does not exist.
std::string datasetLayout(const std::string& path);

/// True when `folder` holds at least one IDX images file.
bool folderHasIdxFiles(const std::string& folder);

/// The names `dataset` accepts besides a path: the glyph benchmark (the default) and
/// Fashion-MNIST as Debian installs it.
inline constexpr char kGlyphDatasetName[] = "glyphs";
inline constexpr char kFashionMnistName[] = "fashion-mnist";
inline constexpr char kFashionMnistFolder[] = "/usr/share/datasets/fashion-mnist";

/// The folder a `dataset` value stands for: "glyphs" is glyphBenchmarkFolder() (the user's
/// data folder), "fashion-mnist" is kFashionMnistFolder, anything else is a path.
std::string datasetFolder(const std::string& dataset);

/// Builds the glyph benchmark (grindstone-cli make-glyphs with its defaults: the installed
/// families, 32 x 32) into glyphBenchmarkFolder() unless it is there. Returns true when it
/// built it; `progress(done, total)` follows the families. Throws InputError when no font can
/// draw it or the folder cannot be written.
bool ensureGlyphBenchmark(const std::function<void(int, int)>& progress = {});

/// Reads the dataset the config names (`dataset`, `dataset_format`, `image_size`, `channels`).
/// The default "glyphs" is built first when it is missing (a note in `warnings` says so).
ImageSet loadDataset(const Config& config, std::vector<std::string>& warnings);

}  // namespace grindstone
