// Finds the font families a glyph set draws from, with fontconfig: the installed ones, or the
// faces inside given files and folders (read with the same query, so both name families alike).
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

#include "grindstone/Error.h"
#include "grindstone/data/GlyphSet.h"

namespace fs = std::filesystem;

namespace grindstone {
namespace {

struct FontSetDeleter {
    void operator()(FcFontSet* set) const { FcFontSetDestroy(set); }
};
using FontSetPtr = std::unique_ptr<FcFontSet, FontSetDeleter>;

struct Candidate {
    FontFace face;
    double weight = FC_WEIGHT_REGULAR;
    int slant = FC_SLANT_ROMAN;
    double width = FC_WIDTH_NORMAL;
};

std::string text(FcPattern* pattern, const char* object) {
    FcChar8* value = nullptr;
    if (FcPatternGetString(pattern, object, 0, &value) != FcResultMatch || !value) return {};
    return reinterpret_cast<const char*>(value);
}

/// Nullopt-like: false for patterns that are not one drawable face (a variable font's
/// default pattern spans a weight range; its named instances are listed one by one).
bool candidateOf(FcPattern* pattern, Candidate& c) {
    FcBool variable = FcFalse;
    if (FcPatternGetBool(pattern, FC_VARIABLE, 0, &variable) == FcResultMatch && variable)
        return false;
    FcBool scalable = FcFalse;
    if (FcPatternGetBool(pattern, FC_SCALABLE, 0, &scalable) != FcResultMatch || !scalable)
        return false;
    c.face.family = text(pattern, FC_FAMILY);
    c.face.style = text(pattern, FC_STYLE);
    c.face.file = text(pattern, FC_FILE);
    if (c.face.family.empty() || c.face.file.empty()) return false;
    FcPatternGetInteger(pattern, FC_INDEX, 0, &c.face.index);
    FcPatternGetInteger(pattern, FC_SLANT, 0, &c.slant);
    if (FcPatternGetDouble(pattern, FC_WEIGHT, 0, &c.weight) != FcResultMatch) return false;
    if (FcPatternGetDouble(pattern, FC_WIDTH, 0, &c.width) != FcResultMatch) return false;
    return true;
}

/// 0 for "Regular", 1 for the other plain style names, 2 for the rest (Stencil, Outline,
/// Initials...): a family's decorated faces can sit at regular weight too.
int styleRank(const std::string& style) {
    if (style == "Regular") return 0;
    for (const char* plain : {"Roman", "Book", "Normal", "Plain", "Medium", "Text", "Upright"})
        if (style == plain) return 1;
    return 2;
}

/// Preference inside a family: upright, normal width, a plain style name, weight nearest
/// regular; then file and index, so the choice never depends on listing order.
auto preference(const Candidate& c) {
    return std::make_tuple(c.slant != FC_SLANT_ROMAN, std::abs(c.width - FC_WIDTH_NORMAL),
                           styleRank(c.face.style) == 2, std::abs(c.weight - FC_WEIGHT_REGULAR),
                           styleRank(c.face.style), c.face.file, c.face.index);
}

void addFontSet(FcFontSet* set, std::vector<Candidate>& out) {
    for (int i = 0; set && i < set->nfont; ++i) {
        Candidate c;
        if (candidateOf(set->fonts[i], c)) out.push_back(std::move(c));
    }
}

std::vector<Candidate> installedCandidates() {
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) throw InputError("fontconfig could not load its configuration");
    FcPattern* pattern = FcPatternCreate();
    FcObjectSet* objects =
        FcObjectSetBuild(FC_FAMILY, FC_STYLE, FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_WIDTH,
                         FC_SCALABLE, FC_VARIABLE, static_cast<char*>(nullptr));
    FontSetPtr set(FcFontList(config, pattern, objects));
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    std::vector<Candidate> out;
    addFontSet(set.get(), out);
    FcConfigDestroy(config);
    return out;
}

/// The faces of one file (none when fontconfig does not read it as a font).
void addFileCandidates(const fs::path& file, std::vector<Candidate>& out) {
    FontSetPtr set(FcFontSetCreate());
    const auto* name = reinterpret_cast<const FcChar8*>(file.c_str());
    FcFreeTypeQueryAll(name, static_cast<unsigned>(-1), nullptr, nullptr, set.get());
    addFontSet(set.get(), out);
}

std::vector<Candidate> pathCandidates(const std::vector<std::string>& paths) {
    std::vector<Candidate> out;
    for (const std::string& path : paths) {
        std::error_code error;
        if (!fs::exists(path, error)) throw InputError("--fonts '" + path + "' does not exist");
        const size_t before = out.size();
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> files;
            for (const auto& entry : fs::recursive_directory_iterator(
                     path, fs::directory_options::skip_permission_denied, error))
                if (entry.is_regular_file(error)) files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const fs::path& file : files)
                addFileCandidates(file, out);
        } else {
            addFileCandidates(path, out);
        }
        if (out.size() == before)
            throw InputError("--fonts '" + path + "' holds no scalable font file");
    }
    return out;
}

}  // namespace

std::vector<std::vector<FontFace>> findFontFamilies(const std::vector<std::string>& paths) {
    std::vector<Candidate> candidates =
        paths.empty() ? installedCandidates() : pathCandidates(paths);
    std::map<std::string, std::vector<Candidate>> byFamily;  // sorted by family name
    for (Candidate& c : candidates)
        byFamily[c.face.family].push_back(std::move(c));
    std::vector<std::vector<FontFace>> families;
    for (auto& [family, faces] : byFamily) {
        std::sort(faces.begin(), faces.end(), [](const Candidate& a, const Candidate& b) {
            return preference(a) < preference(b);
        });
        std::vector<FontFace> ordered;
        for (const Candidate& c : faces)
            if (ordered.empty() || c.face.file != ordered.back().file ||
                c.face.index != ordered.back().index)
                ordered.push_back(c.face);
        families.push_back(std::move(ordered));
    }
    return families;
}

}  // namespace grindstone
