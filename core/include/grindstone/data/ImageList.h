#pragma once

#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"

namespace grindstone {

/// One image a dataset's list names: the file, its class, and where the list said so.
struct ImageListEntry {
    std::string path;        ///< resolved against the dataset's folder
    int label = 0;           ///< index into ImageList::classNames
    std::string origin;      ///< "LIST_FILE:LINE" (or the class folder), for messages
    bool inGallery = false;  ///< query / gallery layouts: a gallery image (else a query)
};

/// The images of a dataset before decoding, with its classes in label order and, where the
/// layout has one, its official class-disjoint split.
struct ImageList {
    std::string source;                   ///< the dataset folder or list file
    std::vector<ImageListEntry> entries;  ///< in the order the layout lists them
    std::vector<std::string> classNames;  ///< label -> name; the layout's class order
    std::vector<std::string> classSplit;  ///< per class "train" / "test"; empty: no split
    /// The test images are queries and a gallery (entries' inGallery), not leave-one-out.
    bool queryGallery = false;
};

/// How a file that does not decode as an image is handled.
enum class UnreadableImages { Fail, Skip };

/// How a non-square image becomes square: both sides resized, or the shorter side resized and
/// the centre square kept.
enum class ImageFit { Stretch, Crop };

/// CUB-200-2011: images.txt, image_class_labels.txt, classes.txt and images/ in `folder`.
/// Official split: classes 1-100 train, 101-200 test (by class id).
ImageList readCubList(const std::string& folder);
/// Cars196: cars_annos.mat (annotations.relative_im_path / .class, class_names) in `folder`.
/// Official split: classes 1-98 train, 99-196 test.
ImageList readCarsList(const std::string& folder);
/// Stanford Online Products: Ebay_train.txt and Ebay_test.txt (image_id class_id
/// super_class_id path) in `folder`; the split is the file a class is listed in.
ImageList readSopList(const std::string& folder);
/// In-Shop Clothes Retrieval: list_eval_partition.txt (a count line, the header `image_name
/// item_id evaluation_status`, then `path id_NNNNNNNN train|query|gallery`) in `folder` or
/// its Eval/ sub-folder; paths relative to `folder` (or to its Img/ sub-folder when the images
/// sit there, as the download unpacks). Official split: the train items, then the query and
/// gallery items (the same items) as test classes, evaluated query against gallery.
ImageList readInShopList(const std::string& folder);
/// A CSV file of `path,label[,split]` rows (optional header `path,label[,split]`, fields
/// quoted with " where they hold commas); paths relative to the file's folder; split is
/// train, test or empty, and a class must not be in both.
ImageList readCsvList(const std::string& file);
/// A folder with one sub-folder of images per class (sorted names = labels); files whose
/// extension is not an image format's are not data (a README, a thumbnail database).
ImageList readClassFolderList(const std::string& folder);

/// Where decoded pixels are kept: in memory, or in a mapped file on disk (PixelFile). Auto
/// picks the disk when the decoded set would take more than a quarter of the machine's memory.
enum class PixelStorage { Auto, Memory, Disk };

/// How decodeImageList turns files into pixels.
struct DecodeSettings {
    int size = 32;     ///< every image becomes size x size
    int channels = 3;  ///< 1 (grayscale) or 3 (RGB)
    ImageFit fit = ImageFit::Stretch;
    UnreadableImages unreadable = UnreadableImages::Fail;
    unsigned threads = 0;  ///< 0: one per core, at most 8
    PixelStorage storage = PixelStorage::Auto;
    /// The disk's folder; empty: userCacheFolder()/decoded-images.
    std::string diskFolder;
};

/// Decodes every entry with OpenCV on `settings.threads` threads, converts it to the channels
/// asked for and brings it to size x size as `fit` says. An image that does not decode is an
/// InputError naming the file and the list line, unless `unreadable` is Skip: then it is left
/// out and one warning counts them. Classes left without images keep their label.
ImageSet decodeImageList(const ImageList& list, const DecodeSettings& settings,
                         std::vector<std::string>& warnings);

}  // namespace grindstone
