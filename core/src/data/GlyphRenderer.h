#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grindstone/data/GlyphSet.h"

struct FT_LibraryRec_;

namespace grindstone {

/// Draws the 62 glyph-set characters of one face at a fixed image size (FreeType).
class GlyphRenderer {
public:
    explicit GlyphRenderer(int size);
    ~GlyphRenderer();
    GlyphRenderer(const GlyphRenderer&) = delete;
    GlyphRenderer& operator=(const GlyphRenderer&) = delete;

    /// Fills `pixels` with the 62 images (label order, size x size each). Returns why the face
    /// cannot be used, or an empty string when it was drawn.
    std::string draw(const FontFace& font, std::vector<uint8_t>& pixels) const;

private:
    int m_size;
    FT_LibraryRec_* m_library = nullptr;
};

}  // namespace grindstone
