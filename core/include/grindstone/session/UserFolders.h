#pragma once

#include <string>

namespace grindstone {

/// Grindstone's folder in the user's data folder: $XDG_DATA_HOME/grindstone, else
/// ~/.local/share/grindstone, else ./grindstone-data when there is no home.
std::string userDataFolder();

/// Grindstone's folder in the user's cache folder ($XDG_CACHE_HOME or ~/.cache, then
/// grindstone): what is kept there can always be computed again.
std::string userCacheFolder();

/// Where runs go by default: sessions/runs of the source tree when `executable` was built
/// inside `sourceDir` (a checkout), else userDataFolder()/runs (installed). The CLI and the
/// GUI both use this, so they see the same runs.
std::string defaultWorkspace(const std::string& executable, const std::string& sourceDir);

/// The glyph benchmark `grindstone-cli make-glyphs` builds for the default dataset:
/// userDataFolder()/glyphs.
std::string glyphBenchmarkFolder();

}  // namespace grindstone
