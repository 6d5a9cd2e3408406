// Draws a glyph set family by family and measures its raw-pixel floor.
#include "grindstone/data/GlyphSet.h"

#include <cstdlib>

#include "GlyphRenderer.h"
#include "grindstone/bench/RawPixelBaseline.h"
#include "grindstone/options/Config.h"

namespace grindstone {
namespace {

/// Mean absolute pixel difference (0-255) under which two families' drawings count as the
/// same design: metric-compatible clones and a family packaged twice under two names draw
/// (nearly) the same pixels, and duplicates across the class split would make retrieval
/// look easier than it is.
constexpr double kDuplicateMeanDifference = 2.0;

double meanDifference(const uint8_t* a, const uint8_t* b, size_t n) {
    uint64_t sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += static_cast<uint64_t>(std::abs(int(a[i]) - int(b[i])));
    return static_cast<double>(sum) / static_cast<double>(n);
}

/// The earlier family whose drawing `pixels` repeats, or -1.
int duplicateOf(const GlyphSet& set, const std::vector<uint8_t>& pixels) {
    for (size_t f = 0; f < set.faces.size(); ++f) {
        const uint8_t* earlier = set.images.pixels.data() + f * pixels.size();
        if (meanDifference(earlier, pixels.data(), pixels.size()) < kDuplicateMeanDifference)
            return static_cast<int>(f);
    }
    return -1;
}

}  // namespace

GlyphSet drawGlyphSet(const std::vector<std::vector<FontFace>>& families, int size,
                      const std::function<void(int, int)>& progress) {
    GlyphSet set;
    set.images.height = size;
    set.images.width = size;
    for (int label = 0; label < kGlyphClasses; ++label)
        set.images.classNames.emplace_back(1, kGlyphCharacters[label]);
    set.images.source = "make-glyphs";
    const GlyphRenderer renderer(size);
    std::vector<uint8_t> pixels;
    const int total = static_cast<int>(families.size());
    for (int f = 0; f < total; ++f) {
        const std::vector<FontFace>& faces = families[static_cast<size_t>(f)];
        std::string reason;
        const FontFace* used = nullptr;
        for (const FontFace& face : faces) {  // preferred face first, the others as fallbacks
            const std::string why = renderer.draw(face, pixels);
            if (why.empty()) {
                used = &face;
                break;
            }
            if (reason.empty()) reason = face.style + ": " + why;
        }
        if (used) {
            const int twin = duplicateOf(set, pixels);
            if (twin >= 0) {
                reason = "draws the same glyphs as " + set.faces[static_cast<size_t>(twin)].family;
                used = nullptr;
            }
        }
        if (used) {
            set.faces.push_back(*used);
            set.images.pixels.insert(set.images.pixels.end(), pixels.begin(), pixels.end());
            for (int label = 0; label < kGlyphClasses; ++label)
                set.images.labels.push_back(label);
        } else if (!faces.empty()) {
            set.skipped.push_back({faces.front().family, reason});
        }
        if (progress) progress(f + 1, total);
    }
    return set;
}

double glyphRawPixelRecallAt1(const ImageSet& images) {
    // A query needs another image of its class: one font gives none.
    if (images.size() < 2 * kGlyphClasses) return -1.0;
    Config config;
    config.set("train_classes", "0-30");
    config.set("test_classes", "31-61");
    const RawPixelBaseline baseline = computeRawPixelBaseline(images, config);
    if (!baseline.computed) return -1.0;
    return 100.0 * baseline.metrics.at("recall_at_1");
}

}  // namespace grindstone
