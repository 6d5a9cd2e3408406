// MNIST-style IDX files (https://yann.lecun.com/exdb/mnist/ describes the format): a big-endian
// header of magic + dimensions, then raw uint8 data. zlib's gzread reads gzipped and plain
// files alike, so both go through one path.
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"

namespace grindstone {
namespace {

namespace fs = std::filesystem;

constexpr uint32_t kImagesMagic = 0x00000803;
constexpr uint32_t kLabelsMagic = 0x00000801;
constexpr const char* kImagesSuffix = "-images-idx3-ubyte";
constexpr const char* kLabelsSuffix = "-labels-idx1-ubyte";
// Reading in chunks keeps a corrupt header that declares terabytes from allocating them
// before the data runs out.
constexpr size_t kChunkBytes = size_t{1} << 20;

std::string hex32(uint32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", value);
    return text;
}

/// Owns a zlib file handle; every read failure becomes an InputError naming the file.
class IdxFile {
public:
    explicit IdxFile(const std::string& path) : m_path(path) {
        if (!fs::exists(path)) throw InputError("IDX file '" + path + "' does not exist");
        m_file = gzopen(path.c_str(), "rb");
        if (m_file == nullptr) throw InputError("cannot open IDX file '" + path + "'");
        gzbuffer(m_file, 1 << 17);
    }
    ~IdxFile() { gzclose(m_file); }
    IdxFile(const IdxFile&) = delete;
    IdxFile& operator=(const IdxFile&) = delete;

    /// The dimensions after the magic number; a wrong magic or a short header throws.
    std::vector<uint32_t> readHeader(uint32_t expectedMagic, const std::string& kind,
                                     size_t dimensionCount) {
        std::vector<uint8_t> header(4 + 4 * dimensionCount);
        const size_t got = readUpTo(header.data(), header.size());
        if (got >= 4 && bigEndian32(header.data()) != expectedMagic) {
            throw InputError("IDX file '" + m_path + "' has the wrong magic number " +
                             hex32(bigEndian32(header.data())) + ", expected " +
                             hex32(expectedMagic) + " (" + kind + ")");
        }
        if (got < header.size()) {
            throw InputError("IDX file '" + m_path + "' is truncated: its header needs " +
                             std::to_string(header.size()) + " bytes but the file holds only " +
                             std::to_string(got));
        }
        std::vector<uint32_t> dimensions;
        for (size_t i = 0; i < dimensionCount; ++i)
            dimensions.push_back(bigEndian32(header.data() + 4 + 4 * i));
        return dimensions;
    }

    std::vector<uint8_t> readData(uint64_t count) {
        std::vector<uint8_t> data;
        data.reserve(static_cast<size_t>(std::min<uint64_t>(count, 64 * kChunkBytes)));
        while (data.size() < count) {
            const size_t done = data.size();
            const auto step = static_cast<size_t>(std::min<uint64_t>(count - done, kChunkBytes));
            data.resize(done + step);
            const size_t got = readUpTo(data.data() + done, step);
            if (got < step) {
                throw InputError("IDX file '" + m_path + "' is truncated: its header declares " +
                                 std::to_string(count) + " bytes of data but the file holds " +
                                 std::to_string(done + got));
            }
        }
        return data;
    }

private:
    static uint32_t bigEndian32(const uint8_t* bytes) {
        return (uint32_t{bytes[0]} << 24) | (uint32_t{bytes[1]} << 16) | (uint32_t{bytes[2]} << 8) |
               uint32_t{bytes[3]};
    }

    /// Reads until `count` bytes or the end of the file; returns how many arrived.
    size_t readUpTo(uint8_t* destination, size_t count) {
        size_t done = 0;
        while (done < count) {
            const auto want = static_cast<unsigned>(std::min(count - done, kChunkBytes));
            const int got = gzread(m_file, destination + done, want);
            if (got < 0) {
                int code = 0;
                throw InputError("cannot decompress IDX file '" + m_path +
                                 "': " + gzerror(m_file, &code));
            }
            if (got == 0) break;
            done += static_cast<size_t>(got);
        }
        return done;
    }

