// Writes a glyph set folder: gzipped IDX files that are byte-identical for the same set,
// classes.txt and a README, all moved into place at the end.
#include <zlib.h>

#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "grindstone/Error.h"
#include "grindstone/data/GlyphSet.h"

namespace fs = std::filesystem;

namespace grindstone {
namespace {

void putBigEndian(std::vector<uint8_t>& out, uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(uint8_t((value >> shift) & 0xff));
}

/// gzip with a fixed header (modification time 0, no file name, OS "unknown"): the same bytes
/// in give the same file out, wherever and whenever it is written.
std::vector<uint8_t> gzipBytes(const std::vector<uint8_t>& data) {
    z_stream stream{};
    if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib could not start compressing");
    gz_header header{};
    header.os = 255;
    deflateSetHeader(&stream, &header);
    std::vector<uint8_t> out(deflateBound(&stream, static_cast<uLong>(data.size())) + 32);
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = out.data();
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) throw std::runtime_error("zlib could not compress the glyphs");
    return out;
}

void writeFile(const fs::path& path, const std::vector<uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw InputError("cannot write '" + path.string() + "'");
}

void writeText(const fs::path& path, const std::string& text) {
    writeFile(path, std::vector<uint8_t>(text.begin(), text.end()));
}

std::vector<uint8_t> idxImages(const ImageSet& images) {
    std::vector<uint8_t> out;
    putBigEndian(out, 0x803);
    putBigEndian(out, static_cast<uint32_t>(images.size()));
    putBigEndian(out, static_cast<uint32_t>(images.height));
    putBigEndian(out, static_cast<uint32_t>(images.width));
    out.insert(out.end(), images.pixels.begin(), images.pixels.end());
    return out;
}

std::vector<uint8_t> idxLabels(const ImageSet& images) {
    std::vector<uint8_t> out;
    putBigEndian(out, 0x801);
    putBigEndian(out, static_cast<uint32_t>(images.size()));
    for (int label : images.labels)
        out.push_back(static_cast<uint8_t>(label));
    return out;
}

std::string recallText(double recallAt1) {
    if (recallAt1 < 0)
        return "not measured (it needs two families or more, and images small enough for the "
               "raw-pixel baseline)";
    std::ostringstream text;
    text << "**" << std::fixed << std::setprecision(1) << recallAt1
         << "**. A learned embedding has to beat that to mean anything";
    return text.str();
}

std::string readme(const GlyphSet& set, double recallAt1) {
    const int64_t perClass = static_cast<int64_t>(set.faces.size());
    const int64_t half = perClass * 31;
    std::ostringstream md;
    md << "# Glyphs: a fine-grained metric-learning benchmark from real typefaces\n\n"
       << set.images.size() << " grey images, " << set.images.height << "x" << set.images.width
       << ", in the MNIST IDX format (gzipped; magic 0x803 images, 0x801 labels): the 62\n"
          "characters `0-9 A-Z a-z` (labels 0-61, in the order of classes.txt), each drawn by "
          "one face\nof "
       << perClass
       << " font families. One face per family (the regular one where it exists), so\n"
          "retrieval must generalise across designs, not find a sibling weight. Within a font "
          "all 62\nglyphs share one scale (capital H "
       << std::lround(20.0 * set.images.height / 32.0) << " px tall) and one baseline (row "
       << std::lround(25.0 * set.images.height / 32.0)
       << "), centred horizontally on the\nink, so case and height still tell 'o' from 'O'. "
          "Grey anti-aliased ink on black, as MNIST.\n\n"
          "Protocol (class-disjoint retrieval): train on labels 0-30 (`0-9`, `A-U`, "
       << half << " images), test on\nlabels 31-61 (`V-Z`, `a-z`, " << half
       << " images), every test image a query against all other test images.\nNever flip "
          "images horizontally (a mirrored `b` is a `d`). One file pair holds all images: "
          "the\nsplit is by class.\n\n"
       << "Raw-pixel Recall@1 on the test classes (nearest neighbours on the pixels): "
       << recallText(recallAt1)
       << ".\n\n"
          "Drawn by `grindstone-cli make-glyphs` with FreeType from these font families "
          "(family: face, file):\n\n";
    for (const FontFace& face : set.faces)
        md << "- " << face.family << ": " << face.style << ", `"
           << fs::path(face.file).filename().string() << "`\n";
    if (!set.skipped.empty()) {
        md << "\nFamilies left out (" << set.skipped.size() << "):\n\n";
        for (const SkippedFamily& s : set.skipped)
            md << "- " << s.family << ": " << s.reason << '\n';
    }
    md << "\nThe fonts keep their own licences; these images are derived renderings for "
          "benchmarking.\n";
    return md.str();
}

}  // namespace

void writeGlyphSetFolder(const GlyphSet& set, double recallAt1, const std::string& folder) {
    const fs::path target = fs::absolute(folder).lexically_normal();
    const fs::path parent = target.parent_path();
    std::error_code error;
    if (fs::exists(target, error) &&
        (!fs::is_directory(target, error) || !fs::is_empty(target, error)))
        throw InputError("OUT '" + folder + "' exists and is not an empty folder");
    if (!fs::is_directory(parent, error))
        throw InputError("OUT '" + folder + "': its parent folder does not exist");
    // Hidden, beside OUT (same file system, so the final rename is atomic), one per process.
    std::string tempName = target.filename().string();
    tempName.insert(0, 1, '.');
    tempName += ".partial-" + std::to_string(static_cast<long>(::getpid()));
    const fs::path temp = parent / tempName;
    fs::remove_all(temp, error);
    if (!fs::create_directory(temp, error))
        throw InputError("OUT '" + folder + "' is not writable (" + error.message() + ")");
    try {
        writeFile(temp / "train-images-idx3-ubyte.gz", gzipBytes(idxImages(set.images)));
        writeFile(temp / "train-labels-idx1-ubyte.gz", gzipBytes(idxLabels(set.images)));
        std::string classes;
        for (int label = 0; label < kGlyphClasses; ++label)
            classes += std::string(1, kGlyphCharacters[label]) + "\n";
        writeText(temp / "classes.txt", classes);
        writeText(temp / "README.md", readme(set, recallAt1));
        if (fs::exists(target, error)) fs::remove(target);  // the empty folder it replaces
        fs::rename(temp, target);
    } catch (const std::exception& e) {
        fs::remove_all(temp, error);
        throw InputError("OUT '" + folder + "' could not be written: " + e.what());
    }
}

}  // namespace grindstone
