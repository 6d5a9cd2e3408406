// make-glyphs: draws the glyph benchmark from font files (the installed families by default).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "CliCommon.h"
#include "grindstone/Error.h"
#include "grindstone/data/DatasetLoader.h"
#include "grindstone/data/GlyphSet.h"

namespace fs = std::filesystem;

namespace grindstone::cli {
namespace {

int parseSize(const std::string& text) {
    if (text.empty()) return kDefaultGlyphSize;
    size_t used = 0;
    int size = 0;
    try {
        size = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || size < 8 || size > 256)
        throw InputError("--size '" + text + "' must be a whole number of pixels from 8 to 256");
    return size;
}

/// Refuses an OUT that cannot be written before any drawing starts.
void checkOut(const std::string& out) {
    const fs::path target = fs::absolute(out).lexically_normal();
    std::error_code error;
    if (fs::exists(target, error) &&
        (!fs::is_directory(target, error) || !fs::is_empty(target, error)))
        throw InputError("OUT '" + out + "' exists and is not an empty folder");
    const fs::path parent = target.parent_path();
    if (!fs::is_directory(parent, error))
        throw InputError("OUT '" + out + "': its parent folder '" + parent.string() +
                         "' does not exist");
    if (::access(parent.c_str(), W_OK) != 0)
        throw InputError("OUT '" + out + "' is not writable (no write permission on '" +
                         parent.string() + "')");
}

}  // namespace

bool ensureDefaultGlyphs() {
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    bool announced = false;
    return ensureGlyphBenchmark([&](int done, int total) {
        if (!announced)
            std::cerr << "drawing the glyph benchmark from the installed fonts (once) into "
                      << datasetFolder(kGlyphDatasetName) << '\n';
        announced = true;
        if (terminal)
            std::cerr << "\r  " << done << " / " << total << " font families"
                      << (done == total ? "\n" : "") << std::flush;
        else if (done == total || (done * 10 / total) != ((done - 1) * 10 / total))
            std::cerr << "  " << done << " / " << total << " font families\n";
    });
}

int runMakeGlyphs(Args args) {
    std::vector<std::string> fonts;
    for (std::string path = takeOption(args, "--fonts"); !path.empty();
         path = takeOption(args, "--fonts"))
        fonts.push_back(path);
    const std::string sizeText = takeOption(args, "--size");
    const int size = parseSize(sizeText);
    const bool listOnly = takeFlag(args, "--list-fonts");
    if (takeFlag(args, "--default")) {
        // The benchmark `dataset = glyphs` names: the defaults, in the user's data folder.
        if (!fonts.empty() || !sizeText.empty() || listOnly || !args.empty())
            throw InputError("make-glyphs --default takes no other argument");
        const std::string folder = datasetFolder(kGlyphDatasetName);
        std::printf(ensureDefaultGlyphs() ? "drew the glyph benchmark into %s\n"
                                          : "the glyph benchmark is already in %s\n",
                    folder.c_str());
        return 0;
    }
    std::string out;
    for (const std::string& arg : args) {
        if (arg.rfind("-", 0) == 0) throw InputError("make-glyphs: unknown flag '" + arg + "'");
        if (!out.empty()) throw InputError("make-glyphs: unexpected argument '" + arg + "'");
        out = arg;
    }
    if (out.empty() && !listOnly) throw InputError("make-glyphs needs an output folder OUT");
    if (!listOnly) checkOut(out);

    const auto families = findFontFamilies(fonts);
    if (listOnly) {  // every face it may draw, in the order it tries them
        for (const auto& faces : families)
            for (const FontFace& face : faces)
                std::cout << face.family << '\t' << face.style << '\t' << face.file << '\t'
                          << face.index << '\n';
        return 0;
    }
    if (families.empty()) throw InputError("make-glyphs: fontconfig lists no scalable font");
    const auto start = std::chrono::steady_clock::now();
    // One line rewritten in place on a terminal; in a log, a line per tenth of the families.
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    const GlyphSet set = drawGlyphSet(families, size, [terminal](int done, int total) {
        if (terminal)
            std::cerr << "\rmake-glyphs: " << done << " / " << total << " families"
                      << (done == total ? "\n" : "") << std::flush;
        else if (done == total || (done * 10 / total) != ((done - 1) * 10 / total))
            std::cerr << "make-glyphs: " << done << " / " << total << " families\n";
    });
    if (set.faces.empty()) {
        std::string where = fonts.empty() ? std::string("the installed fonts") : std::string();
        for (const std::string& path : fonts)
            where += (where.empty() ? "" : ", ") + path;
        throw InputError("make-glyphs: no usable font in --fonts " + where +
                         " (each needs all 62 characters 0-9 A-Z a-z as scalable outlines)");
    }
    const double recall = glyphRawPixelRecallAt1(set.images);
    writeGlyphSetFolder(set, recall, out);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("wrote %s: %lld images of %zu families (%zu left out), %dx%d px\n", out.c_str(),
                static_cast<long long>(set.images.size()), set.faces.size(), set.skipped.size(),
                size, size);
    if (recall >= 0)
        std::printf("raw-pixel Recall@1 on the test classes 31-61: %.1f\n", recall);
    else
        std::printf(
            "raw-pixel Recall@1 not measured: it needs two families or more, and "
            "images small enough for the raw-pixel baseline\n");
    std::printf("took %.1f s\n", seconds);
    return 0;
}

}  // namespace grindstone::cli
