#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grindstone/data/ImageSet.h"

namespace grindstone {

/// The characters of a glyph set, in label order: label i draws kGlyphCharacters[i].
inline constexpr char kGlyphCharacters[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
inline constexpr int kGlyphClasses = 62;

/// One face of a font file, as fontconfig describes it.
struct FontFace {
    std::string family;  ///< the typographic family (fontconfig's first family name)
    std::string style;   ///< e.g. "Regular", "Book", "Italic"
    std::string file;
    int index = 0;  ///< face (and named instance) index inside the file
};

/// The faces a glyph set may draw from: one per family (the upright face of normal width and
/// weight nearest regular first, the family's other faces after it as fallbacks), families
/// sorted by name. Empty `paths` lists the installed families (fontconfig); otherwise only
/// the font files given and the font files inside the folders given. Throws InputError naming
/// a path that does not exist or holds no font file.
std::vector<std::vector<FontFace>> findFontFamilies(const std::vector<std::string>& paths);

/// Why one family was left out of a glyph set.
struct SkippedFamily {
    std::string family;
    std::string reason;
};

/// A drawn glyph set: 62 images per family used, labels 0-61 as kGlyphCharacters.
struct GlyphSet {
    ImageSet images;                     ///< size x size grey images, font by font
    std::vector<FontFace> faces;         ///< the face drawn for each family used, in order
    std::vector<SkippedFamily> skipped;  ///< families without a usable face
};

/// The glyph size make-glyphs draws by default, and the default dataset's.
inline constexpr int kDefaultGlyphSize = 32;

/// Draws the 62 characters from the first usable face of each family. Within a face one scale
/// and one baseline hold for every character: for size 32 a capital H is 20 px tall and the
/// baseline is row 25 (proportionally for other sizes); each glyph is centred horizontally on
/// its ink; anti-aliased grey ink on black. A face is unusable when it is not scalable, lacks
/// one of the characters, draws one of them empty, or is a symbol face; a family whose
/// drawing repeats an earlier family's is skipped as a duplicate. `progress(done, total)` is
/// called after each family.
GlyphSet drawGlyphSet(const std::vector<std::vector<FontFace>>& families, int size,
                      const std::function<void(int, int)>& progress = {});

/// Raw-pixel Recall@1 (percent) of the glyph set's test classes (labels 31-61): each test
/// image a query against all other test images; -1 when it cannot be measured: a single
/// family (no query has a match) or images too many pixels for the raw-pixel baseline.
double glyphRawPixelRecallAt1(const ImageSet& images);

/// Writes the glyph set into `folder` (created, or an existing empty folder): gzipped IDX
/// images and labels with a fixed gzip header (same set, same bytes), classes.txt and a
/// README.md naming the families, counts and `recallAt1`. Everything is written into a
/// temporary folder beside `folder` first and moved into place at the end, so a failure leaves
/// nothing half-written. Throws InputError naming `folder` when it cannot be written.
void writeGlyphSetFolder(const GlyphSet& set, double recallAt1, const std::string& folder);

}  // namespace grindstone