    std::string m_path;
    gzFile m_file = nullptr;
};

struct IdxPairPaths {
    std::string images;
    std::string labels;
};

std::string stripGz(const std::string& name) {
    return name.ends_with(".gz") ? name.substr(0, name.size() - 3) : name;
}

/// Prefix -> files of that pair, sorted by prefix. When both `x` and `x.gz` exist (someone ran
/// `gunzip -k`) the plain file wins: same content, no decompression.
std::map<std::string, IdxPairPaths> findIdxPairs(const std::string& folder) {
    std::map<std::string, IdxPairPaths> pairs;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (!entry.is_regular_file()) continue;
        const std::string name = entry.path().filename().string();
        const std::string plain = stripGz(name);
        for (const bool images : {true, false}) {
            const std::string suffix = images ? kImagesSuffix : kLabelsSuffix;
            if (!plain.ends_with(suffix) || plain.size() == suffix.size()) continue;
            IdxPairPaths& pair = pairs[plain.substr(0, plain.size() - suffix.size())];
            std::string& slot = images ? pair.images : pair.labels;
            const bool isPlain = plain == name;
            if (slot.empty() || isPlain) slot = entry.path().string();
        }
    }
    return pairs;
}

std::vector<std::string> readClassNamesFile(const std::string& path, size_t needed) {
    std::ifstream in(path);
    if (!in) throw InputError("cannot read class names file '" + path + "'");
    std::vector<std::string> names;
    for (std::string token; in >> token;)
        names.push_back(token);
    if (names.size() < needed) {
        throw InputError("class names file '" + path + "' lists " + std::to_string(names.size()) +
                         " classes but the labels go up to " + std::to_string(needed - 1) +
                         " (one whitespace-separated name per class expected)");
    }
    return names;
}

}  // namespace

ImageSet loadIdxPair(const std::string& imagesPath, const std::string& labelsPath) {
    IdxFile imagesFile(imagesPath);
    const std::vector<uint32_t> imageDims = imagesFile.readHeader(kImagesMagic, "IDX images", 3);
    const uint32_t imageCount = imageDims[0], height = imageDims[1], width = imageDims[2];
    if (imageCount > 0 && (height == 0 || width == 0)) {
        throw InputError("IDX file '" + imagesPath + "' declares images of size " +
                         std::to_string(height) + "x" + std::to_string(width));
    }

    IdxFile labelsFile(labelsPath);
    const uint32_t labelCount = labelsFile.readHeader(kLabelsMagic, "IDX labels", 1)[0];
    if (labelCount != imageCount) {
        throw InputError("image/label count mismatch: '" + imagesPath + "' holds " +
                         std::to_string(imageCount) + " images but '" + labelsPath + "' holds " +
                         std::to_string(labelCount) + " labels");
    }

    ImageSet set;
    set.channels = 1;
    set.height = height;
    set.width = width;
    set.source = imagesPath;
    set.pixels = imagesFile.readData(uint64_t{imageCount} * height * width);
    const std::vector<uint8_t> labels = labelsFile.readData(labelCount);
    set.labels.assign(labels.begin(), labels.end());
    const int maxLabel = set.labels.empty() ? -1 : *std::max_element(labels.begin(), labels.end());
    for (int label = 0; label <= maxLabel; ++label)
        set.classNames.push_back(std::to_string(label));
    return set;
}

bool folderHasIdxFiles(const std::string& folder) {
    for (const auto& [prefix, paths] : findIdxPairs(folder))
        if (!paths.images.empty()) return true;
    return false;
}

ImageSet loadIdxFolder(const std::string& folder) {
    if (!fs::is_directory(folder))
        throw InputError("IDX dataset folder '" + folder + "' does not exist");
    const auto pairs = findIdxPairs(folder);
    ImageSet pooled;
    pooled.source = folder;
    std::string firstImagesPath;
    for (const auto& [prefix, paths] : pairs) {
        if (paths.images.empty() || paths.labels.empty()) {
            const std::string& present = paths.images.empty() ? paths.labels : paths.images;
            throw InputError("IDX file '" + present + "' has no matching " +
                             (paths.images.empty() ? "images" : "labels") + " file '" + prefix +
                             (paths.images.empty() ? kImagesSuffix : kLabelsSuffix) +
                             "[.gz]' in '" + folder + "'");
        }
        ImageSet part = loadIdxPair(paths.images, paths.labels);
        if (firstImagesPath.empty()) {
            firstImagesPath = paths.images;
            pooled.height = part.height;
            pooled.width = part.width;
        } else if (part.height != pooled.height || part.width != pooled.width) {
            throw InputError("IDX files disagree on the image size: '" + firstImagesPath +
                             "' holds " + std::to_string(pooled.height) + "x" +
                             std::to_string(pooled.width) + " images but '" + paths.images +
                             "' holds " + std::to_string(part.height) + "x" +
                             std::to_string(part.width));
        }
        pooled.pixels.insert(pooled.pixels.end(), part.pixels.begin(), part.pixels.end());
        pooled.labels.insert(pooled.labels.end(), part.labels.begin(), part.labels.end());
        if (part.classNames.size() > pooled.classNames.size()) pooled.classNames = part.classNames;
    }
    if (firstImagesPath.empty()) {
        throw InputError("no IDX files in '" + folder + "' (expected <prefix>" + kImagesSuffix +
                         "[.gz] with <prefix>" + kLabelsSuffix + "[.gz])");
    }
    const fs::path namesPath = fs::path(folder) / "classes.txt";
    if (fs::exists(namesPath))
        pooled.classNames = readClassNamesFile(namesPath.string(), pooled.classNames.size());
    return pooled;
}

}  // namespace grindstone
