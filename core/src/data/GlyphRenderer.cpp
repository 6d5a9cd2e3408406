// Draws the 62 characters of one face with FreeType: one scale and one baseline per face, each
// glyph centred on its ink (see GlyphSet.h for the protocol).
#include "GlyphRenderer.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <algorithm>
#include <cctype>
#include <cmath>

namespace grindstone {
namespace {

/// Family names of faces whose letters are pictures, not letters: even when they map the
/// Latin code points, what they draw there is no glyph of the character.
bool isSymbolFamily(const std::string& family) {
    std::string lower = family;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    for (const char* word :
         {"symbol", "dingbat", "emoji", "wingding", "webding", "d050000l", "keyboard"})
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

/// Owns a FreeType face.
class Face {
public:
    Face(FT_Library library, const FontFace& font) {
        m_ok = FT_New_Face(library, font.file.c_str(), font.index, &m_face) == 0;
    }
    ~Face() {
        if (m_ok) FT_Done_Face(m_face);
    }
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;
    bool ok() const { return m_ok; }
    FT_Face get() const { return m_face; }

private:
    FT_Face m_face = nullptr;
    bool m_ok = false;
};

/// The ink height of capital H in font units (0 when it cannot be measured).
long capitalHeight(FT_Face face) {
    const FT_UInt index = FT_Get_Char_Index(face, 'H');
    if (index == 0 || FT_Load_Glyph(face, index, FT_LOAD_NO_SCALE) != 0) return 0;
    if (face->glyph->format != FT_GLYPH_FORMAT_OUTLINE) return 0;
    FT_BBox box;
    FT_Outline_Get_CBox(&face->glyph->outline, &box);
    return box.yMax - box.yMin;
}

/// Draws one glyph into `out` (size x size, zeroed): the outline shifted so its ink is centred
/// horizontally, its baseline on row `baseline`. False when the glyph has no outline.
bool drawGlyph(FT_Face face, FT_UInt index, int size, int baseline, uint8_t* out) {
    // No hinting: hinting would snap each glyph to the pixel grid on its own, changing the
    // shared scale glyph by glyph.
    if (FT_Load_Glyph(face, index, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) return false;
    FT_GlyphSlot slot = face->glyph;
    if (slot->format != FT_GLYPH_FORMAT_OUTLINE) return false;
    FT_BBox box;
    FT_Outline_Get_CBox(&slot->outline, &box);  // 26.6 pixels, origin on the baseline
    const FT_Pos shift = static_cast<FT_Pos>(size) * 32 - (box.xMin + box.xMax) / 2;
    FT_Outline_Translate(&slot->outline, shift, 0);
    if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) return false;
    const FT_Bitmap& bitmap = slot->bitmap;
    for (unsigned row = 0; row < bitmap.rows; ++row) {
        const int y = baseline - slot->bitmap_top + static_cast<int>(row);
        if (y < 0 || y >= size) continue;
        const unsigned char* line = bitmap.buffer + static_cast<long>(row) * bitmap.pitch;
        for (unsigned col = 0; col < bitmap.width; ++col) {
            const int x = slot->bitmap_left + static_cast<int>(col);
            if (x >= 0 && x < size) out[y * size + x] = line[col];
        }
    }
    return true;
}

}  // namespace

GlyphRenderer::GlyphRenderer(int size) : m_size(size) {
    if (FT_Init_FreeType(&m_library) != 0) m_library = nullptr;
}

GlyphRenderer::~GlyphRenderer() {
    if (m_library) FT_Done_FreeType(m_library);
}

std::string GlyphRenderer::draw(const FontFace& font, std::vector<uint8_t>& pixels) const {
    if (!m_library) return "FreeType did not start";
    if (isSymbolFamily(font.family)) return "a symbol face";
    Face face(m_library, font);
    if (!face.ok()) return "FreeType cannot open " + font.file;
    if (!FT_IS_SCALABLE(face.get())) return "not scalable";
    if (FT_Select_Charmap(face.get(), FT_ENCODING_UNICODE) != 0) return "no Unicode character map";
    std::vector<FT_UInt> indices;
    for (int label = 0; label < kGlyphClasses; ++label) {
        indices.push_back(
            FT_Get_Char_Index(face.get(), static_cast<FT_ULong>(kGlyphCharacters[label])));
        if (indices.back() == 0) return std::string("lacks '") + kGlyphCharacters[label] + "'";
    }
    const long hUnits = capitalHeight(face.get());
    if (hUnits <= 0) return "capital H has no height";
    // One scale for the face: capital H 20/32 of the image tall. The char size is the em in
    // 26.6 pixels (72 dpi: points are pixels), so fractional scales are kept.
    const double capPixels = 20.0 * m_size / 32.0;
    const double emPixels = capPixels * face.get()->units_per_EM / static_cast<double>(hUnits);
    if (FT_Set_Char_Size(face.get(), 0, static_cast<FT_F26Dot6>(std::lround(emPixels * 64)), 72,
                         72) != 0)
        return "cannot be scaled";
    const int baseline = static_cast<int>(std::lround(25.0 * m_size / 32.0));
    const size_t imageBytes = static_cast<size_t>(m_size) * static_cast<size_t>(m_size);
    pixels.assign(imageBytes * kGlyphClasses, 0);
    for (int label = 0; label < kGlyphClasses; ++label) {
        uint8_t* out = pixels.data() + imageBytes * static_cast<size_t>(label);
        if (!drawGlyph(face.get(), indices[static_cast<size_t>(label)], m_size, baseline, out))
            return std::string("no outline for '") + kGlyphCharacters[label] + "'";
        if (std::all_of(out, out + imageBytes, [](uint8_t v) { return v == 0; }))
            return std::string("draws '") + kGlyphCharacters[label] + "' empty";
    }
    return {};
}

}  // namespace grindstone
